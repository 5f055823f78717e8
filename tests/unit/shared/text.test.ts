import { describe, expect, it } from 'vitest'
import { fold, isValidSlovenianTaxNumber, organisationNameKey, slSortKey, withTaxCheckDigit } from '../../../shared/text'

const collator = new Intl.Collator('sl')
const byKey = (a: string, b: string) => (slSortKey(a) < slSortKey(b) ? -1 : slSortKey(a) > slSortKey(b) ? 1 : 0)

describe('Slovenian sort key', () => {
  it('puts č after c, š after s, ž after z, ć and đ where Slovenian collation does', () => {
    const names = ['Žito', 'Zebra', 'Šola', 'Sova', 'Čaj', 'Cilj', 'Ćevap', 'Dom', 'Đuro', 'Dž', 'Ana']
    expect([...names].sort(byKey)).toEqual(['Ana', 'Cilj', 'Čaj', 'Ćevap', 'Dom', 'Dž', 'Đuro', 'Sova', 'Šola', 'Zebra', 'Žito'])
  })

  it('agrees with Intl.Collator("sl") on many generated names', () => {
    const parts = ['a', 'č', 'c', 'ć', 'š', 's', 'ž', 'z', 'đ', 'd', 'E', 'É', 'lj', 'nj', ' ', '-', '1', '2', 'o', 'ö', 'W', 'q']
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31)
    const names = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 6) }, () => parts[Math.floor(random() * parts.length)]).join(''),
    ).filter((n) => n.trim() === n && n.trim() !== '')
    expect([...names].sort(byKey)).toEqual([...names].sort((a, b) => collator.compare(a, b) || byKey(a, b)))
  })
})

describe('folding and organisation name keys', () => {
  it('removes diacritics, case and extra spaces', () => {
    expect(fold('  Železniško\u00a0 PODJETJE Đakovo ')).toBe('zeleznisko podjetje dakovo')
  })
  it('ignores legal forms and punctuation', () => {
    expect(organisationNameKey('Petrol, d.d.')).toBe('petrol')
    expect(organisationNameKey('PETROL d. d.')).toBe('petrol')
    expect(organisationNameKey('Krka, tovarna zdravil, d.d., Novo mesto')).toBe('krka tovarna zdravil d d novo mesto')
    expect(organisationNameKey('Šumi Soft d.o.o.')).toBe(organisationNameKey('sumi soft DOO'))
  })
})

describe('Slovenian tax number', () => {
  it('accepts a valid number with or without SI prefix and spaces', () => {
    expect(isValidSlovenianTaxNumber('84867744')).toBe(true)
    expect(isValidSlovenianTaxNumber('SI 84 867 744')).toBe(true)
  })
  it('rejects wrong check digits, wrong lengths and letters', () => {
    expect(isValidSlovenianTaxNumber('84867745')).toBe(false)
    expect(isValidSlovenianTaxNumber('8486774')).toBe(false)
    expect(isValidSlovenianTaxNumber('0486774x')).toBe(false)
    expect(isValidSlovenianTaxNumber('04867744')).toBe(false)
  })
  it('computes check digits that validate', () => {
    for (let n = 1000000; n < 1000300; n++) {
      const full = withTaxCheckDigit(String(n))
      if (full) expect(isValidSlovenianTaxNumber(full)).toBe(true)
    }
  })
})
