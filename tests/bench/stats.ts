import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type Database from 'better-sqlite3'
import { openDatabase } from '../../db/open'
import { exportStatisticsWorkbook } from '../../electron/services/stats/export/workbook'
import { resolvePeriod } from '../../electron/services/stats/period'
import { feedbackFigures } from '../../electron/services/stats/queries/feedback'
import { growthFigures } from '../../electron/services/stats/queries/growth'
import { exchangeBalance, newPartnersBySector, organisationsBySector } from '../../electron/services/stats/queries/organisations'
import {
  countParticipants, participantBreakdowns,
} from '../../electron/services/stats/queries/participants'
import { personDayFigures } from '../../electron/services/stats/queries/personDays'
import { teamFigures } from '../../electron/services/stats/queries/teams'
import { workshopFigures } from '../../electron/services/stats/queries/workshops'
import { getStatistics } from '../../electron/services/stats/statistics'
import type { StatsPeriodInput } from '../../shared/stats/period'
import { medianMs, type BenchResult } from './measure'

const PLACEMENTS = 100_000
const YEARS = Array.from({ length: 12 }, (_, i) => 2015 + i)
/** Growth of the programme: later years have more placements (2026 about 14 % of all). */
const YEAR_WEIGHTS = [2, 4, 6, 8, 8, 4, 5, 7, 9, 11, 13, 14]
const SECTOR_MIX: Array<[string, number]> = [['ministry', 20], ['public-body', 300], ['company', 1200], ['ngo', 350], ['association', 130]]
const STATUSES: Array<[string, number]> = [['completed', 85], ['confirmed', 8], ['withdrawn', 4], ['proposed', 3]]

/** A small deterministic generator, so every run measures the same database. */
function random(seed: number) {
  let state = seed
  return () => ((state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32)
}

function weighted<T>(next: () => number, items: Array<[T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0)
  let pick = next() * total
  for (const [item, weight] of items) if ((pick -= weight) < 0) return item
  return items.at(-1)![0]
}

const iso = (time: number) => new Date(time).toISOString().slice(0, 10)

/**
 * 2,000 organisations, 12 rounds, 100,000 people, nominations and placements, teams, workshops, offers. Placements
 * carry their person and gender copies, as the app's bulk writer does (the trigger would otherwise add them).
 */
export function generateStatsDatabase(sqlite: Database.Database): void {
  const next = random(20150601)
  const insertOrg = sqlite.prepare('INSERT INTO organisations (name, sector, partner_since, sort_key, search_key, search_text) VALUES (?, ?, ?, ?, ?, ?)')
  const insertRound = sqlite.prepare('INSERT INTO rounds (name, starts_on, ends_on, status) VALUES (?, ?, ?, ?)')
  const insertPerson = sqlite.prepare('INSERT INTO people (organisation_id, first_name, last_name, email, gender) VALUES (?, ?, ?, ?, ?)')
  const insertNomination = sqlite.prepare('INSERT INTO nominations (round_id, person_id, status) VALUES (?, ?, ?)')
  const insertPlacement = sqlite.prepare(
    `INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, starts_on, ends_on,
       driver, status, days_actual, participant_rating, participant_feedback, host_rating, person_id, gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertOffer = sqlite.prepare('INSERT INTO offers (round_id, organisation_id, places) VALUES (?, ?, ?)')
  const insertChallenge = sqlite.prepare('INSERT INTO challenges (round_id, title) VALUES (?, ?)')
  const insertTeam = sqlite.prepare('INSERT INTO teams (round_id, challenge_id, name) VALUES (?, ?, ?)')
  const insertMember = sqlite.prepare('INSERT OR IGNORE INTO team_members (team_id, person_id) VALUES (?, ?)')
  const insertWorkshop = sqlite.prepare('INSERT INTO workshops (round_id, title, held_on, capacity) VALUES (?, ?, ?, ?)')
  const insertAttendance = sqlite.prepare('INSERT OR IGNORE INTO workshop_attendance (workshop_id, person_id, attended) VALUES (?, ?, ?)')
  sqlite.transaction(() => {
    const orgs: Array<{ id: number; sector: string }> = []
    let n = 0
    for (const [sector, count] of SECTOR_MIX)
      for (let i = 0; i < count; i++, n++) {
        const name = `Organizacija ${sector} ${i}`
        const since = next() < 0.2 ? null : YEARS[Math.floor(next() * YEARS.length)]!
        orgs.push({ id: Number(insertOrg.run(name, sector, since, name, name, name).lastInsertRowid), sector })
      }
    const rounds = YEARS.map((year) => Number(insertRound.run(`Krog ${year}`, `${year}-01-01`, `${year}-12-31`, 'closed').lastInsertRowid))
    const people: number[] = []
    const yearItems = YEARS.map((year, i): [number, number] => [i, YEAR_WEIGHTS[i]!])
    for (let i = 0; i < PLACEMENTS; i++) {
      const y = weighted(next, yearItems)
      const home = orgs[Math.floor(next() * orgs.length)]!
      const host = orgs[Math.floor(next() * orgs.length)]!
      const gender = next() < 0.1 ? null : next() < 0.5 ? 'f' : 'm'
      const person = Number(insertPerson.run(home.id, `Ime${i}`, `Priimek${i}`, `oseba${i}@primer.si`, gender).lastInsertRowid)
      people.push(person)
      const status = weighted(next, STATUSES)
      const nomination = Number(insertNomination.run(rounds[y]!, person, status).lastInsertRowid)
      const start = Date.UTC(YEARS[y]!, 0, 1) + Math.floor(next() * 365) * 86_400_000
      const days = 1 + Math.floor(next() * 10)
      const rated = status === 'completed' && next() < 0.8
      insertPlacement.run(rounds[y]!, nomination, home.id, host.id, home.sector, host.sector, iso(start), iso(start + Math.ceil((days * 7) / 5) * 86_400_000),
        YEARS[y]! >= 2023 ? ['process', 'project', 'practice'][i % 3] : null, status, status === 'completed' ? days : null,
        rated ? 1 + Math.floor(next() * 5) : null, rated ? 'Koristna izkušnja.' : null, rated ? 1 + Math.floor(next() * 5) : null, person, gender)
    }
    rounds.forEach((round, y) => {
      for (let i = 0; i < 400; i++) insertOffer.run(round, orgs[Math.floor(next() * orgs.length)]!.id, 1 + (i % 3))
      for (let c = 0; c < 5; c++) {
        const challenge = Number(insertChallenge.run(round, `Izziv ${c}`).lastInsertRowid)
        for (let t = 0; t < 4; t++) {
          const team = Number(insertTeam.run(round, challenge, `Skupina ${c}.${t}`).lastInsertRowid)
          for (let m = 0; m < 6; m++) insertMember.run(team, people[Math.floor(next() * people.length)]!)
        }
      }
      for (let w = 0; w < 6; w++) {
        const workshop = Number(insertWorkshop.run(round, `Delavnica ${w}`, `${YEARS[y]}-0${3 + w}-15`, 40).lastInsertRowid)
        for (let a = 0; a < 35; a++) insertAttendance.run(workshop, people[Math.floor(next() * people.length)]!, next() < 0.85 ? 1 : 0)
      }
    })
  })()
  sqlite.pragma('optimize')
}

const QUERIES = {
  'participants (total, people)': countParticipants,
  'participants by home sector, direction, gender and driver (one pass)': participantBreakdowns,
  'organisations by sector': organisationsBySector,
  'new partners': newPartnersBySector,
  'sending / hosting / reciprocity': exchangeBalance,
  'person-days': personDayFigures,
  'teams and challenges': teamFigures,
  'workshops and attendance': workshopFigures,
  'feedback': feedbackFigures,
  'growth since 2015': growthFigures,
}

/**
 * Median processor time of `fn` in milliseconds. On a shared machine the wall time also counts the time the
 * process waited for a core; the processor time says what the work itself costs. Both are reported.
 */
async function medianCpuMs(fn: () => unknown, runs = 9): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage()
    await fn()
    const used = process.cpuUsage(start)
    times.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 100) / 100
}

/** Runs one export in a fresh process, so its peak memory is measured alone: prints {ms, cpuMs, rssMb}. */
async function exportChild(db: string, out: string, detail: boolean): Promise<void> {
  const conn = await openDatabase(db, { create: false })
  const start = performance.now()
  const cpu = process.cpuUsage()
  await exportStatisticsWorkbook(conn, { from: 2015, to: 2026 }, { file: out, lang: 'sl', detail })
  const used = process.cpuUsage(cpu)
  process.stdout.write(JSON.stringify({ ms: Math.round(performance.now() - start), cpuMs: Math.round((used.user + used.system) / 1000), rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }))
}

function measureExport(db: string, out: string, detail: boolean): { ms: number; cpuMs: number; rssMb: number } {
  const self = fileURLToPath(import.meta.url)
  const output = execFileSync(process.execPath, ['--import', 'tsx', self, '--export-child', db, out, detail ? 'detail' : 'summary'], { encoding: 'utf8', timeout: 120_000 })
  return JSON.parse(output) as { ms: number; cpuMs: number; rssMb: number }
}

export async function benchStats(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-stats-'))
  const db = join(dir, 'bench.sqlite')
  const conn = await openDatabase(db, { create: true })
  const loadStart = performance.now()
  generateStatsDatabase(conn.sqlite)
  const results: BenchResult[] = [
    { name: 'stats: machine load average (1 min) before measuring, on this many cores: ' + String(availableParallelism()), value: Math.round(loadavg()[0]! * 100) / 100, unit: 'runnable' },
    { name: 'stats: generate 100,000 placements (one transaction)', value: Math.round(performance.now() - loadStart), unit: 'ms' },
  ]
  const periods: Array<[string, StatsPeriodInput]> = [['year 2026', { year: 2026 }], ['2015–2026, all 100,000', { from: 2015, to: 2026 }]]
  for (const [label, input] of periods) {
    const { scope } = resolvePeriod(conn.sqlite, input)
    for (const [name, query] of Object.entries(QUERIES))
      results.push(
        { name: `stats ${label}: ${name}`, value: await medianMs(() => query(conn.sqlite, scope)), unit: 'ms', target: '≤ 50 ms' },
        { name: `stats ${label}: ${name}, processor time`, value: await medianCpuMs(() => query(conn.sqlite, scope), 5), unit: 'ms cpu', target: '≤ 50 ms' },
      )
    results.push(
      { name: `stats ${label}: getStatistics (every figure)`, value: await medianMs(() => getStatistics(conn, input)), unit: 'ms', target: '≤ 300 ms' },
      { name: `stats ${label}: getStatistics, processor time`, value: await medianCpuMs(() => getStatistics(conn, input)), unit: 'ms cpu', target: '≤ 300 ms' },
    )
  }
  conn.sqlite.close()
  const summary = measureExport(db, join(dir, 'summary.xlsx'), false)
  const detail = measureExport(db, join(dir, 'detail.xlsx'), true)
  results.push(
    { name: 'stats: export summary workbook 2015–2026 (fresh process)', value: summary.ms, unit: 'ms', target: '≤ 1,500 ms' },
    { name: 'stats: export summary workbook, processor time', value: summary.cpuMs, unit: 'ms cpu', target: '≤ 1,500 ms' },
    { name: 'stats: export with detail sheet, 93,000 rows streamed', value: detail.ms, unit: 'ms', target: '≤ 8,000 ms' },
    { name: 'stats: export with detail sheet, processor time', value: detail.cpuMs, unit: 'ms cpu', target: '≤ 8,000 ms' },
    { name: 'stats: export with detail sheet, peak RSS of the process', value: detail.rssMb, unit: 'MB', target: '≤ 350 MB' },
  )
  rmSync(dir, { recursive: true, force: true })
  return results
}

if (process.argv[2] === '--export-child') await exportChild(process.argv[3]!, process.argv[4]!, process.argv[5] === 'detail')
