import type Database from 'better-sqlite3'
import type { ServiceContext } from '../../../electron/services/context'
import { setMinistry } from '../../../electron/services/settings/settings'
import { slSortKey } from '../../../shared/text/sortKey'
import { MINISTRY } from '../../fixtures/letters/data'

export interface LettersWorld {
  roundId: number
  /** Đurđa Čeh Šuštarić: Slovenian, female, consent, confirmed; every merge field has a value. */
  durda: number
  /** John Smith: English, male, consent, confirmed; host abroad with an English coordinator, no mentor. */
  john: number
  /** A participant whose name is markup; consent; confirmed. */
  hostile: number
  /** Confirmed but no consent recorded. */
  noConsent: number
  /** Only proposed. */
  proposed: number
}

export const HOSTILE = '<img src=x onerror=alert(1)>'

/** A small round written with plain SQL, so the letters service is tested against the real schema. */
export function buildLettersWorld(ctx: ServiceContext): LettersWorld {
  const db = ctx.conn.sqlite
  setMinistry(ctx, { ...MINISTRY, nameEn: MINISTRY.nameEn ?? '', place: '', referencePattern: '0100-12/{year}-{n}', footer: 'T: 01 478 16 00 · E: gp.mju@gov.si · www.gov.si' })
  const org = (name: string, street: string, postcode: string, city: string, country = 'SI', sector = 'ministry') =>
    Number(
      db
        .prepare(`INSERT INTO organisations (name, sector, street, postcode, city, country, sort_key, search_key, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(name, sector, street, postcode, city, country, name.toLowerCase(), name.toLowerCase(), name.toLowerCase()).lastInsertRowid,
    )
  const contact = (organisationId: number, fullName: string, role: string, gender: string, language: string, jobTitle: string, email: string, phone: string) =>
    Number(
      db
        .prepare(`INSERT INTO contacts (organisation_id, full_name, role, job_title, email, phone, language, gender, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(organisationId, fullName, role, jobTitle, email, phone, language, gender, fullName.toLowerCase()).lastInsertRowid,
    )
  const home = org('Ministrstvo za kmetijstvo, gozdarstvo in prehrano', 'Dunajska cesta 22', '1000', 'Ljubljana')
  contact(home, 'Boštjan Kržič', 'coordinator', 'm', 'sl', 'vodja kadrovske službe', 'bostjan.krzic@gov.si', '01 478 90 00')
  const host = org('Tovarna čokolade Žužemberk d.o.o.', 'Grajski trg 4', '8360', 'Žužemberk', 'SI', 'company')
  contact(host, 'Ana Ščurek', 'coordinator', 'f', 'sl', 'koordinatorka izmenjav', 'ana.scurek@cokolada.si', '07 388 51 20')
  const mentor = contact(host, 'Miloš Đorđević', 'mentor', 'm', 'sl', 'vodja razvoja izdelkov', 'milos.djordjevic@cokolada.si', '041 555 123')
  const abroad = org('Austrian Public Service Academy', 'Ballhausplatz 2', '1010', 'Wien', 'AT', 'public-body')
  contact(abroad, 'Clara Huber', 'coordinator', 'f', 'en', 'Exchange coordinator', 'clara.huber@example.at', '+43 1 531 15')

  const roundId = Number(db.prepare(`INSERT INTO rounds (name, kind, starts_on, ends_on, status) VALUES ('Izmenjave 2026', 'rolling', '2026-01-01', '2026-12-31', 'open')`).run().lastInsertRowid)
  const person = (first: string, last: string, gender: string, language: string, job: string) =>
    Number(
      db
        .prepare(`INSERT INTO people (organisation_id, first_name, last_name, email, phone, job_title, gender, language, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(home, first, last, `${first.toLowerCase()}@gov.si`, '01 478 16 00', job, gender, language, slSortKey(`${last} ${first}`)).lastInsertRowid,
    )
  const placement = (personId: number, hostId: number, mentorId: number | null, status: string, consent: boolean, from: string, to: string) => {
    const nomination = Number(
      db.prepare(`INSERT INTO nominations (round_id, person_id, status, consent) VALUES (?, ?, ?, ?)`).run(roundId, personId, status, consent ? 1 : 0).lastInsertRowid,
    )
    return Number(
      db
        .prepare(
          `INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, mentor_contact_id, starts_on, ends_on, driver, status)
           VALUES (?, ?, ?, ?, 'ministry', 'company', ?, ?, ?, 'practice', ?)`,
        )
        .run(roundId, nomination, home, hostId, mentorId, from, to, status).lastInsertRowid,
    )
  }
  return {
    roundId,
    durda: placement(person('Đurđa', 'Čeh Šuštarić', 'f', 'sl', 'višja svetovalka za kadrovske zadeve'), host, mentor, 'confirmed', true, '2026-11-23', '2026-11-27'),
    john: placement(person('John', 'Smith', 'm', 'en', 'Senior adviser'), abroad, null, 'confirmed', true, '2026-12-01', '2026-12-04'),
    hostile: placement(person('<img', 'src=x onerror=alert(1)>', 'x', 'sl', 'svetovalec'), host, mentor, 'confirmed', true, '2026-11-30', '2026-11-30'),
    noConsent: placement(person('Ćiril', 'Zupančič', 'm', 'sl', 'svetovalec'), host, mentor, 'proposed', false, '2026-12-07', '2026-12-11'),
    proposed: placement(person('Mojca', 'Horvat', 'f', 'sl', 'svetovalka'), host, null, 'proposed', true, '2026-12-14', '2026-12-18'),
  }
}

/** Gives the placement without consent a confirmed status, so a round batch meets it. */
export function confirmWithoutConsent(sqlite: Database.Database, world: LettersWorld): void {
  sqlite.prepare(`UPDATE placements SET status = 'confirmed' WHERE id = ?`).run(world.noConsent)
}

const FIRST = ['Janez', 'Đurđa', 'Mojca', 'Matej', 'Špela', 'Luka', 'Žiga', 'Ana']
const LAST = ['Novak', 'Čeh Šuštarić', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Ćosić', 'Potočnik']

/** More confirmed placements with consent in the world's round (for the benchmark), with the same host and mentor. */
export function addConfirmedPlacements(sqlite: Database.Database, world: LettersWorld, count: number): void {
  const template = sqlite.prepare('SELECT * FROM placements WHERE id = ?').get(world.durda) as Record<string, unknown>
  const person = sqlite.prepare('SELECT organisation_id FROM people LIMIT 1').get() as { organisation_id: number }
  const insertPerson = sqlite.prepare(
    `INSERT INTO people (organisation_id, first_name, last_name, email, job_title, gender, language, sort_key) VALUES (?, ?, ?, ?, 'svetovalec', ?, ?, ?)`,
  )
  const insertNomination = sqlite.prepare(`INSERT INTO nominations (round_id, person_id, status, consent) VALUES (?, ?, 'confirmed', 1)`)
  const insertPlacement = sqlite.prepare(
    `INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, mentor_contact_id, starts_on, ends_on, driver, status)
     VALUES (?, ?, ?, ?, 'ministry', 'company', ?, ?, ?, 'project', 'confirmed')`,
  )
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const first = FIRST[i % FIRST.length]!
      const last = LAST[(i * 3) % LAST.length]!
      const personId = Number(insertPerson.run(person.organisation_id, first, last, `p${i}@gov.si`, i % 2 ? 'm' : 'f', i % 4 === 3 ? 'en' : 'sl', slSortKey(`${last} ${first} ${i}`)).lastInsertRowid)
      const nominationId = Number(insertNomination.run(world.roundId, personId).lastInsertRowid)
      insertPlacement.run(world.roundId, nominationId, template.home_organisation_id, template.host_organisation_id, template.mentor_contact_id, template.starts_on, template.ends_on)
    }
  })()
}
