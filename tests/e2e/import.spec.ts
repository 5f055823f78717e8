import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, expectAccessible, screenshot, switchLanguage, test } from './fixtures'
import { createOrganisation } from '../../electron/services/partners/organisations'
import { createRound } from '../../electron/services/rounds/rounds'
import { commitImport } from '../../electron/services/import/store/commit'
import { previewForDatabase } from '../../electron/services/import/store/prepare'
import { NOMINATIONS } from '../unit/import/store/world'
import { TAX, xlsxBuffer } from '../unit/import/helpers/workbooks'

test('import nominations: preview, fix a cell, skip a row, import, undo refused then done', async ({ page, desk }) => {
  createOrganisation(desk.ctx, { name: 'Ministrstvo za finance', sector: 'ministry', taxNumber: TAX.ministry } as never)
  createOrganisation(desk.ctx, { name: 'Čebelica d.o.o.', sector: 'company', taxNumber: TAX.company } as never)
  createOrganisation(desk.ctx, { name: 'Društvo Zeleni krog', sector: 'ngo', taxNumber: TAX.ngo } as never)
  createRound(desk.ctx, { name: 'Krog 2026', kind: 'call', startsOn: '2026-01-01', endsOn: '2026-12-31' } as never)
  const file = join(desk.dir, 'prijave.xlsx')
  writeFileSync(file, await xlsxBuffer([{ name: 'Prijave', rows: NOMINATIONS }]))

  await desk.open(page, '/nominations')
  await expect(page.getByRole('heading', { level: 1, name: 'Nominacije' })).toBeVisible()
  await expect(page.getByText('V tem krogu še ni prijav.')).toBeVisible()
  desk.dialogs.nextFile = file
  await page.getByRole('button', { name: 'Izberi datoteko …' }).click()

  await expect(page.getByRole('heading', { name: 'Predogled: prijave.xlsx' })).toBeVisible()
  await expect(page.getByText('Vrstic: 5; za uvoz: 2 (posodobitev: 0), z napako: 2, dvojnikov: 1, izpuščenih: 0.')).toBeVisible()
  await expect(page.getByRole('button', { name: "Vrstica 5, stolpec C: 'jan.kos@' ni veljaven e-poštni naslov." })).toBeVisible()
  await expect(page.getByLabel('Podatek za stolpec C (E-pošta)')).toHaveValue('email')
  await expectAccessible(page)
  await screenshot(page, 'import-preview-sl')

  const phoneColumn = page.getByLabel('Podatek za stolpec D (Telefon)')
  await phoneColumn.selectOption({ label: '— se ne uvozi —' })
  await expect(page.getByRole('columnheader', { name: 'Telefon' })).toHaveCount(0)
  await page.getByLabel('Podatek za stolpec D (Telefon)').selectOption('phone')
  await expect(page.getByRole('columnheader', { name: 'Telefon' })).toBeVisible()
  await expect(page.getByRole('row', { name: /^D Telefon/ }).getByText('vaša izbira')).toBeVisible()

  await page.getByRole('button', { name: 'Uredi e-pošta v vrstici 5: jan.kos@' }).click()
  const editor = page.getByRole('textbox', { name: 'Uredi e-pošta v vrstici 5' })
  await expect(editor).toBeFocused()
  await editor.fill('jan.kos@cebelica.si')
  await page.keyboard.press('Enter')
  await expect(page.locator('tr[data-row="5"]').getByText('V redu')).toBeVisible()
  // The box follows the preview that comes back from main, so it is clicked and then waited for.
  await page.getByRole('checkbox', { name: 'Izpusti vrstico 6' }).click()
  await expect(page.getByRole('checkbox', { name: 'Izpusti vrstico 6' })).toBeChecked()
  await expect(page.getByText('Vrstic: 5; za uvoz: 3 (posodobitev: 0), z napako: 0, dvojnikov: 1, izpuščenih: 1.')).toBeVisible()

  await switchLanguage(page, 'en')
  await expect(page.getByText('5 rows: 3 to import (0 updates), 0 with errors, 1 duplicates, 1 skipped.')).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'import-preview-en')
  await switchLanguage(page, 'sl')

  await page.getByRole('button', { name: 'Uvozi 3 vrstice' }).click()
  await expect(page.getByText('Uvoz prijave.xlsx – uvoženih: 3 (posodobitev: 0), izpuščenih: 1, z napako: 0, dvojnikov: 1.')).toBeVisible()
  const list = page.getByRole('table', { name: 'Prijave v krogu' })
  await expect(list.getByRole('cell', { name: 'Novak', exact: true })).toBeVisible()
  await expect(list.getByRole('cell', { name: 'jan.kos@cebelica.si' })).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'import-history-sl')

  // A placement made from the batch: undo must refuse and say why.
  desk.ctx.conn.sqlite
    .prepare(`INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, starts_on, ends_on)
      SELECT round_id, id, 1, 2, 'ministry', 'company', '2026-03-02', '2026-03-06' FROM nominations ORDER BY id LIMIT 1`)
    .run()
  await page.reload()
  await expect(page.getByText('Uvoza 1 (prijave.xlsx) ni mogoče razveljaviti: za 1 prijavo iz njega je že načrtovana izmenjava.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Razveljavi' })).toHaveCount(0)

  desk.ctx.conn.sqlite.prepare('DELETE FROM placements').run()
  await page.reload()
  await page.getByRole('button', { name: 'Razveljavi uvoz 1 (prijave.xlsx)' }).click()
  await page.getByRole('alertdialog', { name: 'Razveljavim uvoz datoteke prijave.xlsx?' }).getByRole('button', { name: 'Razveljavi uvoz' }).click()
  await expect(page.getByText(/razveljavljen/).first()).toBeVisible()
  await expect(page.getByText('V tem krogu še ni prijav.')).toBeVisible()
})

test('a corrected file shows the changed people as updates to accept or reject', async ({ page, desk }) => {
  createOrganisation(desk.ctx, { name: 'Ministrstvo za finance', sector: 'ministry', taxNumber: TAX.ministry } as never)
  createRound(desk.ctx, { name: 'Krog 2026', kind: 'call', startsOn: '2026-01-01', endsOn: '2026-12-31' } as never)
  const header = ['Ime', 'Priimek', 'E-pošta', 'Telefon', 'Organizacija']
  const first = join(desk.dir, 'prva.xlsx')
  writeFileSync(first, await xlsxBuffer([{ name: 'Prijave', rows: [header, ['Ana', 'Novak', 'ana@mf.si', '041 123 456', 'Ministrstvo za finance'], ['Bor', 'Kralj', 'bor@mf.si', '', 'Ministrstvo za finance']] }]))
  const request = { kind: 'nominations' as const, roundId: 1 }
  const { preview, world } = await previewForDatabase(desk.ctx, { path: first }, request)
  await commitImport(desk.ctx, preview, world, request)
  const second = join(desk.dir, 'popravljena.xlsx')
  writeFileSync(second, await xlsxBuffer([{ name: 'Prijave', rows: [header, ['Ana', 'Novak', 'ana@mf.si', '031 999 888', 'Ministrstvo za finance'], ['Bor', 'Kralj', 'bor@mf.si', '040 111 222', 'Ministrstvo za finance']] }]))

  await desk.open(page, '/nominations')
  desk.dialogs.nextFile = second
  await page.getByRole('button', { name: 'Izberi datoteko …' }).click()
  const updates = page.getByRole('region', { name: 'Posodobitve oseb, ki so že v krogu (2)' })
  await expect(updates.getByText('telefon: +38641123456 → +38631999888')).toBeVisible()
  await updates.getByRole('checkbox', { name: 'Sprejmi spremembo v vrstici 3' }).click()
  await expect(updates.getByRole('checkbox', { name: 'Sprejmi spremembo v vrstici 3' })).not.toBeChecked()
  await expect(page.getByText('Vrstic: 2; za uvoz: 1 (posodobitev: 1), z napako: 0, dvojnikov: 0, izpuščenih: 1.')).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'import-updates-sl')
  await page.getByRole('button', { name: 'Uvozi 1 vrstico' }).click()
  await expect(page.getByText('Uvoz popravljena.xlsx – uvoženih: 1 (posodobitev: 1), izpuščenih: 1, z napako: 0, dvojnikov: 0.')).toBeVisible()
  expect(desk.ctx.conn.sqlite.prepare('SELECT email, phone FROM people ORDER BY id').all()).toEqual([
    { email: 'ana@mf.si', phone: '+38631999888' },
    { email: 'bor@mf.si', phone: null },
  ])
})

test('an unknown organisation is mapped to a partner from the list, another is created in a chosen sector', async ({ page, desk }) => {
  createOrganisation(desk.ctx, { name: 'Ministrstvo za finance', sector: 'ministry', taxNumber: TAX.ministry } as never)
  createOrganisation(desk.ctx, { name: 'Čebelica d.o.o.', sector: 'company', taxNumber: TAX.company } as never)
  createOrganisation(desk.ctx, { name: 'Društvo Zeleni krog', sector: 'ngo', taxNumber: TAX.ngo } as never)
  createRound(desk.ctx, { name: 'Krog 2026', kind: 'call', startsOn: '2026-01-01', endsOn: '2026-12-31' } as never)
  const header = ['Ime', 'Priimek', 'E-pošta', 'Organizacija']
  const file = join(desk.dir, 'prijave.xlsx')
  writeFileSync(file, await xlsxBuffer([{ name: 'Prijave', rows: [header, ['Ana', 'Novak', 'ana@mf.si', 'MF finance'], ['Bor', 'Kralj', 'bor@mf.si', 'MF finance'], ['Eva', 'Zupan', 'eva@zavod.si', 'Zavod Novi']] }]))

  await desk.open(page, '/nominations')
  desk.dialogs.nextFile = file
  await page.getByRole('button', { name: 'Izberi datoteko …' }).click()
  const unknown = page.getByRole('region', { name: 'Neznane organizacije' })
  await expect(unknown.getByText('MF finance (2 vrstici)')).toBeVisible()
  await expect(page.getByText('Vrstic: 3; za uvoz: 0 (posodobitev: 0), z napako: 3, dvojnikov: 0, izpuščenih: 0.')).toBeVisible()

  // Mapped from the keyboard: type to search the partner list, pick with the arrow keys and Enter.
  const mf = unknown.getByRole('group', { name: 'MF finance (2 vrstici)' })
  const combo = mf.getByRole('combobox', { name: 'Obstoječi partner za »MF finance«' })
  await combo.focus()
  await page.keyboard.type('finan')
  await expect(page.getByRole('option', { name: 'Ministrstvo za finance' })).toBeVisible()
  await expect(page.getByRole('option', { name: 'Čebelica d.o.o.' })).toHaveCount(0)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(mf.getByText('Povezano s partnerjem Ministrstvo za finance.')).toBeVisible()
  await expect(combo).toHaveValue('Ministrstvo za finance')

  const zavod = unknown.getByRole('group', { name: 'Zavod Novi (1 vrstica)' })
  await zavod.getByLabel('Sektor nove organizacije »Zavod Novi«').selectOption({ label: 'Nevladna organizacija' })
  await zavod.getByRole('button', { name: 'Dodaj kot novega partnerja' }).click()
  await expect(zavod.getByText('Ob uvozu bo dodana kot nov partner (Nevladna organizacija).')).toBeVisible()
  await expect(page.getByText('Vrstic: 3; za uvoz: 3 (posodobitev: 0), z napako: 0, dvojnikov: 0, izpuščenih: 0.')).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'import-unknown-organisations-sl')
  await switchLanguage(page, 'en')
  await expect(page.getByRole('region', { name: 'Unknown organisations' }).getByText('Mapped to the partner Ministrstvo za finance.')).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'import-unknown-organisations-en')
  await switchLanguage(page, 'sl')

  await page.getByRole('button', { name: 'Uvozi 3 vrstice' }).click()
  await expect(page.getByText(/Uvoz prijave\.xlsx – uvoženih: 3/)).toBeVisible()
  expect(desk.ctx.conn.sqlite.prepare('SELECT p.email, o.name, o.sector FROM people p JOIN organisations o ON o.id = p.organisation_id ORDER BY p.id').all()).toEqual([
    { email: 'ana@mf.si', name: 'Ministrstvo za finance', sector: 'ministry' },
    { email: 'bor@mf.si', name: 'Ministrstvo za finance', sector: 'ministry' },
    { email: 'eva@zavod.si', name: 'Zavod Novi', sector: 'ngo' },
  ])

  // The next file with that spelling matches without asking.
  const next = join(desk.dir, 'druga.xlsx')
  writeFileSync(next, await xlsxBuffer([{ name: 'Prijave', rows: [header, ['Jan', 'Kos', 'jan@mf.si', 'MF finance']] }]))
  desk.dialogs.nextFile = next
  await page.getByRole('button', { name: 'Izberi datoteko …' }).click()
  await expect(page.getByText('Vrstic: 1; za uvoz: 1 (posodobitev: 0), z napako: 0, dvojnikov: 0, izpuščenih: 0.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Neznane organizacije' })).toHaveCount(0)
})

/** Drops a file on the zone as the system does: a DataTransfer holding a File, dispatched as dragover then drop. */
async function dropFile(page: import('@playwright/test').Page, name: string, bytes: Buffer) {
  const transfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      // The renderer's DataTransfer: the e2e files are typed without the DOM library.
      const { DataTransfer: Transfer } = globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } }
      const dt = new Transfer()
      dt.items.add(new File([data], name))
      return dt
    },
    { name, base64: bytes.toString('base64') },
  )
  const zone = page.getByTestId('drop-zone')
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer })
  await zone.dispatchEvent('dragover', { dataTransfer: transfer })
  await expect(zone).toHaveClass(/drop-zone--over/)
  await zone.dispatchEvent('drop', { dataTransfer: transfer })
}

test('a file dropped on the import screen is previewed; a file that is no spreadsheet gets one message', async ({ page, desk }) => {
  createOrganisation(desk.ctx, { name: 'Ministrstvo za finance', sector: 'ministry', taxNumber: TAX.ministry } as never)
  createOrganisation(desk.ctx, { name: 'Čebelica d.o.o.', sector: 'company', taxNumber: TAX.company } as never)
  createOrganisation(desk.ctx, { name: 'Društvo Zeleni krog', sector: 'ngo', taxNumber: TAX.ngo } as never)
  createRound(desk.ctx, { name: 'Krog 2026', kind: 'call', startsOn: '2026-01-01', endsOn: '2026-12-31' } as never)
  await desk.open(page, '/nominations')

  await dropFile(page, 'dopis.docx', Buffer.from('PK\u0003\u0004 to ni preglednica'))
  await expect(page.getByRole('alert')).toContainText('dopis.docx')
  await expect(page.getByTestId('drop-zone')).not.toHaveClass(/drop-zone--over/)
  expect(desk.ctx.conn.sqlite.prepare('SELECT COUNT(*) AS n FROM people').get()).toEqual({ n: 0 })

  await dropFile(page, 'prijave.xlsx', Buffer.from(await xlsxBuffer([{ name: 'Prijave', rows: NOMINATIONS }])))
  await expect(page.getByRole('heading', { name: 'Predogled: prijave.xlsx' })).toBeVisible()
  await expect(page.getByText('Vrstic: 5; za uvoz: 2 (posodobitev: 0), z napako: 2, dvojnikov: 1, izpuščenih: 0.')).toBeVisible()
  await expectAccessible(page)
})
