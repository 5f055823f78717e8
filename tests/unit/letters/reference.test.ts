import { describe, expect, it } from 'vitest'
import { UserError } from '../../../shared/errors'
import { asciiFileNamePart, letterFileName } from '../../../shared/letters/fileName'
import { allocateReferences, parseReferencePattern } from '../../../shared/letters/reference'

describe('reference numbers', () => {
  it('formats the ministry’s style from a pattern', () => {
    const pattern = parseReferencePattern('0100-12/{year}-{seq}')
    expect(pattern.format(3, 2026)).toBe('0100-12/2026-3')
    expect(parseReferencePattern('0100-12/2026-{seq:3}').format(7, 2026)).toBe('0100-12/2026-007')
  })

  it('continues after the highest number used and never fills a gap', () => {
    const used = ['0100-12/2026-1', '0100-12/2026-2', '0100-12/2026-5', 'other-9', '0100-12/2025-40']
    expect(allocateReferences('0100-12/{year}-{seq}', used, 2026, 2)).toEqual([
      { reference: '0100-12/2026-6', sequence: 6 },
      { reference: '0100-12/2026-7', sequence: 7 },
    ])
  })

  it('starts again at 1 in a new year when the pattern has the year, and runs on when it has not', () => {
    expect(allocateReferences('0100-12/{year}-{seq}', ['0100-12/2025-40'], 2026)).toEqual([{ reference: '0100-12/2026-1', sequence: 1 }])
    expect(allocateReferences('PX-{seq}', ['PX-40'], 2027)).toEqual([{ reference: 'PX-41', sequence: 41 }])
  })

  it('reads padded and overflowing numbers back', () => {
    const pattern = parseReferencePattern('A/{year}-{seq:3}')
    expect(pattern.sequenceOf('A/2026-007', 2026)).toBe(7)
    expect(pattern.sequenceOf('A/2026-1234', 2026)).toBe(1234)
    expect(pattern.sequenceOf('A/2025-007', 2026)).toBeNull()
    expect(pattern.sequenceOf('xA/2026-007', 2026)).toBeNull()
  })

  it('treats the pattern’s own characters literally', () => {
    expect(parseReferencePattern('0100.1+(2)/{seq}').sequenceOf('0100x1+(2)/4', 2026)).toBeNull()
    expect(parseReferencePattern('0100.1+(2)/{seq}').sequenceOf('0100.1+(2)/4', 2026)).toBe(4)
  })

  it('hands out unique references batch after batch', () => {
    const used: string[] = []
    for (let batch = 0; batch < 20; batch++) used.push(...allocateReferences('0100-12/{year}-{seq}', used, 2026, 25).map((r) => r.reference))
    expect(new Set(used).size).toBe(500)
    expect(used.at(-1)).toBe('0100-12/2026-500')
  })

  it('gives a database layer a LIKE pattern for the candidates', () => {
    expect(parseReferencePattern('0100_12/{year}-{seq:3}').sqlLike(2026)).toBe('0100\\_12/2026-%')
    expect(parseReferencePattern('50%/{seq}').sqlLike(2026)).toBe('50\\%/%')
  })

  it.each([
    ['0100-12/2026', 'letters.reference.noSequence'],
    ['{seq}-{seq}', 'letters.reference.noSequence'],
    ['0100/{month}-{seq}', 'letters.reference.badToken'],
    ['0100/{seq:0}', 'letters.reference.badToken'],
  ])('refuses the pattern %s', (pattern, code) => {
    expect(() => parseReferencePattern(pattern)).toThrow(UserError)
    try {
      parseReferencePattern(pattern)
    } catch (error) {
      expect((error as UserError).code).toBe(code)
      expect((error as UserError).params.pattern).toBe(pattern)
    }
  })
})

describe('letter file names', () => {
  it('names a letter by year, sequence, person and kind', () => {
    expect(letterFileName({ date: '2026-11-09', sequence: 3, lastName: 'Novak', firstName: 'Janez', fullName: 'Janez Novak', kind: 'participant' })).toBe(
      '2026-003_Novak_Janez_participant.pdf',
    )
  })

  it('turns Slovenian and Balkan names into plain ASCII', () => {
    expect(asciiFileNamePart('Đurđa Čeh Šuštarić-Žnidaršič')).toBe('Durda_Ceh_Sustaric-Znidarsic')
    expect(letterFileName({ date: '2026-01-05', sequence: 1234, lastName: 'Ćosić', firstName: 'Žiga', fullName: '', kind: 'home' })).toBe('2026-1234_Cosic_Ziga_home.pdf')
  })

  it('keeps markup and path characters out of a file name', () => {
    const name = letterFileName({ date: '2026-11-09', sequence: 5, lastName: '../../etc/<img src=x onerror=alert(1)>', firstName: null, fullName: 'x', kind: 'host' })
    expect(name).toMatch(/^[A-Za-z0-9_.-]+$/)
    expect(name).not.toContain('..')
    expect(name).toBe('2026-005_etc_img_src_x_onerror_alert_1_host.pdf')
  })

  it('falls back to the full name, then to a placeholder', () => {
    expect(letterFileName({ date: '2026-11-09', sequence: 2, lastName: null, firstName: null, fullName: 'Ana Ščurek', kind: 'host' })).toBe('2026-002_Ana_Scurek_host.pdf')
    expect(letterFileName({ date: '2026-11-09', sequence: 2, lastName: null, firstName: null, fullName: '<>', kind: 'host' })).toBe('2026-002_letter_host.pdf')
  })
})
