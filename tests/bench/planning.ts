import { compileInstance } from '../../electron/services/planning/compile'
import { proposePlan } from '../../electron/services/planning/propose'
import { solveAssignment } from '../../electron/services/planning/solver'
import { generateInstance } from '../unit/planning/generate'
import { referencePairs, solveWithHighs } from '../unit/planning/reference'
import { medianMs, type BenchResult } from './measure'
import { roundInDatabase } from './planningDb'

/**
 * The optimal proposal on generated rounds (3 preferences each, capacities, the default cross-sector rule and
 * conflicts of interest): the solve alone, the whole proposal with explanations, and the optimum next to the
 * one HiGHS finds for the same instance stated independently (tests/unit/planning/reference.ts).
 */
const SIZES: Array<{ nominations: number; offers: number; seed: number; target: string; endToEnd?: string; runs: number }> = [
  { nominations: 1_000, offers: 200, seed: 1, target: '≤ 10 ms', endToEnd: '≤ 200 ms', runs: 15 },
  { nominations: 10_000, offers: 2_000, seed: 2, target: '≤ 200 ms', runs: 5 },
]

export async function benchPlanning(): Promise<BenchResult[]> {
  const rows: BenchResult[] = []
  for (const size of SIZES) {
    const label = `planning ${size.nominations.toLocaleString('en')} × ${size.offers.toLocaleString('en')}`
    const instance = generateInstance(size)
    const compiled = compileInstance(instance)
    const places = compiled.groups.reduce((sum, g) => sum + g.capacity, 0)
    const result = solveAssignment(compiled)
    const proposal = proposePlan(instance)

    rows.push({ name: `${label}: places offered`, value: places, unit: 'places' })
    rows.push({ name: `${label}: prepare (dates, groups, conflicts)`, value: await medianMs(() => compileInstance(instance), size.runs), unit: 'ms' })
    rows.push({ name: `${label}: solve (exact, with certificate)`, value: await medianMs(() => solveAssignment(compiled), size.runs), unit: 'ms', target: size.target })
    rows.push({ name: `${label}: whole proposal with explanations`, value: await medianMs(() => proposePlan(instance), size.runs), unit: 'ms' })
    const stored = await roundInDatabase(instance)
    const fromDb = await stored.planAndStore()
    rows.push({ name: `${label}: end to end from SQLite (load + solve)`, value: await medianMs(stored.loadAndPropose, size.runs), unit: 'ms', target: size.endToEnd })
    rows.push({ name: `${label}: end to end from SQLite, stored (load + solve + save)`, value: await medianMs(stored.planAndStore, size.runs), unit: 'ms' })
    rows.push({ name: `${label}: placed / score read back from SQLite`, value: fromDb.placed, unit: `people, ${fromDb.score} points` })
    stored.close()
    const eligible = referencePairs(instance).pairs.length
    rows.push({ name: `${label}: eligible (nomination, offer) pairs`, value: eligible, unit: 'pairs' })
    rows.push({ name: `${label}: pricing rounds / candidate edges`, value: result.rounds, unit: `rounds, ${result.candidateEdges} edges` })
    rows.push({ name: `${label}: proven optimal`, value: proposal.optimal ? 1 : 0, unit: '1 = yes' })
    rows.push({ name: `${label}: placed, ours`, value: proposal.placed, unit: 'people' })
    rows.push({ name: `${label}: score, ours`, value: proposal.score, unit: 'points' })
    const start = performance.now()
    try {
      const highs = await solveWithHighs(instance)
      rows.push({ name: `${label}: placed, HiGHS`, value: highs.placed, unit: 'people' })
      rows.push({ name: `${label}: score, HiGHS`, value: highs.score, unit: 'points' })
      rows.push({ name: `${label}: HiGHS LP solve (reference only)`, value: Math.round(performance.now() - start), unit: 'ms' })
    } catch (error) {
      // HiGHS in WebAssembly runs out of memory on millions of pair variables; say so instead of stopping the bench.
      const why = error instanceof Error ? error.message.split('.')[0] : String(error)
      rows.push({ name: `${label}: HiGHS reference`, value: -1, unit: `failed after ${Math.round(performance.now() - start)} ms: ${why}` })
    }
  }
  return rows
}
