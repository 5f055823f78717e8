import { join } from 'node:path'
import { expect, expectAccessible, screenshot, test } from './fixtures'
import { PartnersPage } from './pages/PartnersPage'
import { RoundsPage } from './pages/RoundsPage'
import type { Page } from '@playwright/test'

/**
 * A whole programme year, one job after another as the officer does them (issue 14). Each step starts where the
 * previous one left the database and the screen; "today" moves as the year goes on.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'scenario')
const ROUND = 'Izmenjave za sodelovanje 2027'

test.use({ actionTimeout: 15_000 })

async function addPartner(page: Page, name: string, sector: string) {
  const partners = new PartnersPage(page)
  await page.getByRole('button', { name: 'Nova organizacija' }).click()
  await partners.fillForm({ name, sector })
  await partners.dialog().getByRole('button', { name: 'Shrani' }).click()
  await expect(partners.dialog()).toBeHidden()
  await expect(partners.detail().getByRole('heading', { name })).toBeVisible()
}

test('a programme year: partners, round, imports, consent, plan, letters, backup and restore, feedback, statistics, erasure, anonymisation', async ({ page, desk }) => {
  test.setTimeout(300_000)
  await desk.setToday(page, '2026-12-08')

  await test.step('an empty database: decline the demo, add the partners', async () => {
    await desk.open(page, '/partners')
    await page.getByRole('button', { name: /Ne, začnem s prazno bazo|prazn/ }).click()
    await addPartner(page, 'Ministrstvo za javno upravo', 'Ministrstvo')
    await addPartner(page, 'Ministrstvo za okolje', 'Ministrstvo')
    await addPartner(page, 'Telekom Primer d.d.', 'Podjetje')
    await addPartner(page, 'Zavarovalnica Lipa d.d.', 'Podjetje')
    await addPartner(page, 'Zavod Mreža', 'Nevladna organizacija')
    await addPartner(page, 'Zavod Kres', 'Nevladna organizacija')
    // The ministry's mentor, named on its offer below.
    await page.getByRole('table').getByRole('button', { name: 'Ministrstvo za javno upravo' }).click()
    await page.getByRole('button', { name: 'Dodaj kontakt' }).click()
    const contact = page.getByRole('dialog')
    await contact.getByLabel('Ime in priimek').fill('Tina Vovk')
    await contact.getByLabel('Vloga').selectOption({ label: 'Mentor' })
    await contact.getByLabel('E-pošta').fill('tina.vovk@gov.si')
    await contact.getByRole('button', { name: 'Shrani' }).click()
    await expect(contact).toBeHidden()
    await screenshot(page, 'year-01-partners')
  })

  await test.step('create the round', async () => {
    const rounds = new RoundsPage(page)
    await page.getByRole('link', { name: 'Krogi' }).click()
    await page.getByRole('button', { name: 'Nov krog' }).click()
    await rounds.dialog().getByLabel('Ime kroga').fill(ROUND)
    await rounds.dialog().getByLabel('Začetek', { exact: true }).fill('2026-12-01')
    await rounds.dialog().getByLabel('Konec', { exact: true }).fill('2027-06-30')
    await rounds.dialog().getByRole('button', { name: 'Shrani' }).click()
    await rounds.expectDialogClosed()
    await expect(page.getByRole('heading', { name: ROUND })).toBeVisible()
    await screenshot(page, 'year-02-round')
  })

  await test.step("enter the hosts' offers of places", async () => {
    await page.getByRole('link', { name: 'Načrtuj izmenjave' }).click()
    await page.getByRole('tab', { name: 'Gostitelji in ponudbe' }).click()
    for (const [host, places] of [['Ministrstvo za javno upravo', '2'], ['Ministrstvo za okolje', '1'], ['Telekom Primer d.d.', '2'], ['Zavarovalnica Lipa d.d.', '1'], ['Zavod Mreža', '1']] as const) {
      await page.getByRole('button', { name: 'Dodaj ponudbo' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByLabel('Gostitelj').selectOption({ label: host })
      await dialog.getByLabel('Mesta').fill(places)
      await dialog.getByLabel('Na voljo od').fill('2026-12-01')
      await dialog.getByLabel('Na voljo do').fill('2027-06-30')
      if (host === 'Ministrstvo za javno upravo') await dialog.getByLabel('Mentor').selectOption({ label: 'Tina Vovk' })
      await dialog.getByRole('button', { name: 'Shrani' }).click()
      await expect(dialog).toBeHidden()
    }
    await screenshot(page, 'year-03-offers')
  })

  await test.step("import a ministry's Slovenian file with title rows and an English company file", async () => {
    await page.getByRole('link', { name: 'Nominacije' }).click()
    await page.getByLabel('Krog', { exact: true }).selectOption({ label: ROUND })
    desk.dialogs.nextFile = join(FIXTURES, 'mju-prijave.xlsx')
    await page.getByRole('button', { name: 'Izberi datoteko …' }).click()
    await expect(page.getByRole('heading', { name: 'Predogled: mju-prijave.xlsx' })).toBeVisible()
    await screenshot(page, 'year-04-preview-ministry')
    await page.getByRole('button', { name: /^Uvozi 4 vrstice/ }).click()
    await expect(page.getByText(/Uvoz mju-prijave.xlsx – uvoženih: 4/)).toBeVisible()
    desk.dialogs.nextFile = join(FIXTURES, 'telekom-nominations.xlsx')
    await page.getByRole('button', { name: 'Izberi datoteko …' }).click()
    await expect(page.getByRole('heading', { name: 'Predogled: telekom-nominations.xlsx' })).toBeVisible()
    await screenshot(page, 'year-05-preview-company')
    await page.getByRole('button', { name: /^Uvozi 3 vrstice/ }).click()
    await expect(page.getByText(/Uvoz telekom-nominations.xlsx – uvoženih: 3/)).toBeVisible()
    await screenshot(page, 'year-06-nominations')
  })

  await test.step("record consent received for three of the ministry's people; one stays without", async () => {
    const list = page.getByRole('table', { name: 'Prijave v krogu' })
    await expect(list.getByText('ni soglasja')).toHaveCount(5)
    for (const name of ['Špela Žagar', 'Matej Čuk', 'Nina Kovač']) await page.getByRole('checkbox', { name: `Izberi: ${name}` }).check()
    await page.getByRole('button', { name: 'Zabeleži soglasje' }).click()
    const dialog = page.getByRole('dialog', { name: 'Soglasje prejeto – 3 prijave' })
    await dialog.getByLabel('Kako je prispelo').selectOption('form')
    await dialog.getByRole('button', { name: 'Zabeleži' }).click()
    await expect(dialog).toBeHidden()
    await expect(list.getByText('dano 8. 12. 2026 · podpisan obrazec')).toHaveCount(3)
    await expect(list.getByText('ni soglasja')).toHaveCount(2)
    await screenshot(page, 'year-07-consent')
  })

  await test.step('propose a plan: nothing starts before today plus the notice, and the officer sees it before it is stored', async () => {
    await page.getByRole('link', { name: 'Načrtovanje' }).click()
    await expect(page.getByText('Nobena predlagana izmenjava se ne začne pred 15. 12. 2026 (danes in 5 delovnih dni za obvestilo).')).toBeVisible()
    await page.getByRole('button', { name: 'Predlagaj razporeditev' }).click()
    const diff = page.getByRole('dialog', { name: 'Kaj bo novi predlog spremenil' })
    await expect(diff.getByTestId('diff-counts')).toContainText('nove: 7')
    await screenshot(page, 'year-08-proposal-diff')
    await diff.getByRole('button', { name: 'Shrani predlog' }).click()
    await expect(diff).toBeHidden()
    const starts = desk.ctx.conn.sqlite.prepare("SELECT starts_on FROM placements WHERE status = 'proposed'").pluck().all() as string[]
    expect(starts.length).toBe(7)
    for (const start of starts) expect(start >= '2026-12-15', start).toBe(true)
    await screenshot(page, 'year-09-board')
  })
})
