import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { buildCli, CLI_BUNDLE, isCliStale } from '../../scripts/cli-build.mjs'
import { benchDatabase, writeNominations } from './import'
import type { BenchResult } from './measure'

const here = fileURLToPath(new URL('.', import.meta.url))
const RUNS = 5

function run(args: string[]): { ms: number; stdout: string } {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 })
  const ms = performance.now() - started
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`)
  return { ms, stdout: result.stdout }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)
}

/**
 * Whole processes, as a user or a script calls them: the built CLI against plain Node doing the same work. The
 * two are run in turns, so a busy machine slows both alike; the figures are medians of RUNS.
 */
export async function benchCli(): Promise<BenchResult[]> {
  if (isCliStale()) await buildCli()
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-cli-'))
  try {
    const demo = join(dir, 'demo.sqlite')
    run([CLI_BUNDLE, '--db', demo, 'demo'])
    const cliList = [CLI_BUNDLE, '--db', demo, 'partners', 'list', '--json']
    const bareList = [join(here, 'cli', 'bareList.mjs'), demo]
    if (!isDeepStrictEqual(JSON.parse(run(cliList).stdout), JSON.parse(run(bareList).stdout))) throw new Error('the bare script does not print the rows the CLI prints')
    const listTimes = { cli: [] as number[], bare: [] as number[], help: [] as number[] }
    for (let i = 0; i < RUNS; i++) {
      listTimes.cli.push(run(cliList).ms)
      listTimes.bare.push(run(bareList).ms)
      listTimes.help.push(run([CLI_BUNDLE, '--help']).ms)
    }

    const workbook = join(dir, 'nominations-10k.xlsx')
    await writeNominations(workbook, 10_000)
    const template = join(dir, 'bench.sqlite')
    ;(await benchDatabase(dir)).sqlite.close()
    const importTimes = { cli: [] as number[], reference: [] as number[] }
    const imported = { cli: 0, reference: 0 }
    for (let i = 0; i < RUNS; i++) {
      const forCli = join(dir, `cli-${i}.sqlite`)
      const forReference = join(dir, `reference-${i}.sqlite`)
      copyFileSync(template, forCli)
      copyFileSync(template, forReference)
      const cli = run([CLI_BUNDLE, '--db', forCli, 'nominations', 'import', workbook, '--round', 'Bench', '--skip-invalid', '--json'])
      const reference = run([join(here, 'cli', 'referenceImport.mjs'), forReference, workbook])
      importTimes.cli.push(cli.ms)
      importTimes.reference.push(reference.ms)
      imported.cli = (JSON.parse(cli.stdout) as { imported: number }).imported
      imported.reference = (JSON.parse(reference.stdout) as { imported: number }).imported
    }

    const [cliMs, bareMs, referenceMs, importMs] = [median(listTimes.cli), median(listTimes.bare), median(importTimes.reference), median(importTimes.cli)]
    return [
      { name: 'cli: partners list --json (demo data), whole process', value: cliMs, unit: 'ms' },
      { name: 'cli: bare node + better-sqlite3, same rows', value: bareMs, unit: 'ms' },
      { name: 'cli: partners list / bare script', value: Math.round((cliMs / bareMs) * 100) / 100, unit: '×', target: '≤ 4' },
      { name: 'cli: --help, whole process', value: median(listTimes.help), unit: 'ms' },
      { name: 'cli: nominations import 10k rows, whole process', value: importMs, unit: 'ms' },
      { name: `cli: reference (exceljs stream + prepared inserts), ${imported.reference} rows`, value: referenceMs, unit: 'ms' },
      { name: `cli: import (${imported.cli} rows imported) / reference`, value: Math.round((importMs / referenceMs) * 100) / 100, unit: '×', target: '≤ 1' },
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.table(await benchCli())
