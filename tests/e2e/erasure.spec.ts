import { expect, expectAccessible, screenshot, switchLanguage, test, type Desk } from './fixtures'
import { PrivacyPage } from './pages/PrivacyPage'
import { loadDemo } from '../../electron/services/demo/load'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { xlsxBuffer } from '../unit/import/helpers/workbooks'

interface Open {
  personId: number
  nominationId: number
  roundId: number
  name: string
  email: string
}

/** Someone in the open round with a proposed placement and no other nomination: their business is still open. */
function personWithProposal(desk: Desk): Open {
  return desk.ctx.conn.sqlite
    .prepare(
      `SELECT pe.id AS personId, n.id AS nominationId, n.round_id AS roundId, pe.first_name || ' ' || pe.last_name AS name, pe.email
         FROM nominations n JOIN rounds r ON r.id = n.round_id JOIN people pe ON pe.id = n.person_id
        WHERE r.status <> 'closed' AND n.status = 'proposed' AND pe.email IS NOT NULL
          AND (SELECT count(*) FROM nominations x WHERE x.person_id = pe.id) = 1
        ORDER BY n.id LIMIT 1`,
    )
    .get() as Open
}

test('erasing a person with an open nomination: the confirmation says it will be withdrawn, and Planning and Nominations show it as withdrawn at an erasure', async ({ page, desk }) => {
  loadDemo(desk.ctx)
  const person = personWithProposal(desk)
  await desk.open(page, '/settings/privacy')
  const privacy = new PrivacyPage(page)
  const section = privacy.section('Podatki o posamezniku')
  await section.getByLabel('Ime, priimek ali e-pošta').fill(person.email)
  await section.getByRole('button', { name: 'Poišči' }).click()
  const row = section.getByRole('row', { name: new RegExp(person.name) })
  await row.getByRole('button', { name: `Izbriši osebo ${person.name}` }).click()
  const dialog = privacy.confirmDialog()
  await expect(dialog.getByRole('row', { name: /Odprte nominacije/ })).toContainText('1')
  await expect(dialog.getByRole('row', { name: /Odprte nominacije/ })).toContainText('umaknjeno ob izbrisu osebnih podatkov')
  await expect(dialog.getByRole('row', { name: /Predlagane izmenjave/ })).toContainText('1')
  await expectAccessible(page)
  await screenshot(page, 'erasure-dialog-sl')
  await dialog.getByRole('button', { name: 'Izbriši osebo' }).click()
  await expect(dialog).toBeHidden()
  await expect(section.getByRole('status').first()).toContainText(`Oseba ${person.name} je izbrisana.`)

  await desk.open(page, `/planning/${person.roundId}`)
  const planned = page.locator(`tr[data-nomination="${person.nominationId}"]`)
  await expect(planned.getByRole('rowheader')).toContainText('Izbrisana oseba')
  await expect(planned).toContainText('umaknjeno ob izbrisu osebnih podatkov')
  await expect(planned).not.toContainText(`Oseba #${person.personId}`)
  await expect(planned).toContainText('Brez mesta')
  await expect(planned.getByRole('button', { name: /Dejanja/ })).toHaveCount(0)
  await expect(page.getByTestId('exchange-caption')).toContainText('Izmenjave so vse izmenjave kroga, ki niso umaknjene')
  await screenshot(page, 'erasure-planning-sl')

  await desk.open(page, '/nominations')
  await expect(page.getByRole('cell', { name: 'umaknjeno ob izbrisu osebnih podatkov' })).toBeVisible()
  await screenshot(page, 'erasure-nominations-sl')

  await switchLanguage(page, 'en')
  await expect(page.getByRole('cell', { name: 'withdrawn at an erasure' })).toBeVisible()
  await screenshot(page, 'erasure-nominations-en')
  await desk.open(page, `/planning/${person.roundId}`)
  await expect(planned.getByRole('rowheader')).toContainText('Erased person')
  await expect(planned).toContainText('withdrawn at an erasure')
  await expect(page.getByTestId('exchange-caption')).toContainText('Exchanges are all the round’s placements that are not withdrawn')
  await expectAccessible(page)
  await screenshot(page, 'erasure-planning-en')
})

test('re-importing an erased person’s old file: the row is an error until “import anyway” is ticked', async ({ page, desk }) => {
  loadDemo(desk.ctx)
  const person = personWithProposal(desk)
  const organisation = desk.ctx.conn.sqlite.prepare('SELECT o.name FROM people pe JOIN organisations o ON o.id = pe.organisation_id WHERE pe.id = ?').pluck().get(person.personId) as string
  const [first, last] = person.name.split(' ')
  const file = join(desk.dir, 'stara-prijava.xlsx')
  writeFileSync(file, await xlsxBuffer([{ name: 'Prijave', rows: [['Ime', 'Priimek', 'E-pošta', 'Organizacija'], [first!, last!, person.email, organisation]] }]))
  await desk.open(page, '/settings/privacy')
  const privacy = new PrivacyPage(page)
  const section = privacy.section('Podatki o posamezniku')
  await section.getByLabel('Ime, priimek ali e-pošta').fill(person.email)
  await section.getByRole('button', { name: 'Poišči' }).click()
  await section.getByRole('row', { name: new RegExp(person.name) }).getByRole('button', { name: `Izbriši osebo ${person.name}` }).click()
  await privacy.confirmDialog().getByRole('button', { name: 'Izbriši osebo' }).click()
  await expect(privacy.confirmDialog()).toBeHidden()

  await desk.open(page, '/nominations')
  desk.dialogs.nextFile = file
  await page.getByRole('button', { name: 'Izberi datoteko …' }).click()
  await expect(page.getByRole('button', { name: /Vrstica 2, stolpec C: podatki te osebe so bili izbrisani \d{1,2}\. \d{1,2}\. \d{4}/ })).toBeVisible()
  const anyway = page.getByRole('checkbox', { name: 'Vseeno uvozi izbrisane osebe' })
  await expect(anyway).not.toBeChecked()
  await expectAccessible(page)
  await screenshot(page, 'erasure-reimport-sl')
  await anyway.click()
  await expect(anyway).toBeChecked()
  await expect(page.getByRole('button', { name: /Vrstica 2, stolpec C: podatki te osebe so bili izbrisani \d{1,2}\. \d{1,2}\. \d{4}; po vaši izrecni odločitvi/ })).toBeVisible()
  await switchLanguage(page, 'en')
  await expect(page.getByRole('checkbox', { name: 'Import erased people anyway' })).toBeChecked()
  await screenshot(page, 'erasure-reimport-en')
})
