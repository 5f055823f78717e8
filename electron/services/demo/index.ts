import type { Connection } from '../../../db/connection'
import { UserError } from '../../../shared/errors'
import { ROUND_PLANS } from './history'
import { MailboxRegistry } from './identities'
import { writeConflicts, writeOrganisations } from './organisations'
import { Participants } from './participants'
import { Random } from './random'
import { writeRound } from './rounds'
import { createWriter, type DemoCounts } from './writer'

/** The seed the app and the CLI use unless told otherwise; any other seed gives another, equally valid data set. */
export const DEFAULT_DEMO_SEED = 20150601

export interface DemoSummary {
  seed: number
  organisations: number
  contacts: number
  conflicts: number
  rounds: number
  challenges: number
  workshops: number
  people: number
  nominations: number
  offers: number
  placements: number
  teams: number
  teamMembers: number
  workshopAttendance: number
}

function summarise(seed: number, counts: DemoCounts): DemoSummary {
  return { seed, ...counts }
}

/**
 * Fills an empty database with a demo of the programme from the 2015 pilot to the open 2026 round. All of it
 * is written in one transaction, so a failure leaves the file as it was; the same seed gives the same rows.
 * A database that already holds organisations is refused: the demo must never mix with real partners.
 */
export function loadDemoData(conn: Connection, options: { seed?: number } = {}): DemoSummary {
  const seed = options.seed ?? DEFAULT_DEMO_SEED
  // The generator works on 32-bit integers; anything else (NaN from a mistyped --seed) would silently alias.
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UserError('demo.badSeed', { seed: String(seed) })
  const load = conn.sqlite.transaction(() => {
    const existing = conn.sqlite.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }
    if (existing.n > 0) throw new UserError('demo.notEmpty', {})
    const random = new Random(seed)
    const writer = createWriter(conn.sqlite)
    const mailboxes = new MailboxRegistry()
    const organisations = writeOrganisations(random, writer, mailboxes)
    const inConflict = writeConflicts(writer, organisations)
    const participants = new Participants(random, writer, mailboxes)
    for (const plan of ROUND_PLANS) writeRound({ random, writer, participants, organisations, inConflict }, plan)
    return summarise(seed, writer.counts)
  })
  // IMMEDIATE takes the write lock before counting, so nothing can add a partner between the check and the load.
  return load.immediate()
}
