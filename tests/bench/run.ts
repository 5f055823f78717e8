import type { BenchResult } from './measure'
import { benchCli } from './cli'
import { benchImport } from './import'
import { benchLetters } from './letters'
import { benchPartners } from './partners'
import { benchPlanning } from './planning'
import { benchStats } from './stats'

/** Every benchmark of the project; figures are printed, never asserted. */
const BENCHES: Array<[string, () => Promise<BenchResult[]>]> = [
  ['partners', benchPartners],
  ['import', benchImport],
  ['letters', benchLetters],
  ['planning', benchPlanning],
  ['stats', benchStats],
  ['cli', benchCli],
]

const only = process.argv.slice(2)
const rows: BenchResult[] = []
for (const [name, bench] of BENCHES) {
  if (only.length > 0 && !only.includes(name)) continue
  process.stderr.write(`running ${name}…\n`)
  rows.push(...(await bench()))
}
console.table(rows.map((r) => ({ benchmark: r.name, value: r.value, unit: r.unit, target: r.target ?? '' })))
