import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { sentence, unplacedMessages } from '../../../shared/planning/messages'
import type { ServiceContext } from '../../services/context'
import { findRound } from '../../services/rounds/rounds'
import { getBoard } from '../../services/planning/store/board'
import { planRound } from '../../services/planning/store/proposal'
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

export const runRoundPlan: CliRun = async (ctx, args) => {
  const round = roundOf(ctx!, args)
  const { summary, proposal } = await planRound(ctx!, round.id)
  const t = (key: string, values: Record<string, string | number>) => translate(args.lang, key, values)
  const unplaced = proposal.unplaced.map((u) => `  #${u.nominationId}: ${sentence(t, unplacedMessages(u))}`)
  const lines = [
    t('planning.summary', { placed: summary.placed, unplaced: summary.unplaced, score: summary.score }),
    t(summary.optimal ? 'planning.optimal' : 'planning.notProven', {}),
    ...unplaced,
  ]
  return { json: summary, text: lines.join('\n') }
}

export const runRoundPlacements: CliRun = (ctx, args) => {
  const rows = placementsOf(ctx!, roundOf(ctx!, args).id)
  const table = formatTable(
    ['nomination', 'name', 'home', 'host', 'from', 'to', 'status', 'locked', 'choice'],
    rows.map((r) => [r.nomination, r.name, r.homeName, r.hostName, r.from, r.to, r.status, r.locked ? 'x' : '', r.preferenceRank || '-']),
  )
  return { json: rows, text: `${table}\n${translate(args.lang, 'cli.count', { count: rows.length })}` }
}
