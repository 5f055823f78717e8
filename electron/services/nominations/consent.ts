import { dayNumber } from '../../../shared/domain/days'
import type { ConsentChange, ConsentResult, ConsentState } from '../../../shared/domain/consent'
import { UserError } from '../../../shared/errors'
import { audit } from '../audit'
import type { ServiceContext } from '../context'

interface ConsentRow extends ConsentState {
  id: number
  roundId: number
  name: string
}

const SELECT = `SELECT n.id, n.round_id AS roundId, n.consent, n.consent_on AS consentOn, n.consent_method AS consentMethod,
    n.consent_withdrawn_on AS consentWithdrawnOn, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) AS name
  FROM nominations n JOIN people p ON p.id = n.person_id WHERE n.id = ?`

const UPDATE = 'UPDATE nominations SET consent = ?, consent_on = ?, consent_method = ?, consent_withdrawn_on = ? WHERE id = ?'

/** The calendar day of a moment where the office is (the computer's time zone), as YYYY-MM-DD. */
export function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
}

/** A day as a number for the catalogue's date format: noon UTC, the same calendar day in every time zone of Europe. */
export const dayParam = (iso: string): number => Date.parse(`${iso}T12:00:00Z`)

/** A day the officer gave, or today; a day that is not in the calendar or still to come is refused. */
function dayOf(ctx: ServiceContext, given: string | undefined): string {
  const today = localDay(ctx.now())
  if (given === undefined) return today
  if (Number.isNaN(dayNumber(given))) throw new UserError('consent.badDate', { date: given })
  if (given > today) throw new UserError('consent.futureDate', { date: dayParam(given), today: dayParam(today) })
  return given
}

function stateOf(row: ConsentRow): ConsentState {
  return { consent: Boolean(row.consent), consentOn: row.consentOn, consentMethod: row.consentMethod, consentWithdrawnOn: row.consentWithdrawnOn }
}

function nextState(row: ConsentRow, change: ConsentChange, day: string): ConsentState {
  if (change.action === 'give') return { consent: true, consentOn: day, consentMethod: change.method ?? 'form', consentWithdrawnOn: null }
  if (row.consentOn && day < row.consentOn) throw new UserError('consent.withdrawBeforeGiven', { name: row.name, date: dayParam(day), given: dayParam(row.consentOn) })
  return { consent: false, consentOn: row.consentOn, consentMethod: row.consentMethod, consentWithdrawnOn: day }
}

const same = (a: ConsentState, b: ConsentState) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Records that consent was given (on a day, by a signed form or an e-mail) or withdrawn, for one or many
 * nominations of a round, in one transaction with one audit entry per nomination that changed. `consent` stays
 * "given and not withdrawn", which is what letters check. A nomination of another round, or none, is refused
 * and nothing changes.
 */
export function recordConsent(ctx: ServiceContext, change: ConsentChange): ConsentResult {
  if (change.nominationIds.length === 0) throw new UserError('consent.noneChosen')
  const day = dayOf(ctx, change.on)
  const db = ctx.conn.sqlite
  const select = db.prepare(SELECT)
  const update = db.prepare(UPDATE)
  return db.transaction((): ConsentResult => {
    const result: ConsentResult = { action: change.action, on: day, method: change.action === 'give' ? (change.method ?? 'form') : null, changed: [], unchanged: [] }
    for (const id of new Set(change.nominationIds)) {
      const row = select.get(id) as ConsentRow | undefined
      if (!row || row.roundId !== change.roundId) throw new UserError('consent.notInRound', { nomination: id })
      const before = stateOf(row)
      const after = nextState(row, change, day)
      if (same(before, after)) {
        result.unchanged.push(id)
        continue
      }
      update.run(after.consent ? 1 : 0, after.consentOn, after.consentMethod, after.consentWithdrawnOn, id)
      audit(ctx, 'nomination', id, change.action === 'give' ? 'consent' : 'consentWithdrawn', before, after)
      result.changed.push(id)
    }
    return result
  })()
}

/** The nominations of a round for the given e-mail addresses (any case); an address the round does not have is refused. */
export function nominationsByEmail(ctx: ServiceContext, round: { id: number; name: string }, emails: string[]): number[] {
  const find = ctx.conn.sqlite.prepare('SELECT n.id FROM nominations n JOIN people p ON p.id = n.person_id WHERE n.round_id = ? AND lower(p.email) = lower(?)')
  return emails.flatMap((email) => {
    const rows = find.all(round.id, email.trim()) as Array<{ id: number }>
    if (rows.length === 0) throw new UserError('consent.unknownEmail', { email, round: round.name })
    return rows.map((r) => r.id)
  })
}

/** Every nomination of a round. */
export function nominationsOfRound(ctx: ServiceContext, roundId: number): number[] {
  return (ctx.conn.sqlite.prepare('SELECT id FROM nominations WHERE round_id = ? ORDER BY id').all(roundId) as Array<{ id: number }>).map((r) => r.id)
}
