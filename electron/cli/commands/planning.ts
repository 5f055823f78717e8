import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { sentence, unplacedMessages } from '../../../shared/planning/messages'
import type { ServiceContext } from '../../services/context'
import { findRound } from '../../services/rounds/rounds'
import { getBoard } from '../../services/planning/store/board'
import { planRound, previewPlan } from '../../services/planning/store/proposal'
import { nominationName } from '../../services/planning/store/describe'
import { restorePreviousProposal } from '../../services/planning/store/snapshots'
import { dayValue } from '../../../shared/domain/days'
import type { DiffSide, ProposalDiff } from '../../../shared/planning/diff'
import { formatTable } from '../table'
import { text, type CliArgs, type CliCommand } from '../command'

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

async function restoreCommand(ctx: ServiceContext, args: CliArgs) {
  const result = await restorePreviousProposal(ctx, roundOf(ctx, args).id)
  return { json: result, text: translate(args.lang, 'planning.restored', { restored: result.restored }) }
}

export const planningCommands: CliCommand[] = [
  {
    path: ['round', 'plan'],
    summary: 'cli.roundPlan',
    usage: '--round <id|name> [--dry-run | --undo]',
    options: { round: { type: 'string' }, 'dry-run': { type: 'boolean' }, undo: { type: 'boolean' } },
    database: 'existing',
    run: async (ctx, args) => {
      if (args.values.undo === true) return restoreCommand(ctx!, args)
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
    },
  },
  {
    path: ['round', 'restore-proposal'],
    summary: 'cli.roundRestoreProposal',
    usage: '--round <id|name>',
    options: { round: { type: 'string' } },
    database: 'existing',
    run: (ctx, args) => restoreCommand(ctx!, args),
  },
  {
    path: ['round', 'placements'],
    summary: 'cli.roundPlacements',
    usage: '--round <id|name>',
    options: { round: { type: 'string' } },
    database: 'existing',
    run: (ctx, args) => {
      const rows = placementsOf(ctx!, roundOf(ctx!, args).id)
      const table = formatTable(
        ['nomination', 'name', 'home', 'host', 'from', 'to', 'status', 'locked', 'choice'],
        rows.map((r) => [r.nomination, r.name, r.homeName, r.hostName, r.from, r.to, r.status, r.locked ? 'x' : '', r.preferenceRank || '-']),
      )
      return { json: rows, text: `${table}\n${translate(args.lang, 'cli.count', { count: rows.length })}` }
    },
  },
]
