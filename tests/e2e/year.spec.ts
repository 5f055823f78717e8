import { join } from 'node:path'
import { expect, screenshot, test } from './fixtures'
import { AuditPage } from './pages/AuditPage'
import { PartnersPage } from './pages/PartnersPage'
import { PrivacyPage } from './pages/PrivacyPage'
import { RoundsPage } from './pages/RoundsPage'
import type { Page } from '@playwright/test'

/**
 * A whole programme year, one job after another as the officer does them (issue 14). Each step starts where the
 * previous one left the database and the screen; "today" moves as the year goes on.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'scenario')
const ROUND = 'Izmenjave za sodelovanje 2027'

test.use({ actionTimeout: 15_000 })

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) })
}

async function chooseAction(page: Page, name: string, action: string) {
  await row(page, name).getByRole('button', { name: new RegExp(name) }).click()
  await page.getByRole('menuitem', { name: action }).click()
}

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

  await test.step("the ministry's letterhead", async () => {
    await page.getByRole('link', { name: 'Nastavitve' }).click()
    const ministry = page.getByRole('region', { name: 'Podatki ministrstva za pisma' })
    await ministry.getByLabel('Ime ministrstva').fill('Ministrstvo za javno upravo')
    await ministry.getByLabel('Ulica in hišna številka').fill('Tržaška cesta 21')
    await ministry.getByLabel('Poštna številka').fill('1000')
    await ministry.getByLabel('Kraj', { exact: true }).fill('Ljubljana')
    await ministry.getByLabel('Podpisnik (ime in priimek)').fill('mag. Ana Kovač')
    await ministry.getByLabel('Funkcija podpisnika').fill('generalna direktorica')
    await ministry.getByRole('button', { name: 'Shrani podatke ministrstva' }).click()
    await expect(ministry.getByRole('status')).toHaveText('Podatki ministrstva so shranjeni.')
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

  await test.step("move one placement to a host without an offer: the other host's offer and mentor go", async () => {
    await page.getByRole('tab', { name: 'Udeleženci' }).click()
    await expect(row(page, 'Hannah Lindqvist')).toContainText('Tina Vovk')
    await chooseAction(page, 'Hannah Lindqvist', 'Premakni …')
    const move = page.getByRole('dialog')
    await move.getByLabel('Gostitelj').selectOption({ label: 'Zavod Kres' })
    await expect(move.getByLabel('Ponudba')).toHaveValue('')
    await expect(move.getByLabel('Mentor')).toHaveValue('')
    await move.getByLabel('Razlog za odstopanje od pravil').fill('Projekt z nevladno organizacijo')
    await screenshot(page, 'year-10-move')
    await move.getByRole('button', { name: 'Shrani' }).click()
    await expect(move).toBeHidden()
    await expect(row(page, 'Hannah Lindqvist')).toContainText('Zavod Kres')
    await expect(row(page, 'Hannah Lindqvist')).not.toContainText('Tina Vovk')
  })

  await test.step('confirm the placements one after another; Letters shows them at once', async () => {
    for (const name of ['Eva Golob', 'Hannah Lindqvist', 'Luka Horvat', 'Matej Čuk', 'Nina Kovač', 'Špela Žagar']) {
      await chooseAction(page, name, 'Potrdi')
      await expect(row(page, name).getByText(/Potrjen/)).toBeVisible()
    }
    await page.getByRole('link', { name: 'Pisma' }).click()
    await page.getByLabel('Krog', { exact: true }).selectOption({ label: ROUND })
    await expect(page.getByText('1 potrjena izmenjava je brez soglasja udeleženca; pisma zanjo ni mogoče izdati.')).toBeVisible()
    await expect(page.getByRole('checkbox', { name: 'Izberi: Nina Kovač' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: 'Izberi: Luka Horvat' })).not.toBeChecked()
    await screenshot(page, 'year-11-letters')
  })

  /** Every reference number the database has recorded, in the order issued. */
  const references = () => desk.ctx.conn.sqlite.prepare('SELECT reference FROM letters ORDER BY id').pluck().all() as string[]

  await test.step('issue the letters of the round, asked first how many numbers they use', async () => {
    desk.dialogs.nextSaveFile = join(desk.dir, 'pisma-1.pdf')
    await page.getByRole('button', { name: 'Pripravi in shrani PDF (15 pisem)' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Izdaja pisem' })
    await expect(confirm).toContainText('15')
    await screenshot(page, 'year-12-issue-confirm')
    await confirm.getByRole('button', { name: 'Izdaj in shrani PDF' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Shranjeno: 15 pisem' })).toBeVisible()
    expect(references()).toHaveLength(15)
  })

  await test.step('back up, then consent arrives for Luka and his letters are issued', async () => {
    await page.getByRole('link', { name: 'Nastavitve' }).click()
    await page.getByRole('region', { name: 'Varnostne kopije' }).getByRole('button', { name: 'Naredi varnostno kopijo zdaj' }).click()
    await expect(page.getByRole('region', { name: 'Varnostne kopije' }).getByRole('status')).toBeVisible()
    await page.getByRole('link', { name: 'Nominacije' }).click()
    await page.getByRole('checkbox', { name: 'Izberi: Luka Horvat' }).check()
    await page.getByRole('button', { name: 'Zabeleži soglasje' }).click()
    const dialog = page.getByRole('dialog', { name: 'Soglasje prejeto – 1 prijava' })
    await dialog.getByLabel('Kako je prispelo').selectOption('email')
    await dialog.getByRole('button', { name: 'Zabeleži' }).click()
    await expect(dialog).toBeHidden()
    await page.getByRole('link', { name: 'Pisma' }).click()
    await expect(page.getByRole('checkbox', { name: 'Izberi: Luka Horvat' })).toBeChecked()
    desk.dialogs.nextSaveFile = join(desk.dir, 'pisma-2.pdf')
    await page.getByRole('button', { name: 'Pripravi in shrani PDF (3 pisma)' }).click()
    await page.getByRole('alertdialog', { name: 'Izdaja pisem' }).getByRole('button', { name: 'Izdaj in shrani PDF' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Shranjeno: 3 pisma' })).toBeVisible()
    expect(references()).toHaveLength(18)
  })

  const issuedBeforeRestore = references()

  await test.step('restore the backup: the confirmation says what goes, the trail stays, and no number is issued again', async () => {
    await page.getByRole('link', { name: 'Nastavitve' }).click()
    await page.getByRole('region', { name: 'Varnostne kopije' }).getByRole('button', { name: 'Obnovi iz varnostne kopije …' }).click()
    await page.getByRole('dialog').getByRole('row').filter({ hasText: 'ročno' }).getByRole('button').click()
    const confirm = page.getByRole('alertdialog')
    await expect(confirm.getByRole('listitem').first()).toContainText('so bila izdana 3 pisma')
    await screenshot(page, 'year-13-restore-confirm')
    await confirm.getByRole('button', { name: 'Zamenjaj s kopijo' }).click()
    await expect(page.getByRole('region', { name: 'Varnostne kopije' }).getByRole('status')).toContainText('Podatki so obnovljeni iz')
    expect(references()).toHaveLength(15)

    await page.getByRole('link', { name: 'Pisma' }).click()
    await page.getByLabel('Krog', { exact: true }).selectOption({ label: ROUND })
    await expect(page.getByText('1 potrjena izmenjava je brez soglasja udeleženca; pisma zanjo ni mogoče izdati.')).toBeVisible()
    await page.getByRole('link', { name: 'Zabeleži soglasje pri prijavah' }).click()
    await page.getByRole('button', { name: /^Soglasje za Luka Horvat/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Soglasje prejeto – 1 prijava' })
    await dialog.getByLabel('Kako je prispelo').selectOption('email')
    await dialog.getByRole('button', { name: 'Zabeleži' }).click()
    await page.getByRole('link', { name: 'Pisma' }).click()
    desk.dialogs.nextSaveFile = join(desk.dir, 'pisma-3.pdf')
    await page.getByRole('button', { name: 'Pripravi in shrani PDF (3 pisma)' }).click()
    await page.getByRole('alertdialog', { name: 'Izdaja pisem' }).getByRole('button', { name: 'Izdaj in shrani PDF' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Shranjeno: 3 pisma' })).toBeVisible()
    const reissued = references().slice(15)
    for (const reference of reissued) expect(issuedBeforeRestore, reference).not.toContain(reference)

    await page.getByRole('link', { name: 'Nastavitve' }).click()
    await page.getByRole('link', { name: /Dnevnik sprememb/ }).click()
    const audit = new AuditPage(page)
    // Newest first: the consent and the letters after the restore, then the restore itself, then what it carried.
    await expect(audit.rows().filter({ hasText: 'obnovljeno iz varnostne kopije' })).toHaveCount(1)
    await expect(audit.rows().filter({ hasText: 'pred obnovitvijo' }).first()).toBeVisible()
    await screenshot(page, 'year-14-audit-after-restore')
    await page.screenshot({ path: 'test-results/screens/year-14-audit-top.png' })
  })

  /** The yearly figures as the report reads them: participants and distinct people of 2026 by sector pair. */
  const figures2026 = () =>
    desk.ctx.conn.sqlite
      .prepare("SELECT home_sector, host_sector, status, count(*) AS n FROM placements WHERE starts_on LIKE '2026-%' AND status IN ('confirmed', 'completed') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
      .all()

  await test.step('six weeks later two exchanges are completed with feedback and get their certificates', async () => {
    await desk.setToday(page, '2027-01-20')
    await page.getByRole('link', { name: 'Načrtovanje' }).click()
    for (const [name, participant, host] of [['Eva Golob', '5', '4'], ['Nina Kovač', '4', '5']] as const) {
      await chooseAction(page, name, 'Zaključek in odziv …')
      const dialog = page.getByRole('dialog')
      await dialog.getByLabel('Dejansko število dni').fill('5')
      await dialog.getByLabel('Ocena udeleženca (1–5)').selectOption(participant)
      await dialog.getByLabel('Ocena gostitelja (1–5)').selectOption(host)
      await dialog.getByLabel('Odziv udeleženca').fill('Koristna izkušnja, priporočam.')
      await dialog.getByRole('button', { name: 'Shrani' }).click()
      await expect(dialog).toBeHidden()
      await expect(row(page, name).getByText(/Opravljen/)).toBeVisible()
    }
    await page.getByRole('link', { name: 'Pisma' }).click()
    await page.getByLabel('Vrsta pisma').selectOption('certificate')
    await expect(page.getByRole('checkbox', { name: 'Izberi: Eva Golob' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: 'Izberi: Nina Kovač' })).toBeChecked()
    desk.dialogs.nextSaveFile = join(desk.dir, 'potrdila.pdf')
    await page.getByRole('button', { name: /\(2 pismi\)/ }).click()
    await page.getByRole('alertdialog', { name: 'Izdaja pisem' }).getByRole('button', { name: 'Izdaj in shrani PDF' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Shranjeno: 2 pismi' })).toBeVisible()
    expect(desk.ctx.conn.sqlite.prepare("SELECT count(*) FROM letters WHERE kind = 'certificate'").pluck().get()).toBe(2)
    await screenshot(page, 'year-15-certificates')
  })

  await test.step('statistics of 2026 show the two completed exchanges', async () => {
    await page.getByRole('link', { name: 'Statistika' }).click()
    await page.getByLabel('Izbrano leto').selectOption('2026')
    await expect(page.getByRole('heading', { level: 2, name: 'Leto 2026' })).toBeVisible()
    await expect(page.locator('.stats-card').filter({ hasText: /^Udeleženci/ }).locator('.stats-card__value')).toHaveText('2')
    await screenshot(page, 'year-16-statistics')
  })

  const before = figures2026()

  await test.step("erase Tadej: his open nomination is withdrawn, and the ministry's old file flags him", async () => {
    await page.getByRole('link', { name: 'Nastavitve' }).click()
    // A backup that still holds him: restoring it below must not bring him back.
    await page.getByRole('region', { name: 'Varnostne kopije' }).getByRole('button', { name: 'Naredi varnostno kopijo zdaj' }).click()
    await expect(page.getByRole('region', { name: 'Varnostne kopije' }).getByRole('status')).toBeVisible()
    await page.getByRole('link', { name: 'Varstvo osebnih podatkov' }).click()
    const privacy = new PrivacyPage(page)
    const section = privacy.section('Podatki o posamezniku')
    await section.getByLabel('Ime, priimek ali e-pošta').fill('tadej.rozman@gov.si')
    await section.getByRole('button', { name: 'Poišči' }).click()
    await section.getByRole('button', { name: 'Izbriši osebo Tadej Rozman' }).click()
    const dialog = privacy.confirmDialog()
    await expect(dialog.getByRole('row', { name: /Odprte nominacije/ })).toContainText('1')
    await dialog.getByRole('button', { name: 'Izbriši osebo' }).click()
    await expect(section.getByRole('status').first()).toContainText('Oseba Tadej Rozman je izbrisana.')

    await page.getByRole('link', { name: 'Načrtovanje' }).click()
    await expect(page.getByRole('rowheader').filter({ hasText: 'Izbrisana oseba' })).toBeVisible()
    await page.getByRole('link', { name: 'Nominacije' }).click()
    await expect(page.getByRole('cell', { name: 'umaknjeno ob izbrisu osebnih podatkov' })).toBeVisible()
    desk.dialogs.nextFile = join(FIXTURES, 'mju-prijave.xlsx')
    await page.getByRole('button', { name: 'Izberi datoteko …' }).click()
    await expect(page.getByRole('button', { name: /^Vrstica 9, stolpec C: podatki te osebe so bili izbrisani 20\. 1\. 2027/ })).toBeVisible()
    await screenshot(page, 'year-17-reimport-erased')
    await page.getByRole('button', { name: 'Prekliči' }).click()
    expect(figures2026()).toEqual(before)
  })

  await test.step('restore the backup made just before the erasure: Tadej stays erased', async () => {
    await page.getByRole('link', { name: 'Nastavitve' }).click()
    await page.getByRole('region', { name: 'Varnostne kopije' }).getByRole('button', { name: 'Obnovi iz varnostne kopije …' }).click()
    await page.getByRole('dialog').getByRole('row').filter({ hasText: 'ročno' }).first().getByRole('button').click()
    const confirm = page.getByRole('alertdialog')
    await expect(confirm.getByText('1 oseba je bila izbrisana po nastanku kopije; obnova jo znova izbriše.')).toBeVisible()
    await screenshot(page, 'year-18-restore-after-erasure')
    await confirm.getByRole('button', { name: 'Zamenjaj s kopijo' }).click()
    await expect(page.getByRole('region', { name: 'Varnostne kopije' }).getByRole('status')).toContainText('Podatki so obnovljeni iz')
    expect(desk.ctx.conn.sqlite.prepare("SELECT count(*) FROM people WHERE email = 'tadej.rozman@gov.si'").pluck().get()).toBe(0)
    await page.getByRole('link', { name: 'Načrtovanje' }).click()
    await expect(page.getByRole('rowheader').filter({ hasText: 'Izbrisana oseba' })).toBeVisible()
    expect(figures2026()).toEqual(before)
  })

  await test.step('years later the closed round is anonymised; the figures of 2026 stay as they were', async () => {
    await desk.setToday(page, '2030-09-01')
    await page.getByRole('link', { name: 'Krogi' }).click()
    await new RoundsPage(page).roundLink(ROUND).click()
    await page.getByRole('button', { name: 'Uredi krog' }).click()
    await page.getByRole('dialog').getByLabel('Stanje').selectOption({ label: 'Zaključen' })
    await page.getByRole('dialog').getByRole('button', { name: 'Shrani' }).click()
    await expect(page.getByRole('dialog')).toBeHidden()
    await page.getByRole('link', { name: 'Nastavitve' }).click()
    await page.getByRole('link', { name: 'Varstvo osebnih podatkov' }).click()
    const privacy = new PrivacyPage(page)
    await privacy.section('Predlogi za anonimizacijo').getByRole('button', { name: `Anonimiziraj osebe kroga ${ROUND}` }).click()
    await privacy.confirmDialog().getByRole('button', { name: 'Anonimiziraj', exact: true }).click()
    await expect(privacy.section('Predlogi za anonimizacijo').getByRole('status')).toContainText(`Krog ${ROUND}: anonimiziran`)
    await screenshot(page, 'year-19-anonymised')
    expect(figures2026()).toEqual(before)
    expect(desk.ctx.conn.sqlite.prepare("SELECT count(*) FROM people WHERE email LIKE '%@%'").pluck().get()).toBe(0)
  })
})
