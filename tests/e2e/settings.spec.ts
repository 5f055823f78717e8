import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import { expect, expectAccessible, screenshot, switchLanguage, test } from './fixtures'
import { SettingsPage } from './pages/SettingsPage'
import { createOrganisation } from '../../electron/services/partners/organisations'
import { backupNow } from '../../electron/services/settings/backups'
import { getSettings, setMinistry } from '../../electron/services/settings/settings'
import { createRound } from '../../electron/services/rounds/rounds'

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80"><rect width="200" height="80" fill="#12324f"/>' +
  '<circle cx="40" cy="40" r="24" fill="#f0a202"/><text x="76" y="50" font-family="sans-serif" font-size="28" fill="#fff">MJU</text></svg>'

const organisationCount = (desk: { ctx: { conn: { sqlite: Database.Database } } }) =>
  (desk.ctx.conn.sqlite.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n

test('switch the language and enter the ministry’s details with a logo', async ({ page, desk }) => {
  const logo = join(desk.dir, 'grb.svg')
  writeFileSync(logo, LOGO_SVG)
  writeFileSync(join(desk.dir, 'grb.gif'), 'GIF89a')
  await desk.open(page, '/settings')
  const settings = new SettingsPage(page)
  await expect(page.getByRole('radio', { name: 'Slovenščina' })).toBeChecked()
  await page.getByRole('radio', { name: 'English' }).check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  expect(getSettings(desk.ctx).language).toBe('en')

  const ministry = settings.section('The ministry’s details for letters')
  await ministry.getByLabel('Ministry name').fill('Ministrstvo za javno upravo')
  await ministry.getByLabel('Street and number').fill('Tržaška cesta 21')
  await ministry.getByLabel('Postcode').fill('1000')
  await ministry.getByLabel('Town').fill('Ljubljana')
  await ministry.getByLabel('Signatory (full name)').fill('mag. Ana Kovač')
  await ministry.getByLabel('Signatory’s title').fill('ministrica')

  desk.dialogs.nextFile = join(desk.dir, 'grb.gif')
  await ministry.getByRole('button', { name: 'Choose logo…' }).click()
  await expect(ministry.getByRole('alert')).toContainText('is not a PNG, JPEG or SVG image. The logo was not changed.')
  desk.dialogs.nextFile = logo
  await ministry.getByRole('button', { name: 'Choose logo…' }).click()
  await expect(ministry.getByRole('img', { name: 'The ministry’s logo' })).toBeVisible()
  await ministry.getByRole('button', { name: 'Save the ministry’s details' }).click()
  await expect(ministry.getByRole('status')).toHaveText('The ministry’s details have been saved.')
  expect(getSettings(desk.ctx).ministry).toMatchObject({ name: 'Ministrstvo za javno upravo', postcode: '1000', signatoryTitle: 'ministrica' })
  expect(getSettings(desk.ctx).ministry.logoDataUrl).toMatch(/^data:image\/svg\+xml;base64,/)

  await desk.open(page, '/settings')
  await expect(ministry.getByLabel('Signatory (full name)')).toHaveValue('mag. Ana Kovač')
  await ministry.getByRole('button', { name: 'Remove logo' }).click()
  await expect(ministry.getByText('No logo chosen.')).toBeVisible()
  await ministry.getByRole('button', { name: 'Save the ministry’s details' }).click()
  await expect(ministry.getByRole('status')).toBeVisible()
  expect(getSettings(desk.ctx).ministry.logoDataUrl).toBeNull()

  const database = settings.section('Database')
  await expect(database.getByText(join(desk.dir, 'desk.sqlite'))).toBeVisible()
  const migrations = (JSON.parse(readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] }).entries.length
  await expect(database.getByRole('definition').nth(1)).toHaveText(String(migrations))
  await expect(database.getByRole('definition').nth(2)).toHaveText('0.1.0')
})

test('back up now, then restore that backup: what will be replaced is shown, and the data returns', async ({ page, desk }) => {
  createOrganisation(desk.ctx, { name: 'Prva d.o.o.', sector: 'company' })
  await desk.open(page, '/settings')
  const settings = new SettingsPage(page)
  const backups = settings.section('Varnostne kopije')
  desk.dialogs.nextFolder = join(desk.dir, 'kopije')
  await backups.getByRole('button', { name: 'Spremeni mapo …' }).click()
  await expect(backups.getByRole('status')).toHaveText(`Varnostne kopije se odslej shranjujejo v mapo ${join(desk.dir, 'kopije')}.`)
  await backups.getByRole('button', { name: 'Naredi varnostno kopijo zdaj' }).click()
  await expect(backups.getByRole('status')).toContainText(`Varnostna kopija je shranjena v datoteko ${join(desk.dir, 'kopije', 'exchange-desk-')}`)

  createOrganisation(desk.ctx, { name: 'Druga d.o.o.', sector: 'company' })
  createOrganisation(desk.ctx, { name: 'Tretja d.o.o.', sector: 'company' })
  await backups.getByRole('button', { name: 'Obnovi iz varnostne kopije …' }).click()
  const list = settings.restoreDialog()
  await expect(list.getByRole('row', { name: /ročno 1 organizacija, 0 krogov, 0 oseb, 0 izmenjav/ })).toBeVisible()
  await list.getByRole('button', { name: /^Obnovi kopijo z dne / }).click()

  const confirm = settings.confirmDialog()
  await expect(confirm.getByRole('heading', { name: 'Zamenjam trenutne podatke?' })).toBeVisible()
  await expect(settings.comparisonRow(/^Organizacije/)).toHaveText(/Organizacije\s*3\s*1/)
  await expect(confirm).toContainText(`trenutno bazo shrani kot varnostno kopijo v mapo ${join(desk.dir, 'kopije')}`)
  await expect(confirm.getByRole('button', { name: 'Prekliči' })).toBeFocused()
  await screenshot(page, 'settings-restore-confirm-sl')
  await confirm.getByRole('button', { name: 'Zamenjaj s kopijo' }).click()

  await expect(backups.getByRole('status')).toContainText('Podatki so obnovljeni iz')
  await expect(backups.getByRole('status')).toContainText(/Prejšnje stanje je shranjeno kot varnostna kopija .*-restore\.sqlite\./)
  await expect(settings.databaseContents()).toHaveText('1 organizacija, 0 krogov, 0 oseb, 0 izmenjav')
  expect(organisationCount(desk)).toBe(1)
  await screenshot(page, 'settings-restored-sl')
  await page.getByRole('link', { name: 'Partnerji' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 organizacija' })).toBeVisible()
})

test('a file that is not a backup is refused with a clear message and nothing changes', async ({ page, desk }) => {
  createOrganisation(desk.ctx, { name: 'Ostane d.o.o.', sector: 'company' })
  writeFileSync(join(desk.dir, 'x.sqlite'), 'To ni baza podatkov.\n')
  const foreign = new Database(join(desk.dir, 'tuja.sqlite'))
  foreign.exec('CREATE TABLE people (name TEXT)')
  foreign.close()
  const newer = await backupNow(desk.ctx)
  const newerDb = new Database(newer.file)
  newerDb.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('prihodnja', 4102444800000)
  newerDb.close()

  await desk.open(page, '/settings')
  const settings = new SettingsPage(page)
  await settings.section('Varnostne kopije').getByRole('button', { name: 'Obnovi iz varnostne kopije …' }).click()
  const dialog = settings.restoreDialog()
  const cases: Array<[string, string | RegExp]> = [
    ['x.sqlite', `Datoteka „${join(desk.dir, 'x.sqlite')}“ ni baza podatkov Exchange Desk (ni datoteka SQLite). Ničesar nisem spremenil.`],
    ['tuja.sqlite', `Datoteka „${join(desk.dir, 'tuja.sqlite')}“ je baza SQLite, vendar ne od Exchange Desk. Ničesar nisem spremenil.`],
    [newer.file, /zapisala novejša različica Exchange Desk/],
  ]
  for (const [file, message] of cases) {
    desk.dialogs.nextFile = file.startsWith('/') ? file : join(desk.dir, file)
    await dialog.getByRole('button', { name: 'Izberi datoteko …' }).click()
    await expect(dialog.getByRole('alert')).toHaveText(message)
    await expect(settings.confirmDialog()).toBeHidden()
  }
  await screenshot(page, 'settings-restore-refused-sl')
  expect(organisationCount(desk)).toBe(1)
  // No safety backup was made either: the refusals came before anything was written.
  expect(readdirSync(join(desk.dir, 'backups'))).toEqual([basename(newer.file)])
  await dialog.getByRole('button', { name: 'Prekliči' }).click()
  await expect(settings.databaseContents()).toHaveText('1 organizacija, 0 krogov, 0 oseb, 0 izmenjav')
})

test('settings in both languages: accessible, screenshots', async ({ page, desk }) => {
  createOrganisation(desk.ctx, { name: 'Ministrstvo za javno upravo', sector: 'ministry' })
  createRound(desk.ctx, { name: 'Izmenjave 2026', startsOn: '2026-03-01', endsOn: '2026-11-30' })
  setMinistry(desk.ctx, {
    name: 'Ministrstvo za javno upravo',
    street: 'Tržaška cesta 21',
    postcode: '1000',
    city: 'Ljubljana',
    signatoryName: 'mag. Ana Kovač',
    signatoryTitle: 'ministrica',
    logoDataUrl: `data:image/svg+xml;base64,${Buffer.from(LOGO_SVG).toString('base64')}`,
  })
  await backupNow(desk.ctx)
  await desk.open(page, '/settings')
  const settings = new SettingsPage(page)
  await expect(settings.section('Podatki ministrstva za pisma').getByLabel('Ime ministrstva')).toHaveValue('Ministrstvo za javno upravo')
  await expectAccessible(page)
  await screenshot(page, 'settings-sl')
  await settings.section('Varnostne kopije').getByRole('button', { name: 'Obnovi iz varnostne kopije …' }).click()
  await expect(settings.restoreDialog().getByRole('row', { name: /ročno/ })).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'settings-restore-list-sl')
  await page.keyboard.press('Escape')

  await switchLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(settings.databaseContents()).toHaveText('1 organisation, 1 round, 0 people, 0 placements')
  await expectAccessible(page)
  await screenshot(page, 'settings-en')
  await settings.section('Backups').getByRole('button', { name: 'Restore from backup…' }).click()
  await settings.restoreDialog().getByRole('button', { name: /^Restore the backup of / }).click()
  await expect(settings.comparisonRow(/^Rounds/)).toHaveText(/Rounds\s*1\s*1/)
  await expectAccessible(page)
  await screenshot(page, 'settings-restore-confirm-en')
  await settings.confirmDialog().getByRole('button', { name: 'Cancel' }).click()
  await expect(settings.confirmDialog()).toBeHidden()
})
