import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportStatisticsWorkbook } from '../../../electron/services/stats/export/workbook'
import { SECTORS } from '../../../shared/domain/enums'
import type { Statistics } from '../../../shared/stats/types'
import type { StatsFixture } from './fixture'
import { buildHostile, HOSTILE } from './hostile'
import { buildWorld } from './world'

/**
 * The workbook opened by another program: LibreOffice converts every sheet to CSV, and the numbers must be
 * the ones the statistics computed. LibreOffice is not a dependency of the project; without `soffice` on the
 * PATH this test is skipped and says why.
 */
function findSoffice(): string | null {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 })
    return 'soffice'
  } catch {
    return null
  }
}
const SOFFICE = findSoffice()
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'

describe.skipIf(!SOFFICE)(`the workbook in LibreOffice${SOFFICE ? '' : ' (skipped: soffice not installed; apt-get install libreoffice-calc-nogui)'}`, () => {
  let world: Awaited<ReturnType<typeof buildWorld>>
  let hostile: StatsFixture
  let stats: Statistics
  let csvDir: string
  const sheet = (base: string, name: string): string[][] =>
    Papa.parse<string[]>(readFileSync(join(csvDir, `${base}-${name}.csv`), 'utf8'), { skipEmptyLines: true }).data

  beforeAll(async () => {
    world = await buildWorld()
    hostile = await buildHostile()
    const files = [join(world.f.dir, 'stats.xlsx'), join(world.f.dir, 'hostile.xlsx')]
    stats = (await exportStatisticsWorkbook(world.f.conn, { year: 2024 }, { file: files[0]!, lang: 'en', detail: true })).statistics
    await exportStatisticsWorkbook(hostile.conn, { year: 2024 }, { file: files[1]!, lang: 'en', includePersonalData: true })
    csvDir = join(world.f.dir, 'csv')
    mkdirSync(csvDir)
    // Its own profile folder, so a LibreOffice the user has open (or a parallel run) cannot lock it.
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(world.f.dir, 'lo-profile')}`, '--headless', '--convert-to', CSV_ALL_SHEETS, '--outdir', csvDir, ...files], { stdio: 'ignore', timeout: 180_000 })
  }, 200_000)
  afterAll(() => {
    world?.f.close()
    hostile?.close()
  })

  it('shows the participants by sector and their total as computed', () => {
    const rows = sheet('stats', 'Participants')
    const header = rows.findIndex((r) => r[0] === 'Sector')
    const bySector = rows.slice(header + 1, header + 1 + SECTORS.length).map((r) => Number(r[1]))
    expect(bySector).toEqual(SECTORS.map((s) => stats.participants.byHomeSector[s]))
    expect(rows[header + 1 + SECTORS.length]!.slice(0, 2)).toEqual(['Total', String(stats.participants.total)])
  })

  it('shows the organisations’ totals row and the growth series as computed', () => {
    const organisations = sheet('stats', 'Organisations')
    const total = organisations.find((r) => r[0] === 'Total')!
    const o = stats.organisations
    expect(total.slice(1, 9).map(Number)).toEqual([o.total, o.newPartners, o.sending, o.hosting, o.reciprocal, 8, 8, 0])
    const growth = sheet('stats', 'Growth').filter((r) => /^\d{4}$/.test(r[0] ?? ''))
    expect(growth.map((r) => [Number(r[0]), Number(r[7])])).toEqual(stats.growth.map((g) => [g.year, g.participants]))
  })

  it('lists every placement on the detail sheet', () => {
    const detail = sheet('stats', 'Placements')
    const header = detail.findIndex((r) => r[0] === 'Placement ID')
    expect(detail.length - header - 1).toBe(stats.participants.total)
  })

  it('keeps hostile text as text', () => {
    const cells = sheet('hostile', 'Placements').flat()
    for (const text of [HOSTILE.hyperlink, HOSTILE.plus, HOSTILE.minus, HOSTILE.round, HOSTILE.person, HOSTILE.feedback]) expect(cells, text).toContain(`'${text}`)
    expect(cells).not.toContain('3')
    expect(cells).not.toContain('Klik')
  })
})
