import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listBackups } from '../../../db/backup'
import { openDatabase, openReadOnly } from '../../../db/open'
import { dump } from '../privacy/helpers'

/**
 * Kills a real process (SIGKILL: no handler, no cleanup, like a power cut for the process) at random moments
 * of a big write, many times. After each kill the file must open as the app opens it, pass integrity_check and
 * foreign_key_check, and hold either everything the step writes or nothing of it; every backup under a
 * backup's name must be complete.
 */

const root = mkdtempSync(join(tmpdir(), 'desk-crash-'))
// The child is bundled once (under the project, so it finds node_modules): starting it then takes ~0.3 s,
// not the seconds a TypeScript loader needs, which is what lets a test kill it dozens of times.
const child = resolve('test-results/crash-child/child.mjs')

interface Run {
  killed: boolean
  /** Milliseconds from "ready" to the kill (or to the end when it finished first). */
  at: number
}

/** Runs the step; with `killAfter` kills the process that many milliseconds after it says it is ready. */
function runChild(file: string, step: string[], killAfter: number | null): Promise<Run & { ms: number }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, file, ...step], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let readyAt = 0
    let timer: NodeJS.Timeout | undefined
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()))
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      if (readyAt === 0 && out.includes('ready\n')) {
        readyAt = performance.now()
        if (killAfter !== null) timer = setTimeout(() => proc.kill('SIGKILL'), killAfter)
      }
    })
    proc.on('error', fail)
    proc.on('exit', (code, signal) => {
      clearTimeout(timer)
      const ms = performance.now() - readyAt
      if (signal === 'SIGKILL') done({ killed: true, at: ms, ms })
      else if (code === 0 && out.includes('done\n')) done({ killed: false, at: ms, ms })
      else fail(new Error(`child failed (${code ?? signal}): ${err}`))
    })
  })
}

/** What the kill left: the file opened as the app opens it (which runs integrity_check first), checked and dumped. */
async function inspect(file: string): Promise<string> {
  const conn = await openDatabase(file, { create: false })
  try {
    expect(conn.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(conn.sqlite.pragma('foreign_key_check')).toEqual([])
    return dump(conn.sqlite)
  } finally {
    conn.sqlite.close()
  }
}

/** A small seeded generator, so a failure can be replayed with the seed printed in its message. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

let emptyFile: string
let demoFile: string
let roundId: number

beforeAll(async () => {
  mkdirSync(resolve('test-results/crash-child'), { recursive: true })
  await build({
    entryPoints: [resolve('tests/unit/crash/child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: child,
    packages: 'external',
    logLevel: 'error',
  })
  emptyFile = join(root, 'empty.sqlite')
  ;(await openDatabase(emptyFile, { create: true })).sqlite.close()
  demoFile = join(root, 'demo.sqlite')
  copyFileSync(emptyFile, demoFile)
  await runChild(demoFile, ['demo'], null)
  const sqlite = openReadOnly(demoFile)
  roundId = sqlite.prepare("SELECT id FROM rounds WHERE name = 'Partnerstvo za spremembe 2018'").pluck().get() as number
  sqlite.close()
}, 60_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

/**
 * One uninterrupted run gives the "after" state and the step's duration; then each kill lands at a random
 * moment between "ready" and a little past that duration, so some kills come before the step starts, most
 * during it, a few after it ended.
 */
async function killRepeatedly(name: string, template: string, step: string[], kills: number, seed: number) {
  const before = await inspect(template)
  const reference = join(root, `${name}-reference`, 'desk.sqlite')
  mkdirSync(join(root, `${name}-reference`))
  copyFileSync(template, reference)
  const full = await runChild(reference, step, null)
  const after = await inspect(reference)
  expect(after).not.toBe(before)
  const next = random(seed)
  const outcomes = { killed: 0, nothing: 0, everything: 0, part: 0 }
  // The machine is shared, so a step's duration varies: every run that finishes first shortens the window the
  // next kill is drawn from, until `kills` kills have landed (or three times as many runs were tried).
  let window = full.ms
  for (let i = 0; i < kills * 3 && outcomes.killed < kills; i++) {
    const dir = join(root, `${name}-${i}`)
    mkdirSync(dir)
    const file = join(dir, 'desk.sqlite')
    copyFileSync(template, file)
    const run = await runChild(file, step, Math.round(next() * window * 1.1))
    if (!run.killed) window = Math.min(window, run.ms)
    const state = await inspect(file)
    const which = state === before ? 'nothing' : state === after ? 'everything' : 'part'
    expect(which, `${name}, kill ${i} at ${Math.round(run.at)} ms of ${Math.round(full.ms)} (seed ${seed})`).not.toBe('part')
    outcomes[which]++
    if (run.killed) outcomes.killed++
    // A backup that exists under a backup's name is complete and opens.
    for (const backup of listBackups(join(dir, 'backups'))) openReadOnly(backup.file).close()
    rmSync(dir, { recursive: true, force: true })
  }
  return { ...outcomes, stepMs: Math.round(full.ms) }
}

/** Each scenario: the file it starts from and the step, read when the test runs (the files are made in beforeAll). */
const SCENARIOS: Array<[string, string, () => { template: string; step: string[] }, number]> = [
  ['loading the demo data set (about 4,700 rows in one transaction): all or nothing', 'demo', () => ({ template: emptyFile, step: ['demo'] }), 8],
  ['anonymising a round (a backup first, then one transaction): all or nothing', 'anonymise', () => ({ template: demoFile, step: ['anonymise', String(roundId)] }), 8],
  // The backup restored is the empty database; the open file holds the demo data set.
  ['restoring a backup over the open file (safety backup, close, rename): the old file or the backup', 'restore', () => ({ template: demoFile, step: ['restore', emptyFile] }), 6],
]

describe('killing the process in the middle of a big write', () => {
  it.each(SCENARIOS)('%s, after every kill', async (_title, name, scenario, kills) => {
    const { template, step } = scenario()
    const outcome = await killRepeatedly(name, template, step, kills, Date.now() % 100_000)
    console.log(name, outcome)
    expect(outcome.killed).toBe(kills)
    expect(outcome.nothing).toBeGreaterThan(0)
  }, 60_000)
})
