import { describe, expect, it } from 'vitest'
import { previewImportBytes } from '../../../electron/services/import/preview'
import { setRowSkipped, updateCell } from '../../../electron/services/import/revalidate'
import { nominationsProfile } from '../../../shared/import/profiles'
import { allMessages } from './helpers/messages'
import { NOMINATION_HEADER, TAX, xlsxBuffer, type CellSpec } from './helpers/workbooks'

const person = (first: string, email: string, consent?: string): CellSpec[] => [first, 'Novak', email, 'Ministrstvo za finance', TAX.ministry, '', '', ...(consent === undefined ? [] : [consent])]

async function preview(rows: CellSpec[][], header: CellSpec[]) {
  return previewImportBytes(await xlsxBuffer([{ name: 'Prijave', rows: [header, ...rows] }]), 'prijave.xlsx', nominationsProfile)
}

const consentNotices = (p: Awaited<ReturnType<typeof preview>>, lang: 'sl' | 'en' = 'sl') => allMessages(p, lang).filter((m) => m.includes('soglas') || m.includes('consent'))

describe('the preview warns about people it leaves without consent', () => {
  it('a file without a consent column: every person it imports, counted again when a row is skipped', async () => {
    const rows = ['Ana', 'Bor', 'Cene', 'Darja', 'Eva'].map((n) => person(n, `${n.toLowerCase()}@gov.si`))
    const result = await preview(rows, NOMINATION_HEADER)
    expect(consentNotices(result)).toEqual(['List Prijave: datoteka nima stolpca s soglasjem, zato nobena od teh 5 oseb ne more prejeti pisma, dokler soglasje ni zabeleženo.'])
    const skipped = setRowSkipped(setRowSkipped(result, 2, true), 3, true)
    expect(consentNotices(skipped)).toEqual(['List Prijave: datoteka nima stolpca s soglasjem, zato nobena od teh 3 oseb ne more prejeti pisma, dokler soglasje ni zabeleženo.'])
    const one = setRowSkipped(setRowSkipped(skipped, 4, true), 5, true)
    expect(consentNotices(one)).toEqual(['List Prijave: datoteka nima stolpca s soglasjem, zato 1 oseba iz nje ne more prejeti pisma, dokler soglasje ni zabeleženo.'])
    expect(consentNotices(setRowSkipped(one, 6, true))).toEqual([])
  })

  it('a consent column that says no or nothing for some: their count, following a corrected cell', async () => {
    const header = [...NOMINATION_HEADER, 'Soglasje']
    const result = await preview([person('Ana', 'ana@gov.si', 'da'), person('Bor', 'bor@gov.si', 'ne'), person('Cene', 'cene@gov.si', ''), person('Darja', 'darja@gov.si', 'ne')], header)
    expect(consentNotices(result)).toEqual(['List Prijave: v stolpcu s soglasjem imajo 3 osebe vpisano „ne“ ali nič: pismo bo mogoče izdati šele, ko bo soglasje zabeleženo.'])
    expect(consentNotices(result, 'en')).toEqual(['Sheet Prijave: 3 people have “no” or nothing in the consent column: no letter can be issued to them until consent is recorded.'])
    const fixed = updateCell(updateCell(result, { row: 3, field: 'consent', text: 'da' }), { row: 4, field: 'consent', text: 'da' })
    expect(consentNotices(fixed)).toEqual(['List Prijave: v stolpcu s soglasjem ima 1 oseba vpisano „ne“ ali nič: pismo bo mogoče izdati šele, ko bo soglasje zabeleženo.'])
    expect(consentNotices(updateCell(fixed, { row: 5, field: 'consent', text: 'da' }))).toEqual([])
  })
})
