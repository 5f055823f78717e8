import { afterEach, describe, expect, it } from 'vitest'
import type { ImportProblem } from '../../../shared/import/types'
import { say } from './helpers/messages'

const dateOrder = (row: number): ImportProblem => ({
  sheet: 'Prijave', row, column: 'I', field: 'availableFrom', code: 'date_order', severity: 'error', params: { from: '2026-11-22', to: '2026-11-02' },
})

const RealDateTimeFormat = Intl.DateTimeFormat

afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat
})

describe('problem messages', () => {
  it('write dates as the user writes them, in each language', () => {
    expect(say(dateOrder(14), 'sl')).toBe('Vrstica 14, stolpec I: začetek (22. 11. 2026) je za koncem (2. 11. 2026).')
    expect(say(dateOrder(14), 'en')).toBe('Row 14, column I: the start (22/11/2026) is after the end (02/11/2026).')
  })

  it('build one date formatter per language, not one per message (a 10,000-row file spent 2.4 s on them)', () => {
    let built = 0
    Intl.DateTimeFormat = new Proxy(RealDateTimeFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built++
        return new target(...args)
      },
    })
    const messages = Array.from({ length: 200 }, (_, i) => say(dateOrder(i + 2), i % 2 ? 'sl' : 'en'))
    expect(messages[1]).toBe('Vrstica 3, stolpec I: začetek (22. 11. 2026) je za koncem (2. 11. 2026).')
    expect(built).toBeLessThanOrEqual(2)
  })
})
