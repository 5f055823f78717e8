import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, expectAccessible, screenshot, switchLanguage, test, type Desk } from './fixtures'
import { createOrganisation } from '../../electron/services/partners/organisations'
import { createRound } from '../../electron/services/rounds/rounds'
import { TAX, xlsxBuffer } from '../unit/import/helpers/workbooks'

/** A ministry's file as it came in: three people and no consent column. */
const MINISTRY_FILE = [
  ['Ime', 'Priimek', 'E-pošta', 'Organizacija', 'Davčna številka'],
  ['Ana', 'Novak', 'ana.novak@mf.si', 'Ministrstvo za finance', TAX.ministry],
  ['Bor', 'Kralj', 'bor.kralj@mf.si', 'Ministrstvo za finance', TAX.ministry],
  ['Cvetka', 'Lah', 'cvetka.lah@mf.si', 'Ministrstvo za finance', TAX.ministry],
]

/** As in letters.spec: axe cannot run inside the letter preview's sandboxed frame, so it checks the page around it. */
async function expectLettersAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ iframes: false }).exclude('.letter-frame__sheet').analyze()
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
}

async function seed(desk: Desk): Promise<string> {
  createOrganisation(desk.ctx, { name: 'Ministrstvo za finance', sector: 'ministry', taxNumber: TAX.ministry } as never)
  createOrganisation(desk.ctx, { name: 'Čebelica d.o.o.', sector: 'company', taxNumber: TAX.company } as never)
  createRound(desk.ctx, { name: 'Krog 2026', kind: 'call', startsOn: '2026-01-01', endsOn: '2026-12-31' } as never)
  const file = join(desk.dir, 'ministrstvo.xlsx')
  writeFileSync(file, await xlsxBuffer([{ name: 'Prijave', rows: MINISTRY_FILE }]))
  return file
}

const todayIso = () => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

const todaySl = () => {
  const d = new Date()
  return `${d.getDate()}. ${d.getMonth() + 1}. ${d.getFullYear()}`
}

test('a file without consent is warned about; consent recorded for selected nominations; Letters counts them and links to the rest', async ({ page, desk }) => {
  const file = await seed(desk)
  await desk.open(page, '/nominations')
  desk.dialogs.nextFile = file
  await page.getByRole('button', { name: 'Izberi datoteko …' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Preden uvozite: datoteka nima stolpca s soglasjem, zato nobena od teh 3 oseb ne more prejeti pisma' })).toBeVisible()
  await screenshot(page, 'consent-import-warning-sl')
  await page.getByRole('button', { name: 'Uvozi 3 vrstice' }).click()
  await expect(page.getByText(/^Uvoz ministrstvo.xlsx – uvoženih: 3/)).toBeVisible()
  const list = page.getByRole('table', { name: 'Prijave v krogu' })
  await expect(list.getByText('ni soglasja')).toHaveCount(3)

  // All, then one taken out: two chosen, recorded by keyboard in the dialog.
  await page.getByRole('checkbox', { name: 'Izberi vse prikazane prijave' }).check()
  await expect(page.getByText('Izbranih: 3')).toBeVisible()
  await page.getByRole('checkbox', { name: 'Izberi: Cvetka Lah' }).uncheck()
  await expect(page.getByText('Izbranih: 2')).toBeVisible()
  await page.getByRole('button', { name: 'Zabeleži soglasje' }).click()
  const dialog = page.getByRole('dialog', { name: 'Soglasje prejeto – 2 prijavi' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Za: Bor Kralj, Ana Novak')).toBeVisible()
  await dialog.getByLabel('Datum prejema').fill('2999-01-01')
  await dialog.getByRole('button', { name: 'Zabeleži' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Datum 1. 1. 2999 je v prihodnosti')
  await dialog.getByLabel('Datum prejema').fill(todayIso())
  await dialog.getByLabel('Kako je prispelo').selectOption('email')
  await expectAccessible(page)
  await screenshot(page, 'consent-dialog-sl')
  await dialog.getByLabel('Datum prejema').press('Enter')
  await expect(dialog).toHaveCount(0)
  // The consent's banner replaces the import's.
  await expect(page.getByText(/^Soglasje zabeleženo kot dano .*: 2 prijavi, že prej tako: 0\.$/)).toBeVisible()
  await expect(page.getByText(/^Uvoz ministrstvo.xlsx/)).toHaveCount(0)
  await expect(list.getByText(`dano ${todaySl()} · e-pošta`)).toHaveCount(2)
  await expect(list.getByText('ni soglasja')).toHaveCount(1)
  await expectAccessible(page)
  await screenshot(page, 'consent-list-sl')

  // Confirmed placements for all three: Letters counts the two with consent and links to the third.
  desk.ctx.conn.sqlite
    .prepare(`INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, starts_on, ends_on, status)
      SELECT round_id, id, 1, 2, 'ministry', 'company', '2027-03-01', '2027-03-05', 'confirmed' FROM nominations`)
    .run()
  await page.getByRole('link', { name: 'Pisma' }).click()
  await expect(page.getByRole('button', { name: 'Pripravi in shrani PDF (6 pisem)' })).toBeVisible()
  await expect(page.getByText('1 potrjena izmenjava je brez soglasja udeleženca; pisma zanjo ni mogoče izdati.')).toBeVisible()
  await expectLettersAccessible(page)
  await screenshot(page, 'consent-letters-sl')
  await page.getByRole('link', { name: 'Zabeleži soglasje pri prijavah' }).click()
  await expect(page.getByLabel('Prikaži')).toHaveValue('none')
  await expect(list.getByRole('row')).toHaveCount(2)
  await list.getByRole('button', { name: /^Soglasje za Cvetka Lah/ }).click()
  await page.getByRole('dialog', { name: 'Soglasje prejeto – 1 prijava' }).getByRole('button', { name: 'Zabeleži' }).click()
  await expect(page.getByText(/^Soglasje zabeleženo kot dano .*: 1 prijava, že prej tako: 0\.$/)).toBeVisible()
  await expect(page.getByText('V tem krogu še ni prijav.')).toBeVisible()
  await page.getByRole('link', { name: 'Pisma' }).click()
  await expect(page.getByRole('button', { name: 'Pripravi in shrani PDF (9 pisem)' })).toBeVisible()
  await expect(page.getByText(/brez soglasja udeleženca/)).toHaveCount(0)

  // Withdrawn again: the letters screen leaves her out at once.
  await desk.open(page, '/nominations?round=1')
  await page.getByRole('button', { name: /^Soglasje za Cvetka Lah/ }).click()
  const withdraw = page.getByRole('dialog', { name: 'Preklic soglasja – 1 prijava' })
  await expect(withdraw.getByText('Od tega dne pisma tem osebam ne bodo več izdana.')).toBeVisible()
  await withdraw.getByRole('button', { name: 'Zabeleži' }).click()
  await expect(list.getByText(`preklicano ${todaySl()}`)).toBeVisible()

  await switchLanguage(page, 'en')
  await expect(page.getByRole('table', { name: 'Nominations in the round' }).getByText(/^withdrawn /)).toBeVisible()
  await page.getByRole('checkbox', { name: 'Select all nominations shown' }).check()
  await page.getByRole('button', { name: 'Withdraw consent' }).click()
  await expect(page.getByRole('dialog', { name: 'Consent withdrawn – 3 nominations' })).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'consent-dialog-en')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await screenshot(page, 'consent-list-en')
  await page.getByRole('link', { name: 'Letters' }).click()
  await expect(page.getByText('1 confirmed placement has no consent from the participant; no letter can be issued for it.')).toBeVisible()
  await screenshot(page, 'consent-letters-en')
})

test('undo of an import asks first, naming the file and count; its banner replaces the import banner', async ({ page, desk }) => {
  const file = await seed(desk)
  await desk.open(page, '/nominations')
  desk.dialogs.nextFile = file
  await page.getByRole('button', { name: 'Izberi datoteko …' }).click()
  await page.getByRole('button', { name: 'Uvozi 3 vrstice' }).click()
  await expect(page.getByText(/^Uvoz ministrstvo.xlsx – uvoženih: 3/)).toBeVisible()

  await page.getByRole('button', { name: 'Razveljavi uvoz 1 (ministrstvo.xlsx)' }).click()
  const ask = page.getByRole('alertdialog', { name: 'Razveljavim uvoz datoteke ministrstvo.xlsx?' })
  await expect(ask.getByText('Iz kroga bodo odstranjene 3 prijave iz datoteke ministrstvo.xlsx (uvoz 1), skupaj z osebami in organizacijami, ki jih je ta uvoz dodal.')).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'undo-confirm-sl')
  await ask.getByRole('button', { name: 'Prekliči' }).click()
  await expect(ask).toHaveCount(0)
  expect((desk.ctx.conn.sqlite.prepare('SELECT count(*) AS n FROM nominations').get() as { n: number }).n).toBe(3)

  await switchLanguage(page, 'en')
  await page.getByRole('button', { name: 'Undo import 1 (ministrstvo.xlsx)' }).click()
  const askEn = page.getByRole('alertdialog', { name: 'Undo the import of ministrstvo.xlsx?' })
  await expect(askEn.getByText('3 nominations from ministrstvo.xlsx (import 1) will be removed from the round')).toBeVisible()
  await screenshot(page, 'undo-confirm-en')
  await askEn.getByRole('button', { name: 'Undo import' }).click()
  await expect(askEn).toHaveCount(0)
  await expect(page.getByText('Import 1 (ministrstvo.xlsx) was undone. Removed: 3 nominations, 3 people, 0 organisations; earlier data restored: 0.')).toBeVisible()
  await expect(page.getByText(/^Import of ministrstvo.xlsx/)).toHaveCount(0)
  await expect(page.getByText(/^Uvoz ministrstvo.xlsx/)).toHaveCount(0)
  expect((desk.ctx.conn.sqlite.prepare('SELECT count(*) AS n FROM nominations').get() as { n: number }).n).toBe(0)
  await screenshot(page, 'undo-done-en')
})
