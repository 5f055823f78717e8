import type { ErasurePlan } from '../../../shared/domain/privacy'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { anonymiseRound } from '../../services/privacy/anonymise'
import { erasePerson, previewErasure } from '../../services/privacy/erase'
import { exportPerson } from '../../services/privacy/exportPerson'
import { planAnonymisation } from '../../services/privacy/plan'
import { findRound } from '../../services/rounds/rounds'
import { text, type CliArgs, type CliRun } from '../command'

function required(args: CliArgs, name: string): string {
  const value = text(args.values, name)
  if (!value) throw new UserError('cli.missingOption', { option: `--${name}` })
  return value
}

/** Erasure and anonymisation cannot be undone in the database (only from a backup): they run only with --yes. */
const confirmed = (args: CliArgs) => args.values.yes === true

export const runPersonExport: CliRun = (ctx, args) => {
  const result = exportPerson(ctx!, { email: required(args, 'email') }, required(args, 'out'), args.lang)
  return { json: result, text: translate(args.lang, 'cli.personExported', { ...result }) }
}

export const runPersonErase: CliRun = async (ctx, args) => {
  const email = required(args, 'email')
  if (!confirmed(args)) {
    const plan = previewErasure(ctx!, { email })
    throw new UserError('cli.confirmErase', { email, ...erasureCounts(plan) })
  }
  const result = await erasePerson(ctx!, { email })
  return { json: result, text: translate(args.lang, 'cli.personErased', { email, backup: result.backup, ...erasureCounts(result) }) }
}

export const runAnonymise: CliRun = async (ctx, args) => {
  const round = findRound(ctx!, required(args, 'round'))
  if (!confirmed(args)) {
    const plan = planAnonymisation(ctx!, round.id, false)
    throw new UserError('cli.confirmAnonymise', { round: round.name, people: plan.people, kept: plan.keptActive })
  }
  const result = await anonymiseRound(ctx!, round.id, false)
  return {
    json: result,
    text: translate(args.lang, result.people === 0 ? 'cli.nothingToAnonymise' : 'cli.anonymised', {
      round: round.name,
      people: result.people,
      kept: result.keptActive,
      backup: result.backup ?? '',
    }),
  }
}

function erasureCounts(plan: ErasurePlan) {
  return {
    records: plan.personIds.length,
    nominations: plan.nominations,
    placements: plan.placements,
    teams: plan.teamMemberships,
    workshops: plan.workshopAttendance,
    letters: plan.letters,
    contacts: plan.contacts.length,
    audit: plan.auditEntries,
    withdrawnNominations: plan.withdrawnNominations,
    withdrawnPlacements: plan.withdrawnPlacements,
  }
}
