import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { proposePlan } from '../../../electron/services/planning/propose'
import type { Language } from '../../../shared/domain/enums'
import { planningMessages } from '../../../shared/i18n/messages/planning'
import { placementMessages, sentence, unplacedMessages } from '../../../shared/planning/messages'
import { conflict, march, nomination, offer, round } from './fixtures'

const t = (lang: Language) => (key: string, values: Record<string, string | number>) =>
  String(new IntlMessageFormat(planningMessages[lang][key]!, lang === 'sl' ? 'sl-SI' : 'en-GB').format(values))

describe('explanations', () => {
  const p = proposePlan(round({
    nominations: [
      nomination(1, 'ministry', ['company', 'agency', 'ngo']),
      nomination(2, 'ministry2', ['company']),
    ],
    offers: [offer(1, 'company', 1), offer(2, 'agency', 1), offer(3, 'ngo', 1)],
  }))

  it('say which choice a placement is and why the better ones were not given', () => {
    const placement = p.placements.find((x) => x.nominationId === 1)!
    expect(placement.explanation).toEqual({
      rank: 3,
      choices: [
        { choice: 1, hostOrganisationId: 3, hostName: 'company', reason: 'full' },
        { choice: 2, hostOrganisationId: 7, hostName: 'agency', reason: 'sector', kind: 'withinPublic' },
      ],
    })
    expect(sentence(t('en'), placementMessages(placement.explanation))).toBe('3rd choice: 1st choice (company) full, 2nd choice (agency) also in the public sector')
    expect(sentence(t('sl'), placementMessages(placement.explanation))).toBe('3. izbira: 1. izbira (company) je polna, 2. izbira (agency) je prav tako v javnem sektorju')
    expect(sentence(t('en'), placementMessages(p.placements.find((x) => x.nominationId === 2)!.explanation))).toBe('1st choice')
  })

  it('say why a nomination has no place: the rules leave no host', () => {
    const q = proposePlan(round({ nominations: [nomination(3, 'ministry', ['ministry2'])], offers: [offer(1, 'agency', 1)] }))
    expect(q.unplaced).toEqual([{ nominationId: 3, code: 'no-eligible-host', params: { ownOrganisation: 0, conflict: 0, sector: 1, availability: 0, eligible: 0 }, choices: [{ choice: 1, hostOrganisationId: 2, hostName: 'ministry2', reason: 'no-offer' }] }])
    expect(sentence(t('en'), unplacedMessages(q.unplaced[0]!))).toBe('The rules leave no host (sector: 1 offer, conflict of interest: 0, own organisation: 0): 1st choice (ministry2) offers no places in this round')
    expect(sentence(t('sl'), unplacedMessages(q.unplaced[0]!))).toBe('Pravila ne dopuščajo nobenega gostitelja (sektor: 1 ponudba, nasprotje interesov: 0, lastna organizacija: 0): 1. izbira (ministry2) v tem krogu ne ponuja mest')
  })

  it('say why a nomination has no place: all full, dates, conflicts, no offers at all', () => {
    const full = proposePlan(round({ nominations: [nomination(1, 'ministry', ['company']), nomination(2, 'ministry', ['company'])], offers: [offer(1, 'company', 1)] }))
    expect(full.unplaced).toMatchObject([{ nominationId: 2, code: 'all-full', params: { eligible: 1 }, choices: [{ reason: 'full' }] }])
    expect(sentence(t('en'), unplacedMessages(full.unplaced[0]!))).toBe('All suitable hosts are full (1 suitable offer): 1st choice (company) full')

    const dates = proposePlan(round({
      nominations: [nomination(1, 'ministry', ['company'], { availableFrom: march(1), availableTo: march(9) })],
      offers: [offer(1, 'company', 1, { from: march(20), to: march(31) })],
    }))
    expect(dates.unplaced).toMatchObject([{ code: 'availability', params: { availability: 1 }, choices: [{ reason: 'availability' }] }])

    const conflicted = proposePlan(round({ nominations: [nomination(1, 'ministry', ['company'])], offers: [offer(1, 'company', 1)], conflicts: [conflict('company', 'ministry')] }))
    expect(conflicted.unplaced).toMatchObject([{ code: 'no-eligible-host', params: { conflict: 1 }, choices: [{ reason: 'conflict' }] }])

    expect(proposePlan(round({ nominations: [nomination(1, 'ministry', [])], offers: [] })).unplaced).toMatchObject([{ code: 'no-offers' }])
  })

  it('give a rank of 0 and every stated choice for a host the participant did not name', () => {
    const other = proposePlan(round({ nominations: [nomination(1, 'ministry', ['company'])], offers: [offer(1, 'company2', 1)] }))
    expect(other.placements[0]!.explanation).toMatchObject({ rank: 0, choices: [{ choice: 1, reason: 'no-offer' }] })
    expect(sentence(t('sl'), placementMessages(other.placements[0]!.explanation))).toBe('Gostitelj, ki ga udeleženec ni izbral: 1. izbira (company) v tem krogu ne ponuja mest')
  })
})
