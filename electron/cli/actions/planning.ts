import { dayValue } from '../../../shared/domain/days'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import type { DiffSide, ProposalDiff } from '../../../shared/planning/diff'
import { sentence, unplacedMessages } from '../../../shared/planning/messages'
import type { ServiceContext } from '../../services/context'
import { getBoard } from '../../services/planning/store/board'
import { nominationName } from '../../services/planning/store/describe'
import { planRound, previewPlan } from '../../services/planning/store/proposal'
import { restorePreviousProposal } from '../../services/planning/store/snapshots'
import { findRound } from '../../services/rounds/rounds'
import { formatTable } from '../table'
import { text, type CliArgs, type CliRun } from '../command'

function roundOf(ctx: ServiceContext, args: CliArgs) {
  const round = text(args.values, 'round')
  if (!round) throw new UserError('cli.missingOption', { option: '--round' })
  return findRound(ctx, round)
}

/** Every placement of the round with names, as `round placements` prints it. */
function placementsOf(ctx: ServiceContext, roundId: number) {
  return getBoard(ctx, roundId).nominations.flatMap((n) =>
    n.placement
      ? [{
          id: n.placement.id, nomination: n.id, personId: n.personId, name: n.name, home: n.organisationId, homeName: n.organisationName,
          host: n.placement.hostOrganisationId, hostName: n.placement.hostName, offer: n.placement.offerId, from: n.placement.startsOn,
          to: n.placement.endsOn, status: n.placement.status, locked: n.placement.locked, preferenceRank: n.placement.preferenceRank,
          driver: n.placement.driver, overrideReason: n.placement.overrideReason,
        }]
      : [],
  )
}

/** The diff of a proposal as lines: the counts, then one line per person that changes. */
function diffLines(lang: CliArgs['lang'], diff: ProposalDiff): string[] {
  const t = (key: string, values: Record<string, string | number> = {}) => translate(lang, key, values)
  const side = (s: DiffSide | null) => (s ? `${s.hostName} ${s.from}–${s.to}` : '–')
  return [
    t('planning.diff.summary', { ...diff.counts, earliest: dayValue(diff.earliestStart) }),
    ...diff.entries.filter((e) => e.kind !== 'kept').map((e) => `  ${t(`planning.diff.kind.${e.kind}`)}: ${e.name ?? e.homeName}: ${side(e.before)} → ${side(e.after)}`),
  ]
}

export const runRestoreProposal: CliRun = async (ctx, args) => {
  const result = await restorePreviousProposal(ctx!, roundOf(ctx!, args).id)
  return { json: result, text: translate(args.lang, 'planning.restored', { restored: result.restored }) }
}

export const runRoundPlan: CliRun = async (ctx, args) => {
  if (args.values.undo === true) return runRestoreProposal(ctx, args)
  const round = roundOf(ctx!, args)
  const dryRun = args.values['dry-run'] === true
  const { summary, proposal, diff } = dryRun ? previewPlan(ctx!, round.id) : await planRound(ctx!, round.id)
  const t = (key: string, values: Record<string, string | number>) => translate(args.lang, key, values)
  const unplaced = proposal.unplaced.map((u) => `  ${nominationName(ctx!, u.nominationId)}: ${sentence(t, unplacedMessages(u))}`)
  const lines = [
    t('planning.summary', { placed: summary.placed, unplaced: summary.unplaced, score: summary.score }),
    t(summary.optimal ? 'planning.optimal' : 'planning.notProven', {}),
    ...unplaced,
    ...diffLines(args.lang, diff),
    ...(dryRun ? [t('planning.diff.dryRun', {})] : []),
  ]
  return { json: { ...summary, diff, dryRun }, text: lines.join('\n') }
}

export const runRoundPlacements: CliRun = (ctx, args) => {
  const rows = placementsOf(ctx!, roundOf(ctx!, args).id)
  const table = formatTable(
    ['nomination', 'name', 'home', 'host', 'from', 'to', 'status', 'locked', 'choice'],
    rows.map((r) => [r.nomination, r.name, r.homeName, r.hostName, r.from, r.to, r.status, r.locked ? 'x' : '', r.preferenceRank || '-']),
  )
  return { json: rows, text: `${table}\n${translate(args.lang, 'cli.count', { count: rows.length })}` }
}
