import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, expectAccessible, screenshot, switchLanguage, test, type Desk } from './fixtures'
import { tabTo } from './keyboard'
import { PrivacyPage } from './pages/PrivacyPage'
import { loadDemo } from '../../electron/services/demo/load'
import { getStatistics } from '../../electron/services/stats/statistics'

interface Person {
  id: number
  first_name: string
  last_name: string
  email: string
}

/** Someone placed in 2024: within the retention period, so a request is the only way their data goes. */
function personPlacedIn2024(desk: Desk): Person {
  return desk.ctx.conn.sqlite
    .prepare(
      `SELECT pe.id, pe.first_name, pe.last_name, pe.email FROM people pe JOIN nominations n ON n.person_id = pe.id
         JOIN placements p ON p.nomination_id = n.id JOIN rounds r ON r.id = n.round_id
        WHERE r.name LIKE '%2024%' AND pe.email IS NOT NULL ORDER BY pe.id LIMIT 1`,
    )
    .get() as Person
}

/** The figures of every year of the annual report, as the statistics service computes them. */
const yearlyFigures = (desk: Desk) => Array.from({ length: 12 }, (_, i) => getStatistics(desk.ctx.conn, { year: 2015 + i }))

const backups = (desk: Desk) => (existsSync(join(desk.dir, 'backups')) ? readdirSync(join(desk.dir, 'backups')).filter((f) => f.endsWith('.sqlite')) : [])

/** Erasure also removes the salutation, so the erased person moves to "unknown" in the figures by gender; every other figure stays. */
const withoutGender = (figures: ReturnType<typeof yearlyFigures>) => JSON.parse(JSON.stringify(figures, (key, value: unknown) => (key === 'byGender' ? undefined : value))) as unknown

test('retention, then anonymising a closed round by keyboard: names gone, yearly figures identical', async ({ page, desk }) => {
  loadDemo(desk.ctx)
  await desk.open(page, '/settings')
  const link = page.getByRole('link', { name: 'Varstvo osebnih podatkov' })
  await tabTo(page, link)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Varstvo osebnih podatkov' })).toBeVisible()
  const privacy = new PrivacyPage(page)

  // A period out of range is refused at its field; 20 years proposes nothing; 3 years proposes the old rounds.
  const retention = privacy.section('Roki hrambe')
  const participants = retention.getByLabel('Udeleženci izmenjav: mesecev po koncu kroga')
  await expect(participants).toHaveValue('36')
  await participants.fill('0')
  await retention.getByRole('button', { name: 'Shrani roke hrambe' }).click()
  await expect(retention.getByText('Vpišite število mesecev od 1 do 240.')).toBeVisible()
  await participants.fill('240')
  await retention.getByLabel('Predlagani, ki niso bili napoteni: mesecev po koncu kroga').fill('240')
  await retention.getByRole('button', { name: 'Shrani roke hrambe' }).click()
  await expect(retention.getByRole('status')).toHaveText('Roki hrambe so shranjeni.')
  const due = privacy.section('Predlogi za anonimizacijo')
  await expect(due.getByText('Noben zaključen krog nima oseb, ki jim je rok hrambe potekel.')).toBeVisible()
  await participants.fill('36')
  await retention.getByLabel('Predlagani, ki niso bili napoteni: mesecev po koncu kroga').fill('12')
  await retention.getByRole('button', { name: 'Shrani roke hrambe' }).click()
  await expect(privacy.row('Predlogi za anonimizacijo', /Partnerstvo za spremembe 2018/)).toBeVisible()
  await expect(due.getByRole('row', { name: /2026/ })).toHaveCount(0)
  await expectAccessible(page)
  await screenshot(page, 'privacy-sl')

  const round = desk.ctx.conn.sqlite.prepare("SELECT id FROM rounds WHERE name = 'Partnerstvo za spremembe 2018'").pluck().get() as number
  const someone = desk.ctx.conn.sqlite
    .prepare('SELECT pe.first_name || \' \' || pe.last_name FROM people pe JOIN nominations n ON n.person_id = pe.id WHERE n.round_id = ? ORDER BY pe.id LIMIT 1')
    .pluck()
    .get(round) as string
  const figures = yearlyFigures(desk)
  // The proposal's figures: people to anonymise, and people another round still needs (they keep their names).
  const proposal = privacy.row('Predlogi za anonimizacijo', /Partnerstvo za spremembe 2018/).getByRole('cell')
  const toAnonymise = Number(await proposal.nth(1).textContent())
  const kept = Number(await proposal.nth(2).textContent())
  expect(toAnonymise).toBeGreaterThan(50)

  // Opened from the keyboard; Escape closes it and gives focus back to the button that opened it.
  const anonymise = due.getByRole('button', { name: 'Anonimiziraj osebe kroga Partnerstvo za spremembe 2018' })
  await tabTo(page, anonymise)
  await page.keyboard.press('Enter')
  const dialog = privacy.confirmDialog()
  await expect(dialog.getByRole('heading', { name: 'Anonimiziram osebe kroga Partnerstvo za spremembe 2018?' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Prekliči' })).toBeFocused()
  await expect(dialog).toContainText('statistika ne spremeni')
  await expectAccessible(page)
  await screenshot(page, 'privacy-anonymise-dialog-sl')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(anonymise).toBeFocused()
  expect(backups(desk)).toEqual([])

  await page.keyboard.press('Enter')
  // Focus stays inside the dialog however often Tab is pressed.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((el) => el.contains(el.ownerDocument.activeElement))).toBe(true)
  }
  await dialog.getByRole('button', { name: 'Anonimiziraj', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(due.getByRole('status')).toContainText(/Krog Partnerstvo za spremembe 2018: anonimiziran\w* (je|so|sta) \d+ oseb/)
  await expect(due.getByRole('heading', { name: 'Predlogi za anonimizacijo' })).toBeFocused()
  await expect(due.getByRole('row', { name: /Partnerstvo za spremembe 2018/ })).toHaveCount(0)
  expect(backups(desk)).toHaveLength(1)

  expect(yearlyFigures(desk)).toEqual(figures)
  const named = desk.ctx.conn.sqlite
    .prepare('SELECT count(*) FROM people pe JOIN nominations n ON n.person_id = pe.id WHERE n.round_id = ? AND pe.anonymised_at IS NULL AND pe.first_name IS NOT NULL')
    .pluck()
    .get(round) as number
  expect(named).toBe(kept)
  await expect(due.getByRole('status')).toContainText(`${toAnonymise} oseb`)
  const search = privacy.section('Podatki o posamezniku')
  await search.getByLabel('Ime, priimek ali e-pošta').fill(someone)
  await search.getByRole('button', { name: 'Poišči' }).click()
  await expect(search.getByRole('status')).toHaveText('Ni osebe s tem imenom ali e-pošto.')
})

test('an access request and an erasure of one person, with confirmation, in English', async ({ page, desk }) => {
  loadDemo(desk.ctx)
  const person = personPlacedIn2024(desk)
  const name = `${person.first_name} ${person.last_name}`
  await desk.open(page, '/settings/privacy')
  await switchLanguage(page, 'en')
  const privacy = new PrivacyPage(page)
  const section = privacy.section('One person’s data')
  await section.getByLabel('Name or e-mail').fill(person.email.toUpperCase())
  await page.keyboard.press('Enter')
  const row = section.getByRole('row', { name: new RegExp(name) })
  await expect(row).toContainText(person.email)
  await expect(row).toContainText('2024')

  const exported = join(desk.dir, 'access-request.html')
  desk.dialogs.nextSaveFile = exported
  await row.getByRole('button', { name: `Export everything held about ${name}` }).click()
  await expect(section.getByRole('status')).toHaveText(`The data of ${name} was exported to ${exported}.`)
  const html = readFileSync(exported, 'utf8')
  expect(html).toContain(person.email)
  expect(html).toContain(person.last_name)
  expect(html).toMatch(/<html lang="en"/)

  const erase = row.getByRole('button', { name: `Erase ${name}` })
  await erase.click()
  const dialog = privacy.confirmDialog()
  await expect(dialog.getByRole('heading', { name: `Erase ${name}?` })).toBeVisible()
  await expect(dialog.getByRole('row', { name: /Placements/ })).toContainText(/[1-9]/)
  await expectAccessible(page)
  await screenshot(page, 'privacy-erase-dialog-en')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(erase).toBeFocused()
  const placements = desk.ctx.conn.sqlite.prepare('SELECT count(*) FROM placements').pluck().get()
  const figures = withoutGender(yearlyFigures(desk))

  await erase.click()
  await dialog.getByRole('button', { name: 'Erase the person' }).click()
  await expect(dialog).toBeHidden()
  await expect(section.getByRole('status').first()).toContainText(`${name} has been erased.`)
  await expect(section.getByRole('heading', { name: 'One person’s data' })).toBeFocused()
  expect(desk.ctx.conn.sqlite.prepare('SELECT count(*) FROM people WHERE lower(email) = lower(?)').pluck().get(person.email)).toBe(0)
  expect(desk.ctx.conn.sqlite.prepare('SELECT count(*) FROM placements').pluck().get()).toBe(placements)
  expect(withoutGender(yearlyFigures(desk))).toEqual(figures)
  expect(desk.ctx.conn.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'erase'").pluck().get()).toBe(1)

  await section.getByLabel('Name or e-mail').fill(person.email)
  await section.getByRole('button', { name: 'Find' }).click()
  await expect(section.getByText('Nobody with this name or e-mail.')).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'privacy-en')
})
