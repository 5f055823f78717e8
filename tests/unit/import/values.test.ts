import { describe, expect, it } from 'vitest'
import { readGender, readSector, readStatus, readYesNo } from '../../../electron/services/import/values/choices'
import { parsePhoneNumberFromString } from 'libphonenumber-js/min'
import { rng } from './helpers/random'
import { readEmail, readPhone, readTaxNumber, readUrl } from '../../../electron/services/import/values/contact'
import { DateReader } from '../../../electron/services/import/values/dates'
import { splitDateRange } from '../../../electron/services/import/values/dateRange'
import { splitFullName } from '../../../electron/services/import/values/names'
import { parseNumberText, readCount } from '../../../electron/services/import/values/numbers'
import { cleanLine, cleanMultiline, limitLength } from '../../../electron/services/import/values/text'

describe('dates', () => {
  const dates = new DateReader()
  it.each([
    ['12. 3. 2026', '2026-03-12'],
    ['12.3.2026', '2026-03-12'],
    ['12. 3.2026', '2026-03-12'],
    ['2026-03-12', '2026-03-12'],
    ['12. marec 2026', '2026-03-12'],
    ['12. marca 2026', '2026-03-12'],
    ['1. januarja 2026', '2026-01-01'],
    ['12 March 2026', '2026-03-12'],
    ['March 12, 2026', '2026-03-12'],
    ['12th March 2026', '2026-03-12'],
    ['12 Mar 2026', '2026-03-12'],
    ['12/3/2026', '2026-03-12'],
    ['12/31/2026', '2026-12-31'],
    ['12.3.26', '2026-03-12'],
    ['\u00a012. 3. 2026 ', '2026-03-12'],
    ['46093', '2026-03-12'],
  ])('reads the text %j as %s', (text, iso) => {
    expect(dates.read(text)).toBe(iso)
  })
  it('reads real dates and Excel serial numbers', () => {
    expect(dates.read(new Date(Date.UTC(2026, 2, 12)))).toBe('2026-03-12')
    expect(dates.read(46093)).toBe('2026-03-12')
    expect(dates.read(20260312)).toBe('2026-03-12')
  })
  it.each(['32. 3. 2026', '12. 13. 2026', 'naslednji teden', '2026', '12. 3.', '', 'March 2026', '5'])('refuses %j', (text) => {
    expect(dates.read(text)).toBeNull()
  })
  it('refuses serial numbers and years far from the programme', () => {
    expect(dates.read(5)).toBeNull()
    expect(dates.read(new Date(Date.UTC(1890, 0, 1)))).toBeNull()
  })
  it('splits an availability written in one cell', () => {
    expect(splitDateRange('2. 3. 2026 – 27. 3. 2026', dates)).toEqual({ from: '2026-03-02', to: '2026-03-27' })
    expect(splitDateRange('od 2. 3. do 27. 3. 2026', dates)).toEqual({ from: '2026-03-02', to: '2026-03-27' })
    expect(splitDateRange('2.–27. 3. 2026', dates)).toEqual({ from: '2026-03-02', to: '2026-03-27' })
    expect(splitDateRange('2026-03-02 - 2026-03-27', dates)).toEqual({ from: '2026-03-02', to: '2026-03-27' })
    expect(splitDateRange('marec', dates)).toBeNull()
  })
})

describe('numbers stored as text', () => {
  it.each([
    ['1.234,50', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['1,234.50', 1234.5],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.234', 1234],
    ['5 dni', 5],
    ['10 days', 10],
    ['-3', -3],
  ])('%j is %d', (text, n) => {
    expect(parseNumberText(text)).toBe(n)
  })
  it('refuses what is not a number, and counts must be whole and not negative', () => {
    expect(parseNumberText('pet')).toBeNull()
    expect(parseNumberText('1,2,3')).toBeNull()
    expect(readCount('2,5')).toBeNull()
    expect(readCount('-1')).toBeNull()
    expect(readCount('14')).toBe(14)
  })
})

describe('choices in both languages', () => {
  it.each(['da', 'DA', 'Da.', 'ja', 'yes', 'x', 'X', '✓', '✔', 'true', '1', ' se strinjam '])('%j is yes', (v) => expect(readYesNo(v)).toBe(true))
  it.each(['ne', 'NE', 'no', 'false', '0', '-'])('%j is no', (v) => expect(readYesNo(v)).toBe(false))
  it('booleans, blanks and other words', () => {
    expect(readYesNo(true)).toBe(true)
    expect(readYesNo(0)).toBe(false)
    expect(readYesNo('')).toBeNull()
    expect(readYesNo('morda')).toBeUndefined()
  })
  it.each([['M', 'm'], ['Ž', 'f'], ['ž', 'f'], ['Z', 'f'], ['moški', 'm'], ['ženska', 'f'], ['Male', 'm'], ['female', 'f'], ['F', 'f'], ['drugo', 'x'], ['non-binary', 'x']])('gender %j is %s', (v, g) => {
    expect(readGender(v)).toBe(g)
  })
  it.each([
    ['Ministrstvo', 'ministry'], ['ministry', 'ministry'], ['Javni zavod', 'public-body'], ['Drug javni organ', 'public-body'], ['Other public body', 'public-body'],
    ['podjetje', 'company'], ['Gospodarska družba', 'company'], ['Private sector', 'company'], ['NVO', 'ngo'], ['Nevladna organizacija', 'ngo'],
    ['Non-governmental organisation', 'ngo'], ['društvo', 'ngo'], ['Zbornica ali združenje', 'association'], ['Chamber', 'association'], ['public-body', 'public-body'],
  ])('sector %j is %s', (v, s) => {
    expect(readSector(v)).toBe(s)
  })
  it('organisation status', () => {
    expect(readStatus('Aktivna')).toBe('active')
    expect(readStatus('mirujoča')).toBe('paused')
    expect(readStatus('former')).toBe('former')
    expect(readStatus('kdo ve')).toBeUndefined()
  })
})

describe('contacts', () => {
  it('takes the address from the text, a mailto: link, or angle brackets', () => {
    expect(readEmail(' Jan.Novak@Primer.SI ', undefined)).toEqual({ email: 'jan.novak@primer.si', more: false })
    expect(readEmail('Jan Novak', 'mailto:jan.novak@primer.si')).toEqual({ email: 'jan.novak@primer.si', more: false })
    expect(readEmail('', 'mailto:jan.novak@primer.si?subject=Izmenjava')).toEqual({ email: 'jan.novak@primer.si', more: false })
    expect(readEmail('Jan Novak <jan.novak@primer.si>', undefined)).toEqual({ email: 'jan.novak@primer.si', more: false })
    expect(readEmail('mailto:jan@primer.si', undefined)).toEqual({ email: 'jan@primer.si', more: false })
    expect(readEmail('a@primer.si; b@primer.si', undefined)).toEqual({ email: 'a@primer.si', more: true })
  })
  it('rejects what is not an address', () => {
    expect(readEmail('jan.novak@', undefined)).toEqual({ invalid: 'jan.novak@' })
    expect(readEmail('jan.novak.primer.si', undefined)).toEqual({ invalid: 'jan.novak.primer.si' })
  })
  it('phones to E.164 with Slovenia as the default country', () => {
    expect(readPhone('041 123 456')).toBe('+38641123456')
    expect(readPhone('(01) 478 10 00')).toBe('+38614781000')
    expect(readPhone('00386 41 123 456')).toBe('+38641123456')
    expect(readPhone('+44 20 7946 0958')).toBe('+442079460958')
    expect(readPhone('123')).toBeNull()
  })
  it('Slovenian national numbers read on the short path give exactly what the phone library gives', () => {
    const random = rng(4)
    const library = (text: string) => {
      const phone = parsePhoneNumberFromString(text, 'SI')
      return phone && phone.isValid() ? phone.number : null
    }
    let valid = 0
    for (let i = 0; i < 20_000; i++) {
      const digits = `0${1 + random.int(9)}${Array.from({ length: random.int(10) }, () => random.int(10)).join('')}`
      let text = ''
      for (const d of digits) text += (text.length > 1 && random.int(4) === 0 ? ' ' : '') + d
      expect(readPhone(text), text).toBe(library(text))
      if (readPhone(text)) valid++
    }
    expect(valid).toBeGreaterThan(1000)
  })
  it('web addresses', () => {
    expect(readUrl('www.gov.si')).toBe('https://www.gov.si')
    expect(readUrl('javascript:alert(1)')).toBeNull()
  })
  it('tax numbers: check digit, SI prefix, foreign numbers', () => {
    expect(readTaxNumber('SI 1000 0003')).toEqual({ taxNumber: '10000003', foreign: false })
    expect(readTaxNumber(10000003)).toEqual({ taxNumber: '10000003', foreign: false })
    expect(readTaxNumber('10000004')).toEqual({ invalid: '10000004' })
    expect(readTaxNumber('HR12345678901')).toEqual({ taxNumber: 'HR12345678901', foreign: true })
  })
})

describe('untrusted text', () => {
  it('drops control and invisible characters, folds odd spaces', () => {
    expect(cleanLine('  Jan\u00a0\u00a0Novak\u0007\u200b ')).toBe('Jan Novak')
    expect(cleanLine('Ana\tMarija\nNovak')).toBe('Ana Marija Novak')
    expect(cleanLine('\u202eabc')).toBe('abc')
  })
  it('leaves clean text alone and cleans every other text fully, on random strings of tricky characters', () => {
    const alphabet = ['a', 'č', ' ', '\t', '\n', '\u0001', '\u007f', '\u009f', '\u00a0', '\u1680', '\u1681', '\u2003', '\u200b', '\u2028', '\u205f', '\u206f', '\u2070', '\u3000', '\ufeff']
    let seed = 7
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % alphabet.length
    for (let k = 0; k < 20_000; k++) {
      const text = Array.from({ length: k % 6 }, () => alphabet[next()]).join('')
      const cleaned = cleanLine(text)
      // Cleaning is idempotent, and its result has no control, invisible or odd space character, no double or edge space.
      expect(cleanLine(cleaned)).toBe(cleaned)
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(cleaned).not.toMatch(/[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]| {2}|^ | $/)
    }
  })
  it('keeps line breaks in notes but not runs of empty lines', () => {
    expect(cleanMultiline('prva  vrstica\r\n\r\n\r\n\r\ndruga ')).toBe('prva vrstica\n\ndruga')
  })
  it('cuts long text without splitting a character', () => {
    expect(limitLength('abc😀', 4)).toEqual({ text: 'abc', truncated: true })
    expect(limitLength('abc', 4)).toEqual({ text: 'abc', truncated: false })
  })
  it('keeps formulas and markup as the plain text they are', () => {
    expect(cleanLine('=HYPERLINK("http://evil.example","klik")')).toBe('=HYPERLINK("http://evil.example","klik")')
    expect(cleanLine('<script>alert(1)</script>')).toBe('<script>alert(1)</script>')
  })
})

describe('full names', () => {
  it('splits by the header order, and surname-comma-name always', () => {
    expect(splitFullName('Jan Novak', 'firstLast')).toEqual({ first: 'Jan', last: 'Novak', uncertain: false })
    expect(splitFullName('Novak Jan', 'lastFirst')).toEqual({ first: 'Jan', last: 'Novak', uncertain: false })
    expect(splitFullName('Novak, Jan', 'firstLast')).toEqual({ first: 'Jan', last: 'Novak', uncertain: false })
    expect(splitFullName('Ana de Souza', 'firstLast')).toEqual({ first: 'Ana', last: 'de Souza', uncertain: false })
  })
  it('says when the split is a guess', () => {
    expect(splitFullName('Ana Marija Novak', 'firstLast').uncertain).toBe(true)
    expect(splitFullName('Novak', 'firstLast')).toEqual({ first: null, last: 'Novak', uncertain: true })
  })
})
