import { slSortKey } from '../../../shared/text'
import { drawName, landline, type MailboxRegistry, mobile } from './identities'
import type { DemoOrganisation } from './organisations'
import { isPublicSector } from './organisations'
import type { Random } from './random'
import { COMPANY_JOB_TITLES, ENGLISH_JOB_TITLES, type Gendered, NGO_JOB_TITLES, PUBLIC_JOB_TITLES } from './vocabulary'
import type { DemoWriter } from './writer'

/** Share of nominations that put forward someone who has been on an exchange before (the history panel shows them). */
const RETURNING_PARTICIPANT = 0.07

function jobTitles(org: DemoOrganisation): readonly Gendered[] {
  if (isPublicSector(org.sector)) return PUBLIC_JOB_TITLES
  return org.sector === 'ngo' ? NGO_JOB_TITLES : COMPANY_JOB_TITLES
}

export interface Nominee {
  id: number
  gender: 'm' | 'f'
}

/** The employees organisations nominate, created as they are first needed and remembered for later rounds. */
export class Participants {
  private readonly alumni = new Map<number, Nominee[]>()

  constructor(
    private readonly random: Random,
    private readonly writer: DemoWriter,
    private readonly mailboxes: MailboxRegistry,
  ) {}

  /** Someone from `org` not yet nominated in this round (`taken`); usually a newcomer. */
  nominate(org: DemoOrganisation, taken: Set<number>): Nominee {
    const previous = (this.alumni.get(org.id) ?? []).filter((nominee) => !taken.has(nominee.id))
    const nominee =
      previous.length > 0 && this.random.chance(RETURNING_PARTICIPANT) ? this.random.pick(previous) : this.create(org)
    taken.add(nominee.id)
    return nominee
  }

  private create(org: DemoOrganisation): Nominee {
    const random = this.random
    const english = org.spec.international === true && random.chance(0.35)
    const name = drawName(random, english && random.chance(0.5))
    const titles = random.pick(jobTitles(org))
    const id = this.writer.person({
      organisationId: org.id,
      firstName: name.firstName,
      lastName: name.lastName,
      email: this.mailboxes.address(name.firstName, name.lastName, org.domain),
      phone: random.chance(0.7) ? mobile(random) : landline(random, org.town.area),
      jobTitle: english ? random.pick(ENGLISH_JOB_TITLES) : titles[name.gender === 'm' ? 0 : 1],
      gender: name.gender,
      language: english ? 'en' : 'sl',
      sortKey: slSortKey(`${name.lastName} ${name.firstName}`),
    })
    const nominee: Nominee = { id, gender: name.gender }
    const list = this.alumni.get(org.id) ?? []
    list.push(nominee)
    this.alumni.set(org.id, list)
    return nominee
  }
}
