import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { expect, screenshot, switchLanguage, test } from './fixtures'
import { AuditPage } from './pages/AuditPage'
import { SettingsPage } from './pages/SettingsPage'
import type { ServiceContext } from '../../electron/services/context'
import { loadDemo } from '../../electron/services/demo/load'
import { commitImport } from '../../electron/services/import/store/commit'
import { previewForDatabase } from '../../electron/services/import/store/prepare'
import { printLettersOnPaper } from '../../electron/services/letters/generate'
import { confirmPlacement, placeByHand } from '../../electron/services/planning/store/changes'
import { backupNow } from '../../electron/services/settings/backups'

interface Proposed { id: number; roundId: number; nominationId: number; homeId: number; hostId: number; startsOn: string; endsOn: string }

/** After a backup: a placement moved to another host, one confirmed, its letter issued, a file of nominations imported. */
async function officeWork(ctx: ServiceContext, dir: string) {
  const db = ctx.conn.sqlite
  const [move, confirm] = db
    .prepare(
      `SELECT id, round_id AS roundId, nomination_id AS nominationId, home_organisation_id AS homeId, host_organisation_id AS hostId,
              starts_on AS startsOn, ends_on AS endsOn FROM placements WHERE status = 'proposed' ORDER BY id LIMIT 2`,
    )
    .all() as Proposed[]
  const otherHost = db.prepare('SELECT id FROM organisations WHERE id NOT IN (?, ?) ORDER BY id LIMIT 1').pluck().get(move!.homeId, move!.hostId) as number
  placeByHand(ctx, {
    nominationId: move!.nominationId, hostOrganisationId: otherHost, offerId: null, mentorContactId: null,
    startsOn: move!.startsOn, endsOn: move!.endsOn, overrideReason: 'Dogovor z gostiteljem po telefonu', locked: false,
  })
  confirmPlacement(ctx, confirm!.id, { evenIfStarted: true })
  await printLettersOnPaper(ctx, async () => true, () => Promise.reject(new Error('not needed')), {
    roundId: confirm!.roundId, placementIds: [confirm!.id], kind: 'participant', lang: 'sl', started: true,
  })
  const file = join(dir, 'prijave-MJU.csv')
  writeFileSync(file, '\uFEFFIme;Priimek;E-pošta;Organizacija\r\nMaja;Kranjc;maja.kranjc@gov.si;Ministrstvo za javno upravo\r\n')
  const request = { kind: 'nominations' as const, roundId: confirm!.roundId, createOrganisations: true }
  const { preview, world } = await previewForDatabase(ctx, { path: file }, request)
  await commitImport(ctx, preview, world, request, { skipInvalid: true })
}

/** No "#991", no hostOrganisationId, no import_batch, no JSON; the letter reference pattern's placeholders and file names are the officer's own text. */
async function expectNoCodes(table: Locator) {
  // File paths (a random temporary folder) are shown as they are on disk.
  const text = (await table.innerText()).replace(/\{(year|seq|n)\}/g, '').replace(/\S+\.sqlite\b/g, '')
  expect(text).not.toMatch(/#\d|\b[a-z]+[A-Z]\w*\b|\b[a-z]+_[a-z_]+\b|[{}[\]]/)
}

test('the audit log after a day of work reads in words, in both languages', async ({ page, desk }) => {
  loadDemo(desk.ctx)
  await backupNow(desk.ctx)
  await officeWork(desk.ctx, desk.dir)

  await desk.open(page, '/settings')
  const settings = new SettingsPage(page)
  await settings.section('Varnostne kopije').getByRole('button', { name: 'Obnovi iz varnostne kopije …' }).click()
  // The one made by hand, before the work (the import made its own).
  await settings.restoreDialog().getByRole('row', { name: /ročno/ }).getByRole('button', { name: /^Obnovi kopijo z dne / }).click()
  await settings.confirmDialog().getByRole('button', { name: 'Zamenjaj s kopijo' }).click()
  await expect(settings.section('Varnostne kopije').getByRole('status')).toContainText('Podatki so obnovljeni iz')

  await desk.open(page, '/settings/audit')
  const audit = new AuditPage(page)
  await expect(audit.rows().first()).toContainText('obnovljeno iz varnostne kopije')
  const table = audit.table()
  await expect(table).toContainText('premaknjeno')
  await expect(table).toContainText('potrjeno')
  await expect(table).toContainText('izdana pisma')
  await expect(table).toContainText('uvoženo')
  await expect(table).toContainText('stanje: Prej predlagana → Potem potrjena')
  await expect(table).toContainText('Ime → ime')
  await expectNoCodes(table)
  await screenshot(page, 'audit-words-sl')

  await switchLanguage(page, 'en')
  await desk.open(page, '/settings/audit')
  await expect(audit.rows().nth(1)).toContainText('restored from a backup')
  await expect(table).toContainText('letters issued')
  await expect(table).toContainText('status: Before proposed → After confirmed')
  await expectNoCodes(table)
  await screenshot(page, 'audit-words-en')
})
