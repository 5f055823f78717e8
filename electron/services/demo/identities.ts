import { fold, organisationNameKey } from '../../../shared/text'
import {
  FEMALE_NAMES, FOREIGN_FEMALE_NAMES, FOREIGN_MALE_NAMES, FOREIGN_SURNAMES, MALE_NAMES, SURNAMES,
} from './names'
import type { Random } from './random'

/**
 * Names, e-mail addresses and telephone numbers for contacts and participants. Every address is on an invented
 * domain ("primer-…si", primer = example), so a demo letter or export can never reach a real mailbox.
 */
export interface DrawnName {
  firstName: string
  lastName: string
  gender: 'm' | 'f'
}

export function drawName(random: Random, foreign = false): DrawnName {
  const gender = random.chance(0.5) ? 'f' : 'm'
  if (foreign) {
    const firstName = random.pick(gender === 'f' ? FOREIGN_FEMALE_NAMES : FOREIGN_MALE_NAMES)
    return { firstName, lastName: random.pick(FOREIGN_SURNAMES), gender }
  }
  const firstName = random.pick(gender === 'f' ? FEMALE_NAMES : MALE_NAMES)
  return { firstName, lastName: random.pick(SURNAMES), gender }
}

/** "primer-zeleznisko-transportna-druzba.si" from "Železniško transportna družba d.o.o." (short name when there is one). */
export function demoDomain(name: string, shortName: string | undefined): string {
  // Short joining words ("za", "in", "ob") make clumsy domains; real organisations leave them out too.
  const all = organisationNameKey(shortName ?? name).split(' ').filter(Boolean)
  const meaningful = all.filter((word) => word.length > 2)
  const words = (meaningful.length > 0 ? meaningful : all).slice(0, 3)
  return `primer-${words.join('-')}.si`
}

/** Hands out e-mail addresses, adding a number when two people share a name at one domain. */
export class MailboxRegistry {
  private readonly used = new Set<string>()

  address(firstName: string, lastName: string, domain: string): string {
    const local = `${fold(firstName)}.${fold(lastName)}`.replace(/[^a-z0-9.]+/g, '')
    let candidate = `${local}@${domain}`
    for (let n = 2; this.used.has(candidate); n++) candidate = `${local}${n}@${domain}`
    this.used.add(candidate)
    return candidate
  }
}

/** A landline in the organisation's area ("+386 1 478 32 10"). */
export function landline(random: Random, area: string): string {
  return `+386 ${area} ${random.int(200, 799)} ${random.int(10, 99)} ${random.int(10, 99)}`
}

/** A mobile number on one of the Slovenian mobile prefixes ("+386 41 123 456"). */
export function mobile(random: Random): string {
  return `+386 ${random.pick(['30', '31', '40', '41', '51', '70'])} ${random.int(100, 999)} ${random.int(100, 999)}`
}
