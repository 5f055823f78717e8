import { expect, expectAccessible, screenshot, switchLanguage, test } from './fixtures'
import { AuditPage } from './pages/AuditPage'
import { SettingsPage } from './pages/SettingsPage'
import { printLettersOnPaper } from '../../electron/services/letters/generate'
import { backupNow } from '../../electron/services/settings/backups'
import { buildLettersWorld } from '../unit/letters/world'

test('the restore confirmation says what the restore drops and carries, in both languages; carried entries are marked in the audit log', async ({ page, desk }) => {
  const world = buildLettersWorld(desk.ctx)
  await backupNow(desk.ctx)
  // After the backup: three letters, one import, a placement completed.
  for (const placement of [world.durda, world.john, world.hostile])
    await printLettersOnPaper(desk.ctx, async () => true, () => Promise.reject(new Error('not needed')), { roundId: world.roundId, placementIds: [placement], kind: 'participant', lang: 'sl', started: true })
  desk.ctx.conn.sqlite
    .prepare("INSERT INTO import_batches (kind, round_id, file_name, imported_at, summary) VALUES ('nominations', ?, 'prijave-MKGP.xlsx', '2026-11-22T10:00:00Z', '{}')")
    .run(world.roundId)
  desk.ctx.conn.sqlite.prepare("UPDATE placements SET status = 'completed' WHERE id = ?").run(world.durda)

  await desk.open(page, '/settings')
  const settings = new SettingsPage(page)
  await settings.section('Varnostne kopije').getByRole('button', { name: 'Obnovi iz varnostne kopije …' }).click()
  await settings.restoreDialog().getByRole('button', { name: /^Obnovi kopijo z dne / }).click()
  const confirm = settings.confirmDialog()
  await expect(confirm.getByRole('heading', { name: 'Kaj se bo z obnovo spremenilo' })).toBeVisible()
  const drops = confirm.getByRole('listitem')
  await expect(drops.nth(0)).toHaveText(
    'Po nastanku kopije so bila izdana 3 pisma (0100-12/2026-1 … 0100-12/2026-3). Njihovi zapisi bodo odstranjeni, številke pa ostanejo porabljene in se ne bodo ponovile.',
  )
  await expect(drops.nth(1)).toHaveText('Odstranjen bo 1 uvoz, narejen po nastanku kopije: prijave-MKGP.xlsx.')
  await expect(drops.nth(2)).toHaveText('1 izmenjava, dodana, spremenjena ali odstranjena po nastanku kopije, bo spet takšna, kot je v kopiji.')
  await expect(drops.nth(3)).toHaveText('To so izmenjave oseb: Đurđa Čeh Šuštarić.')
  await expect(drops.nth(4)).toContainText('v dnevniku sprememb, zapisan')
  await expect(drops.nth(4)).toContainText('z oznako „pred obnovitvijo“')
  await expectAccessible(page)
  await screenshot(page, 'restore-confirm-drops-sl')
  await confirm.getByRole('button', { name: 'Prekliči' }).click()

  await switchLanguage(page, 'en')
  await settings.section('Backups').getByRole('button', { name: 'Restore from backup…' }).click()
  await settings.restoreDialog().getByRole('button', { name: /^Restore the backup of / }).click()
  await expect(confirm.getByRole('heading', { name: 'What the restore will change' })).toBeVisible()
  await expect(drops.nth(0)).toHaveText(
    '3 letters were issued since the backup (0100-12/2026-1 … 0100-12/2026-3). Their records will be removed; their numbers stay used and will not be issued again.',
  )
  await expect(drops.nth(1)).toHaveText('1 import made since the backup will be removed: prijave-MKGP.xlsx.')
  await expect(drops.nth(2)).toHaveText('1 placement added, changed or removed since the backup will be as the backup has it.')
  await expectAccessible(page)
  await screenshot(page, 'restore-confirm-drops-en')
  await confirm.getByRole('button', { name: 'Replace with the backup' }).click()
  // The backup's own settings come back with it: it was made while the app spoke Slovenian.
  await expect(settings.section('Varnostne kopije').getByRole('status')).toContainText('Podatki so obnovljeni iz')

  await desk.open(page, '/settings/audit')
  const audit = new AuditPage(page)
  await expect(audit.rows().first()).toContainText('obnovljeno iz varnostne kopije')
  await expect(audit.rows().first()).not.toContainText('pred obnovitvijo')
  await expect(audit.rows().nth(1)).toContainText('pred obnovitvijo')
  await expectAccessible(page)
  await screenshot(page, 'restore-audit-carried-sl')
  await switchLanguage(page, 'en')
  await desk.open(page, '/settings/audit')
  // Newest first: the change of language just made, then the restore, then what it carried.
  await expect(audit.rows().nth(1)).toContainText('restored from a backup')
  await expect(audit.rows().nth(2)).toContainText('from before the restore')
  await screenshot(page, 'restore-audit-carried-en')
})
