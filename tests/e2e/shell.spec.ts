import { expect, expectAccessible, screenshot, switchLanguage, test } from './fixtures'
import { tabTo } from './keyboard'

const SCREENS = [
  { path: '/partners', sl: 'Partnerji', en: 'Partners' },
  { path: '/nominations', sl: 'Nominacije', en: 'Nominations' },
  { path: '/rounds', sl: 'Krogi', en: 'Rounds' },
  { path: '/letters', sl: 'Pisma', en: 'Letters' },
  { path: '/statistics', sl: 'Statistika', en: 'Statistics' },
  { path: '/settings', sl: 'Nastavitve', en: 'Settings' },
]

test('every screen is reachable from the navigation by keyboard, accessible, in both languages', async ({ page, desk }) => {
  await desk.open(page, '/partners')
  await page.getByRole('button', { name: 'Začni s prazno bazo' }).click()
  for (const lang of ['sl', 'en'] as const) {
    if (lang === 'en') await switchLanguage(page, 'en')
    for (const screen of SCREENS) {
      const link = page.getByRole('navigation').getByRole('link', { name: screen[lang] })
      await tabTo(page, link)
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(new RegExp(`#${screen.path}`))
      await expect(link).toHaveAttribute('aria-current', 'page')
      await expectAccessible(page)
      await screenshot(page, `screen${screen.path.replace('/', '-')}-${lang}`)
    }
  }
})

test('the language choice is kept in the database', async ({ page, desk }) => {
  await desk.open(page, '/partners')
  await switchLanguage(page, 'en')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Partner organisations' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('an empty database offers demo data once; declining keeps it empty', async ({ page, desk }) => {
  await desk.open(page, '/partners')
  await expect(page.getByRole('heading', { name: 'Baza podatkov je prazna' })).toBeVisible()
  await screenshot(page, 'first-run-sl')
  await page.getByRole('button', { name: 'Začni s prazno bazo' }).click()
  await expect(page.getByRole('heading', { name: 'Baza podatkov je prazna' })).toBeHidden()
  await page.reload()
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Baza podatkov je prazna' })).toBeHidden()
})

test('loading the demo data from the first-run offer fills the partner list', async ({ page, desk }) => {
  await desk.open(page, '/partners')
  await page.getByRole('button', { name: 'Naloži predstavitvene podatke' }).click()
  await expect(page.getByRole('heading', { name: 'Baza podatkov je prazna' })).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: '78 organizacij' })).toBeVisible()
  await page.getByRole('searchbox').fill('javno upravo')
  await page.getByRole('table').getByRole('button', { name: 'Ministrstvo za javno upravo' }).click()
  await expect(page.getByRole('complementary').getByRole('heading', { name: 'Zgodovina v krogih' })).toBeVisible()
  await expect(page.getByRole('complementary').getByRole('cell', { name: /2015/ }).first()).toBeVisible()
  await screenshot(page, 'partners-demo-sl')
})
