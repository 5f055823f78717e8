import { describe, expect, it } from 'vitest'
import { checkPlacement } from '../../../electron/services/planning/check'
import { proposePlan } from '../../../electron/services/planning/propose'
import { earliestStart, firstWorkingDayFrom } from '../../../shared/planning/notice'
import type { PlanningInstance, PlanningNomination } from '../../../shared/planning/types'
import { nomination, offer, org, round } from './fixtures'

/**
 * An exchange is a stay at the host's workplace: it starts on a working day and lasts its duration in Slovenian
 * working days. Planned on Tuesday 8 December 2026 with 5 working days' notice, nothing starts before 15 December.
 */
function december(n: Partial<PlanningNomination>, offerFrom = '2026-12-01', offerTo = '2027-01-31'): PlanningInstance {
  return {
    ...round({ nominations: [nomination(1, 'ministry', ['company'], n)], offers: [offer(1, 'company', 1, { from: offerFrom, to: offerTo })] }),
    period: { from: '2026-12-01', to: '2027-01-31' },
    earliestStart: earliestStart('2026-12-08', 5),
  }
}

const only = (p: ReturnType<typeof proposePlan>) => p.placements[0] ?? null

describe('a stay lasts working days', () => {
  it('proposes a 5-day exchange from Tuesday 15 to Monday 21 December 2026, not to Saturday 19', () => {
    const p = proposePlan(december({ availableFrom: '2026-12-01', availableTo: '2027-01-31', durationDays: 5 }))
    expect(only(p)).toMatchObject({ hostOrganisationId: org('company'), from: '2026-12-15', to: '2026-12-21' })
  })

  it('uses the round’s default duration the same way', () => {
    const p = proposePlan(december({ availableFrom: '2026-12-01', availableTo: '2027-01-31', durationDays: null }))
    expect(only(p)).toMatchObject({ from: '2026-12-15', to: '2026-12-21' })
  })

  it('fits 3 working days into Thursday 17 – Monday 21 December over the weekend', () => {
    const p = proposePlan(december({ availableFrom: '2026-12-17', availableTo: '2026-12-21', durationDays: 3 }))
    expect(only(p)).toMatchObject({ from: '2026-12-17', to: '2026-12-21' })
  })

  it('starts on the first working day when the window opens on a weekend', () => {
    const p = proposePlan(december({ availableFrom: '2026-12-19', availableTo: '2026-12-31', durationDays: 2 }))
    expect(only(p)).toMatchObject({ from: '2026-12-21', to: '2026-12-22' })
  })

  it('leaves out a window with only 2 working days for a 3-day exchange, saying so in working days', () => {
    // Friday 18 – Monday 21 December: 4 calendar days, 2 working days.
    const p = proposePlan(december({ availableFrom: '2026-12-18', availableTo: '2026-12-21', durationDays: 3 }))
    expect(p.placements).toEqual([])
    expect(p.unplaced[0]).toMatchObject({ code: 'window-too-short', params: { duration: 3, days: 2 } })
  })

  it('leaves out a nomination whose offer shares too few working days, as an availability reason', () => {
    const p = proposePlan(december({ availableFrom: '2026-12-15', availableTo: '2027-01-31', durationDays: 3 }, '2026-12-17', '2026-12-20'))
    expect(p.placements).toEqual([])
    expect(p.unplaced[0]).toMatchObject({ code: 'availability' })
  })

  it('skips Christmas, Independence Day and the two New Year holidays', () => {
    // Thu 24. 12., then Mon 28. – Thu 31. 12. (25. and 26. 12. are holidays), then Mon 4. 1. (1. and 2. 1. are).
    const p = proposePlan(december({ availableFrom: '2026-12-24', availableTo: '2027-01-31', durationDays: 6 }))
    expect(only(p)).toMatchObject({ from: '2026-12-24', to: '2027-01-04' })
    const tight = proposePlan(december({ availableFrom: '2026-12-24', availableTo: '2027-01-03', durationDays: 6 }))
    expect(tight.unplaced[0]).toMatchObject({ code: 'window-too-short', params: { duration: 6, days: 5 } })
  })
})

describe('hand-made dates are counted in working days', () => {
  const instance = december({ availableFrom: '2026-12-01', availableTo: '2027-01-31', durationDays: 5 })
  const check = (from: string, to: string) => checkPlacement(instance, { nominationId: 1, hostOrganisationId: org('company'), offerId: 1, from, to }, [])

  it('flags Tuesday to Saturday as 4 of 5 working days', () => {
    expect(check('2026-12-15', '2026-12-19')).toMatchObject([{ rule: 'dates', params: { days: 4, duration: 5 } }])
  })

  it('accepts Tuesday to Monday, and keeps a weekend start unflagged when it holds the working days', () => {
    expect(check('2026-12-15', '2026-12-21')).toEqual([])
    expect(check('2026-12-19', '2026-12-28')).toEqual([])
  })
})

describe('the place-by-hand dialog suggests a working day to start', () => {
  it('moves a suggested start off weekends and holidays', () => {
    expect(['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01'].map(firstWorkingDayFrom)).toEqual(['2026-12-24', '2026-12-28', '2026-12-31', '2027-01-04'])
  })
})
