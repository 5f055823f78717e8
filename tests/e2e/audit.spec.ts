import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, expectAccessible, screenshot, switchLanguage, test } from './fixtures'
import { tabTo } from './keyboard'
import { AuditPage } from './pages/AuditPage'
import { loadDemo } from '../../electron/services/demo/load'
import { createOrganisation, updateOrganisation } from '../../electron/services/partners/organisations'
import { createRound } from '../../electron/services/rounds/rounds'
import type { ServiceContext } from '../../electron/services/context'

/** A working day: the demo (2 entries: the data and the ministry's letterhead), a partner that moved town, a new round, and enough partners to need a second page. */
function workingDay(ctx: ServiceContext) {
  loadDemo(ctx)
  const created = createOrganisation(ctx, { name: 'Zavod Kres', sector: 'ngo', city: 'Ljubljana' })
  if (created.status !== 'created') throw new Error('Zavod Kres was not created')
  updateOrganisation(ctx, created.organisation.id, { name: 'Zavod Kres', sector: 'ngo', city: 'Maribor' })
  createRound(ctx, { name: 'Izmenjave 2027', kind: 'rolling', startsOn: '2027-01-01', endsOn: '2027-12-31' })
  for (let i = 1; i <= 50; i++) createOrganisation(ctx, { name: `Podjetje ${String(i).padStart(2, '0')} d.o.o.`, sector: 'company' }, true)
}

test('from Settings to the audit log by keyboard: filter, page, see before → after, export to CSV', async ({ page, desk }) => {
  workingDay(desk.ctx)
  await desk.open(page, '/settings')
  const link = page.getByRole('link', { name: 'Dnevnik sprememb' })
  await tabTo(page, link)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Dnevnik sprememb' })).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Nastavitve' })).toHaveAttribute('aria-current', 'page')

  const audit = new AuditPage(page)
  await expect(audit.range()).toHaveText('Prikazani vnosi 1–50 od 55')
  await expect(audit.rows().first()).toContainText('Organizacija')
  await expect(audit.rows().first()).toContainText('Podjetje 50 d.o.o.')
  await page.getByRole('button', { name: 'Starejši' }).click()
  await expect(audit.range()).toHaveText('Prikazani vnosi 51–55 od 55')
  await expect(audit.rows().last()).toContainText('naloženi predstavitveni podatki')
  await expect(page.getByRole('button', { name: 'Starejši' })).toBeDisabled()

  // The filters, by keyboard: record type, then text.
  const entity = audit.filters().getByLabel('Zapis')
  await tabTo(page, entity)
  await entity.selectOption({ label: 'Organizacija' })
  await expect(audit.range()).toHaveText('Prikazani vnosi 1–50 od 52')
  await audit.filters().getByLabel('Besedilo v vrednostih').fill('Maribor')
  await expect(audit.range()).toHaveText('Prikazani vnosi 1–1 od 1')
  const change = audit.rows().first()
  await expect(change).toContainText('spremenjeno')
  await expect(change.getByRole('listitem')).toHaveText('kraj: Prej Ljubljana → Potem Maribor')
  await expectAccessible(page)
  await screenshot(page, 'audit-filtered-sl')

  const today = new Date()
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  await audit.filters().getByLabel('Od dne').fill(iso(today))
  await audit.filters().getByLabel('Do dne').fill(iso(new Date(today.getTime() - 2 * 86_400_000)))
  await expect(audit.filters().getByText('Konec je pred začetkom.')).toBeVisible()
  await audit.filters().getByLabel('Do dne').fill(iso(today))
  await expect(audit.range()).toHaveText('Prikazani vnosi 1–1 od 1')

  desk.dialogs.nextSaveFile = join(desk.dir, 'dnevnik.csv')
  await page.getByRole('button', { name: 'Izvozi v CSV …' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Izvožen je 1 vnos' })).toHaveText(`Izvožen je 1 vnos v datoteko ${join(desk.dir, 'dnevnik.csv')}.`)
  const csv = readFileSync(join(desk.dir, 'dnevnik.csv'), 'utf8')
  expect(csv).toContain('"kraj";"Ljubljana";"Maribor"')

  await page.getByRole('button', { name: 'Počisti filtre' }).click()
  await expect(audit.range()).toHaveText('Prikazani vnosi 1–50 od 55')
  await audit.filters().getByLabel('Besedilo v vrednostih').fill('ni-takega-besedila')
  await expect(page.getByText('Ni sprememb, ki bi ustrezale filtrom.')).toBeVisible()
})

test('audit log in both languages: accessible, screenshots', async ({ page, desk }) => {
  workingDay(desk.ctx)
  await desk.open(page, '/settings/audit')
  const audit = new AuditPage(page)
  await expect(audit.rows()).toHaveCount(50)
  await expectAccessible(page)
  await screenshot(page, 'audit-sl')
  await switchLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
  // Switching the language is itself a change, so the log now has one entry more.
  await expect(audit.range()).toHaveText('Entries 1–50 of 56')
  await expect(audit.rows().first()).toContainText('language')
  await audit.filters().getByLabel('Text in the values').fill('Maribor')
  await expect(audit.rows().first().getByRole('listitem')).toHaveText('town: Before Ljubljana → After Maribor')
  await expectAccessible(page)
  await screenshot(page, 'audit-en')
})
