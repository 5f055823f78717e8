import { RECORDED_CONSENT_METHODS, type RecordedConsentMethod } from '../../../shared/domain/consent'
import { UserError } from '../../../shared/errors'
import { translate } from '../../../shared/i18n/format'
import { dayParam, nominationsByEmail, nominationsOfRound, recordConsent } from '../../services/nominations/consent'
import { findRound } from '../../services/rounds/rounds'
import { text, type CliArgs, type CliRun } from '../command'

function emailsOf(args: CliArgs): string[] {
  const value = args.values.email
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : []
}

function methodOf(args: CliArgs): RecordedConsentMethod | undefined {
  const method = text(args.values, 'method')
  if (method === undefined) return undefined
  if (args.values.withdraw === true) throw new UserError('consent.methodWithWithdraw')
  if (!(RECORDED_CONSENT_METHODS as readonly string[]).includes(method)) throw new UserError('cli.badChoice', { option: '--method', value: method, allowed: RECORDED_CONSENT_METHODS.join(', ') })
  return method as RecordedConsentMethod
}

/** `nominations consent`: the same service as the Nominations screen; every address is checked before anything changes. */
export const runConsent: CliRun = (ctx, args) => {
  const roundText = text(args.values, 'round')
  if (!roundText) throw new UserError('cli.missingOption', { option: '--round' })
  const round = findRound(ctx!, roundText)
  const emails = emailsOf(args)
  const all = args.values.all === true
  if (emails.length > 0 === all) throw new UserError('consent.chooseWho')
  const method = methodOf(args)
  const nominationIds = all ? nominationsOfRound(ctx!, round.id) : nominationsByEmail(ctx!, round, emails)
  const action = args.values.withdraw === true ? 'withdraw' : 'give'
  const result = recordConsent(ctx!, { roundId: round.id, nominationIds, action, on: text(args.values, 'on'), method })
  const params = { on: dayParam(result.on), method: result.method ? translate(args.lang, `consent.method.${result.method}`) : '', changed: result.changed.length, unchanged: result.unchanged.length }
  return { json: { round: round.id, ...result }, text: translate(args.lang, action === 'give' ? 'consent.cli.given' : 'consent.cli.withdrawn', params) }
}
