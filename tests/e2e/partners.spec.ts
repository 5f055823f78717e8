import { expect, expectAccessible, screenshot, switchLanguage, test } from './fixtures'
import { PartnersPage } from './pages/PartnersPage'
import { createOrganisation } from '../../electron/services/partners/organisations'
import { slSortKey } from '../../shared/text'
import { tabTo } from './keyboard'

test('add an organisation with the keyboard, find it without diacritics, edit and deactivate it', async ({ page, desk }) => {
  createOrganisation(desk.ctx, { name: 'Ministrstvo za javno upravo', sector: 'ministry', taxNumber: '84867744' })
  await desk.open(page, '/partners')
  const partners = new PartnersPage(page)
  const taxNumber = partners.dialog().getByLabel('Davčna številka', { exact: true })

  await tabTo(page, page.getByRole('button', { name: 'Nova organizacija' }))
  await page.keyboard.press('Enter')
  await expect(partners.dialog().getByLabel('Ime', { exact: true })).toBeFocused()
  await page.keyboard.type('Železniško transportna družba d.o.o.')
  await tabTo(page, partners.dialog().getByLabel('Sektor'))
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(partners.dialog().getByLabel('Sektor')).toHaveValue('company')
  await tabTo(page, taxNumber)
  await page.keyboard.type('12345678')
  await page.keyboard.press('Enter')
  await expect(partners.dialog().getByText('Davčna številka ni veljavna')).toBeVisible()
  await taxNumber.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('84867744')
  await page.keyboard.press('Enter')
  await expect(partners.dialog().getByText('To davčno številko že ima Ministrstvo za javno upravo.')).toBeVisible()
  await taxNumber.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await tabTo(page, partners.dialog().getByLabel('Kraj', { exact: true }))
  await page.keyboard.type('Maribor')
  await page.keyboard.press('Enter')
  await expect(partners.dialog()).toBeHidden()
  await expect(partners.detail().getByRole('heading', { name: 'Železniško transportna družba d.o.o.' })).toBeVisible()

  await tabTo(page, partners.searchBox())
  await page.keyboard.type('zelezn')
  await expect(partners.rowLink('Železniško transportna družba d.o.o.')).toBeVisible()
  await expect(partners.rowLink('Ministrstvo za javno upravo')).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: '1 organizacija' })).toBeVisible()

  await tabTo(page, partners.detail().getByRole('button', { name: 'Uredi' }))
  await page.keyboard.press('Enter')
  await expect(partners.dialog().getByLabel('Ime', { exact: true })).toBeFocused()
  await page.keyboard.press('End')
  for (let i = 0; i < 'd.o.o.'.length; i++) await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('Maribor ')
  await page.keyboard.press('Enter')
  await expect(partners.detail().getByRole('heading', { name: 'Železniško transportna družba Maribor d.o.o.' })).toBeVisible()

  await tabTo(page, partners.detail().getByRole('button', { name: 'Deaktiviraj' }))
  await page.keyboard.press('Enter')
  await expect(partners.detail().getByText('Nekdanja')).toBeVisible()
  await expect(partners.detail().getByRole('button', { name: 'Ponovno aktiviraj' })).toBeVisible()
  await screenshot(page, 'partners-detail-sl')
})

test('5,000 organisations scroll in a virtualised list', async ({ page, desk }) => {
  const insert = desk.ctx.conn.sqlite.prepare("INSERT INTO organisations (name, sector, sort_key, search_key, search_text) VALUES (?, 'company', ?, ?, ?)")
  desk.ctx.conn.sqlite.transaction(() => {
    for (let i = 0; i < 5000; i++) {
      const name = `Podjetje ${String(i).padStart(4, '0')}`
      insert.run(name, slSortKey(name), name.toLowerCase(), name.toLowerCase())
    }
  })()
  await desk.open(page, '/partners')
  await expect(page.getByRole('status').filter({ hasText: '5000 organizacij' })).toBeVisible()
  expect(await page.locator('tbody tr').count()).toBeLessThan(80)
  await page.locator('.grid__scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect(page.getByRole('button', { name: 'Podjetje 4999' })).toBeVisible()
  expect(await page.locator('tbody tr').count()).toBeLessThan(80)
})

test('a near-identical name is flagged before a duplicate is created', async ({ page, desk }) => {
  createOrganisation(desk.ctx, { name: 'Čebelarstvo Žužemberk d.o.o.', sector: 'company' })
  await desk.open(page, '/partners')
  const partners = new PartnersPage(page)
  await page.getByRole('button', { name: 'Nova organizacija' }).click()
  await partners.fillForm({ name: 'CEBELARSTVO ZUZEMBERK d.d.', sector: 'Podjetje' })
  await page.keyboard.press('Enter')
  await expect(partners.dialog().getByText('Ta organizacija je morda že vpisana')).toBeVisible()
  await expect(partners.dialog().getByText(/Čebelarstvo Žužemberk d\.o\.o\. \(skoraj enako ime\)/)).toBeVisible()
  await screenshot(page, 'partners-duplicate-sl')
  await partners.dialog().getByRole('button', { name: 'Prekliči' }).click()
  await partners.search('')
  await expect(page.getByRole('status').filter({ hasText: '1 organizacija' })).toBeVisible()
})

test('partners screen in both languages: Slovenian order, accessible, screenshots', async ({ page, desk }) => {
  for (const [name, sector] of [['Zavod Zebra', 'ngo'], ['Čarobni les d.o.o.', 'company'], ['Cvetličarna Cilka s.p.', 'company'], ['Šola vožnje Sova', 'company'], ['Žito d.d.', 'company']] as const)
    createOrganisation(desk.ctx, { name, sector })
  await desk.open(page, '/partners')
  const names = page.getByRole('table').getByRole('button').filter({ hasNotText: /Ime|Sektor|Kraj|Partner|Stanje/ })
  await expect(names).toHaveText(['Cvetličarna Cilka s.p.', 'Čarobni les d.o.o.', 'Šola vožnje Sova', 'Zavod Zebra', 'Žito d.d.'])
  await expectAccessible(page)
  await screenshot(page, 'partners-list-sl')
  await switchLanguage(page, 'en')
  await expect(page.getByRole('heading', { name: 'Partner organisations' })).toBeVisible()
  await page.getByRole('table').getByRole('button', { name: 'Zavod Zebra' }).click()
  await expect(page.getByRole('complementary').getByText('NGO')).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'partners-list-en')
})
