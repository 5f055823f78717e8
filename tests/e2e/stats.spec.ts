import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { loadDemo } from '../../electron/services/demo/load'
import { getStatistics } from '../../electron/services/stats/statistics'
import { readWorkbook, shown } from '../unit/stats/readBack'
import { expect, expectAccessible, screenshot, switchLanguage, test } from './fixtures'
import { tabTo } from './keyboard'

const card = (page: import('@playwright/test').Page, label: string) => page.locator('.stats-card').filter({ has: page.locator('.stats-card__label', { hasText: new RegExp(`^${label}$`) }) }).locator('.stats-card__value')

test('the statistics of the demo programme: a year, the growth since the pilot, a round, both languages, export', async ({ page, desk }) => {
  loadDemo(desk.ctx)
  const thisYear = new Date().getFullYear()
  const expected = getStatistics(desk.ctx.conn, { year: thisYear })
  await desk.open(page, '/statistics')
  await expect(page.getByRole('heading', { level: 1, name: 'Statistika' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: `Leto ${thisYear}` })).toBeVisible()
  await expect(card(page, 'Udeleženci')).toHaveText(String(expected.participants.total))
  await expect(card(page, 'Sodelujoče organizacije')).toHaveText(String(expected.organisations.total))
  await expectAccessible(page)
  await screenshot(page, 'stats-year-sl')

  // The published story: five-fold growth in the three years after the 2015 pilot.
  await page.getByRole('radio', { name: 'Obdobje let' }).check()
  await page.getByLabel('Od leta').selectOption('2015')
  await page.getByLabel('Do leta').selectOption('2018')
  await expect(page.getByRole('heading', { level: 2, name: 'Obdobje 2015–2018' })).toBeVisible()
  await expect(page.getByText('Udeležencev je bilo leta 2018 135, v pilotnem letu 2015 27: faktor rasti 5,0 ×.')).toBeVisible()
  const growth = page.locator('.table-wide table').filter({ has: page.locator('caption', { hasText: 'Rast od pilotnega leta 2015' }) })
  await expect(growth.getByRole('row', { name: /^2015 5 30 0 36 27 1,0 ×$/ })).toBeVisible()
  await expect(growth.getByRole('row', { name: /^2018 8 46 0 \d+ 135 5,0 ×$/ })).toBeVisible()
  await expect(card(page, 'Načrtovani osebodnevi')).toHaveText(/^\d\.\d{3}$/)

  // The direction chart as a table, by keyboard; its rows add up to the participants.
  const directions = page.locator('figure').filter({ hasText: 'Po smeri izmenjave' })
  const toggle = directions.getByRole('button', { name: 'Prikaži kot tabelo' })
  await tabTo(page, toggle)
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(directions.getByRole('row', { name: /Javni → zasebni sektor \d+/ })).toBeVisible()
  await expect(directions.locator('tfoot')).toContainText('322')
  await expectAccessible(page)
  await screenshot(page, 'stats-growth-sl')

  // Years backwards: said at the field, nothing asked.
  await page.getByLabel('Do leta').selectOption('2016')
  await page.getByLabel('Od leta').selectOption('2020')
  await expect(page.getByRole('alert').filter({ hasText: 'Začetno leto 2020 je za končnim letom 2016.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Izvozi v Excel' })).toBeDisabled()

  await page.getByRole('radio', { name: 'Krog' }).check()
  await page.getByLabel('Izbrani krog').selectOption({ label: 'Partnerstvo za spremembe 2015 (pilot)' })
  await expect(page.getByRole('heading', { level: 2, name: /Krog „Partnerstvo za spremembe 2015 \(pilot\)“/ })).toBeVisible()
  await expect(card(page, 'Udeleženci')).toHaveText('27')

  // Export with personal data: warned first, then written where the save dialog says.
  const file = join(desk.dir, 'statistika.xlsx')
  desk.dialogs.nextSaveFile = file
  await page.getByRole('button', { name: 'Izvozi v Excel' }).click()
  const dialog = page.getByRole('dialog', { name: 'Izvoz statistike v Excel' })
  await dialog.getByLabel('Vključi osebne podatke udeležencev').check()
  await expect(dialog.getByRole('alert')).toContainText('imena, e-naslove')
  await expectAccessible(page)
  await screenshot(page, 'stats-export-sl')
  await dialog.getByRole('button', { name: 'Izberi datoteko in izvozi' }).click()
  await expect(page.getByText(`Statistika je shranjena v ${file}.`)).toBeVisible()
  expect(existsSync(file)).toBe(true)
  const book = await readWorkbook(file)
  const values = new Map<string, unknown>()
  book.getWorksheet('Povzetek')!.eachRow((row) => values.set(String(shown(row.getCell(1))), shown(row.getCell(2))))
  expect(values.get('Udeleženci')).toBe(27)
  expect(book.getWorksheet('Izmenjave')).toBeDefined()

  await switchLanguage(page, 'en')
  await page.getByRole('radio', { name: 'Range of years' }).check()
  await page.getByLabel('From year').selectOption('2015')
  await page.getByLabel('To year').selectOption(String(thisYear))
  await expect(page.getByRole('heading', { level: 2, name: `Years 2015–${thisYear}` })).toBeVisible()
  await expect(page.locator('.table-wide table').last().getByRole('row', { name: /^2018 8 46 0 \d+ 135 5\.0 ×$/ })).toBeVisible()
  await expect(card(page, 'Participants')).toHaveText(String(getStatistics(desk.ctx.conn, { from: 2015, to: thisYear }).participants.total))
  await expectAccessible(page)
  await screenshot(page, 'stats-range-en')
})
