import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import type { Connection } from '../../../db/connection'
import { openDatabase } from '../../../db/open'
import {
  challenges, nominations, offers, organisations, people, placements, rounds, teamMembers, teams, workshopAttendance, workshops,
} from '../../../db/schema'
import type { Driver, Gender, PlacementStatus, Sector } from '../../../shared/domain/enums'

export interface PlacementSpec {
  round: number
  home: number
  host: number
  startsOn: string
  endsOn: string
  status?: PlacementStatus
  driver?: Driver | null
  /** An existing person of the home organisation; otherwise one is created with `gender`. */
  person?: number
  gender?: Gender | null
  daysActual?: number | null
  participantRating?: number | null
  hostRating?: number | null
}

/**
 * Builds small databases for the statistics tests through the drizzle schema, the way the app's services
 * write: a placement gets its own nomination and copies the sectors its organisations have at that moment.
 */
export class StatsFixture {
  private constructor(readonly conn: Connection, readonly dir: string) {}

  static async create(): Promise<StatsFixture> {
    const dir = mkdtempSync(join(tmpdir(), 'desk-stats-'))
    return new StatsFixture(await openDatabase(join(dir, 'desk.sqlite'), { create: true }), dir)
  }

  close(): void {
    this.conn.sqlite.close()
    rmSync(this.dir, { recursive: true, force: true })
  }

  org(name: string, sector: Sector, partnerSince: number | null = null): number {
    const key = name.toLowerCase()
    return this.conn.orm.insert(organisations)
      .values({ name, sector, partnerSince, sortKey: key, searchKey: key, searchText: key })
      .returning({ id: organisations.id }).get().id
  }

  /** The organisation is reclassified; placements made before keep the sector they were made with. */
  setSector(id: number, sector: Sector): void {
    this.conn.orm.update(organisations).set({ sector }).where(eq(organisations.id, id)).run()
  }

  round(name: string, startsOn: string | null): number {
    return this.conn.orm.insert(rounds).values({ name, startsOn }).returning({ id: rounds.id }).get().id
  }

  person(organisationId: number, gender: Gender | null = null, name = 'Oseba'): number {
    return this.conn.orm.insert(people).values({ organisationId, gender, firstName: name, lastName: 'Testna', email: `${name.toLowerCase()}@example.si` })
      .returning({ id: people.id }).get().id
  }

  private sectorOf(id: number): string {
    return this.conn.orm.select({ sector: organisations.sector }).from(organisations).where(eq(organisations.id, id)).get()!.sector
  }

  placement(spec: PlacementSpec): { id: number; person: number } {
    const person = spec.person ?? this.person(spec.home, spec.gender ?? null)
    const status = spec.status ?? 'completed'
    const nominationId = this.conn.orm.insert(nominations).values({ roundId: spec.round, personId: person, status })
      .returning({ id: nominations.id }).get().id
    const id = this.conn.orm.insert(placements).values({
      roundId: spec.round, nominationId, homeOrganisationId: spec.home, hostOrganisationId: spec.host,
      homeSector: this.sectorOf(spec.home), hostSector: this.sectorOf(spec.host),
      startsOn: spec.startsOn, endsOn: spec.endsOn, driver: spec.driver ?? null, status,
      daysActual: spec.daysActual ?? null, participantRating: spec.participantRating ?? null, hostRating: spec.hostRating ?? null,
      participantFeedback: spec.participantRating ? 'Koristna izkušnja.' : null,
    }).returning({ id: placements.id }).get().id
    return { id, person }
  }

  offer(roundId: number, organisationId: number, places = 1): void {
    this.conn.orm.insert(offers).values({ roundId, organisationId, places }).run()
  }

  challenge(roundId: number, title: string): number {
    return this.conn.orm.insert(challenges).values({ roundId, title }).returning({ id: challenges.id }).get().id
  }

  team(roundId: number, challengeId: number, members: number[]): number {
    const id = this.conn.orm.insert(teams).values({ roundId, challengeId, name: `Skupina ${challengeId}` }).returning({ id: teams.id }).get().id
    for (const personId of members) this.conn.orm.insert(teamMembers).values({ teamId: id, personId }).run()
    return id
  }

  workshop(roundId: number, heldOn: string | null, capacity: number | null, attendance: Array<[number, boolean]>): number {
    const id = this.conn.orm.insert(workshops).values({ roundId, title: 'Delavnica', heldOn, capacity }).returning({ id: workshops.id }).get().id
    for (const [personId, attended] of attendance) this.conn.orm.insert(workshopAttendance).values({ workshopId: id, personId, attended }).run()
    return id
  }
}
