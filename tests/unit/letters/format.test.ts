import { describe, expect, it } from 'vitest'
import { UserError } from '../../../shared/errors'
import { formatAddressLines, formatDays, formatLetterDate, formatPeriod, formatPlaceAndDate, formatSalutation } from '../../../shared/letters/format'

const NBSP = '\u00a0'

describe('letter formats', () => {
  it('writes dates the Slovenian and the British way', () => {
    expect(formatLetterDate('2026-11-22', 'sl')).toBe('22. 11. 2026')
    expect(formatLetterDate('2026-11-22', 'en')).toBe('22 November 2026')
    expect(formatLetterDate('2026-03-01', 'sl')).toBe('1. 3. 2026')
    expect(formatPlaceAndDate('Ljubljana', '2026-11-22', 'sl')).toBe('Ljubljana, 22. 11. 2026')
    expect(formatPlaceAndDate('Ljubljana', '2026-11-22', 'en')).toBe('Ljubljana, 22 November 2026')
  })

  it('refuses a date that is not one, with the value in the error', () => {
    expect(() => formatLetterDate('22. 11. 2026', 'sl')).toThrow(UserError)
    try {
      formatLetterDate('2026-02-30', 'sl')
    } catch (error) {
      expect((error as UserError).code).toBe('letters.badDate')
      expect((error as UserError).params).toEqual({ value: '2026-02-30' })
    }
    expect.assertions(3)
  })

  it('writes a period with each date kept whole, and a one-day placement as a single date', () => {
    expect(formatPeriod('2026-11-23', '2026-11-27', 'sl')).toBe(`od 23.${NBSP}11.${NBSP}2026 do 27.${NBSP}11.${NBSP}2026`)
    expect(formatPeriod('2026-11-23', '2026-11-27', 'en')).toBe(`from 23${NBSP}November${NBSP}2026 to 27${NBSP}November${NBSP}2026`)
    expect(formatPeriod('2026-11-23', '2026-11-23', 'en')).toBe(`on 23${NBSP}November${NBSP}2026`)
  })

  it('counts days with the Slovenian dual and plural', () => {
    // Working days, as the planner counts a stay: Monday 2 November 2026 onwards; the weekend of 7–8 November is left out.
    const days = (to: string, lang: 'sl' | 'en') => formatDays('2026-11-02', to, lang)
    expect(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-06', '2026-11-09'].map((to) => days(to, 'sl'))).toEqual(['1 delovni dan', '2 delovna dneva', '3 delovni dnevi', '5 delovnih dni', '6 delovnih dni'])
    expect(['2026-11-02', '2026-11-08'].map((to) => days(to, 'en'))).toEqual(['1 working day', '5 working days'])
  })

  it('chooses the salutation from the recorded gender, never from the name', () => {
    const person = (gender: 'f' | 'm' | 'x' | null) => ({ fullName: 'Nikola Novak', lastName: 'Novak', gender })
    expect(formatSalutation(person('f'), 'sl')).toBe('Spoštovana gospa Novak')
    expect(formatSalutation(person('m'), 'sl')).toBe('Spoštovani gospod Novak')
    expect(formatSalutation(person('x'), 'sl')).toBe('Spoštovani')
    expect(formatSalutation(person(null), 'sl')).toBe('Spoštovani')
    expect(formatSalutation(person('f'), 'en')).toBe('Dear Ms Novak')
    expect(formatSalutation(person('m'), 'en')).toBe('Dear Mr Novak')
    expect(formatSalutation(person(null), 'en')).toBe('Dear Nikola Novak')
    expect(formatSalutation(null, 'sl')).toBe('Spoštovani')
    expect(formatSalutation(null, 'en')).toBe('Dear Sir or Madam')
  })

  it('uses the full name of a contact known by full name only', () => {
    const contact = { fullName: 'Ana Ščurek', gender: 'f' as const }
    expect(formatSalutation(contact, 'sl')).toBe('Spoštovana gospa Ana Ščurek')
    expect(formatSalutation(contact, 'en')).toBe('Dear Ana Ščurek')
  })

  it('prints the country only for an address abroad, in the letter’s language', () => {
    const home = { street: 'Grajski trg 4', postcode: '8360', city: 'Žužemberk', country: 'SI' }
    expect(formatAddressLines(home, 'sl')).toEqual(['Grajski trg 4', '8360 Žužemberk'])
    const abroad = { street: 'Ilica 1', postcode: '10000', city: 'Zagreb', country: 'HR' }
    expect(formatAddressLines(abroad, 'sl')).toEqual(['Ilica 1', '10000 Zagreb', 'Hrvaška'])
    expect(formatAddressLines(abroad, 'en')).toEqual(['Ilica 1', '10000 Zagreb', 'Croatia'])
    expect(formatAddressLines({ street: null, postcode: null, city: 'Celje', country: 'SI' }, 'sl')).toEqual(['Celje'])
  })
})
