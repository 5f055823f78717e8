import { describe, expect, it } from 'vitest'
import { previewImportBytes } from '../../../electron/services/import/preview'
import { setRowSkipped, updateCell } from '../../../electron/services/import/revalidate'
import { nominationsProfile } from '../../../shared/import/profiles'
import { errorMessage, rowMessages } from './helpers/messages'
import { NOMINATION_HEADER, TAX, xlsxBuffer } from './helpers/workbooks'

async function sample() {
  const rows = [
    ['Ana', 'Novak', 'ana@gov.si', 'MF', TAX.ministry, '2. 3. 2026', '13. 3. 2026'],
    ['Jan', 'Kos', 'jan.kos@', 'MF', TAX.ministry, '20. 3. 2026', '13. 3. 2026'],
    ['Eva', 'Zupan', 'eva@gov.si', 'MF', TAX.ministry, '2. 3. 2026', '13. 3. 2026'],
  ]
  return previewImportBytes(await xlsxBuffer([{ name: 'Prijave', rows: [NOMINATION_HEADER, ...rows] }]), 'prijave.xlsx', nominationsProfile)
}

describe('fixing the preview in place', () => {
  it('a corrected cell is read again and its row checked again', async () => {
    const before = await sample()
    expect(rowMessages(before)).toEqual([
      "Vrstica 3, stolpec C: 'jan.kos@' ni veljaven e-poštni naslov.",
      'Vrstica 3, stolpec G: začetek (20. 3. 2026) je za koncem (13. 3. 2026).',
    ])
    const fixedEmail = updateCell(before, { row: 3, field: 'email', text: 'jan.kos@gov.si' })
    expect(rowMessages(fixedEmail)).toEqual(['Vrstica 3, stolpec G: začetek (20. 3. 2026) je za koncem (13. 3. 2026).'])
    const fixed = updateCell(fixedEmail, { row: 3, field: 'availableTo', text: '27. marca 2026' })
    expect(rowMessages(fixed)).toEqual([])
    expect(fixed.rows[1]).toMatchObject({ status: 'ok', key: 'email:jan.kos@gov.si', values: { email: 'jan.kos@gov.si', availableTo: '2026-03-27' }, source: { availableTo: '27. marca 2026' } })
    expect(fixed.counts).toMatchObject({ valid: 3, invalid: 0 })
    expect(before.counts).toMatchObject({ valid: 2, invalid: 1 })
  })

  it('an edit that makes a row repeat another marks it as a duplicate, and undoing the edit clears it', async () => {
    const before = await sample()
    const same = updateCell(before, { row: 4, field: 'email', text: 'ANA@gov.si' })
    expect(same.rows.map((r) => r.status)).toEqual(['ok', 'error', 'duplicate'])
    expect(rowMessages(same, 'en')).toContain('Row 4, column C: the same person is already in row 2; this row will not be imported.')
    const back = updateCell(same, { row: 4, field: 'email', text: 'eva@gov.si' })
    expect(back.rows.map((r) => r.status)).toEqual(['ok', 'error', 'ok'])
  })

  it('a skipped row is left out of the counts and of duplicate checks', async () => {
    const before = await sample()
    const skipped = setRowSkipped(before, 3, true)
    expect(skipped.counts).toMatchObject({ rows: 3, skipped: 1, valid: 2, invalid: 0 })
    expect(setRowSkipped(skipped, 3, false).counts).toMatchObject({ skipped: 0, invalid: 1 })
  })

  it('refuses rows and fields the preview does not have', async () => {
    const before = await sample()
    expect(errorMessage(catchError(() => updateCell(before, { row: 99, field: 'email', text: 'x' })))).toBe('Vrstice 99 ni v predogledu.')
    expect(errorMessage(catchError(() => updateCell(before, { row: 2, field: 'phone', text: 'x' })), 'en')).toBe('No column is linked to phone.')
  })
})

function catchError(f: () => unknown): unknown {
  try {
    f()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}
