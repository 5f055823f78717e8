import type { Page } from '@playwright/test'
import { expect, expectAccessible, screenshot, switchLanguage, test } from './fixtures'
import { createOrganisation } from '../../electron/services/partners/organisations'
import { createRound } from '../../electron/services/rounds/rounds'
import { placeByHand } from '../../electron/services/planning/store/changes'
import type { ServiceContext } from '../../electron/services/context'

/**
 * The 2026 round on 8 December 2026: the bank (with mentor Tina Vovk) and the mill offer places all year, the NGO
 * Zavod Kres none. Five working days of notice put the earliest start on 15 December.
 */
function seedDecember(ctx: ServiceContext) {
  ctx.now = () => new Date('2026-12-08T09:00:00Z')
  const round = createRound(ctx, { name: 'Izmenjave 2026', startsOn: '2026-01-01', endsOn: '2026-12-31', status: 'planning' })
  const org = (name: string, sector: 'ministry' | 'company' | 'ngo') => {
    const created = createOrganisation(ctx, { name, sector }, true)
    if (created.status !== 'created') throw new Error(name)
    return created.organisation.id
  }
  const finance = org('Ministrstvo za finance', 'ministry')
  const bank = org('Banka Čebelica d.d.', 'company')
  const mill = org('Mlin Žito d.o.o.', 'company')
  const kres = org('Zavod Kres', 'ngo')
  const db = ctx.conn.sqlite
  const tina = db.prepare("INSERT INTO contacts (organisation_id, full_name, role, sort_key) VALUES (?, 'Tina Vovk', 'mentor', 'vovk tina')").run(bank).lastInsertRowid
  db.prepare("INSERT INTO offers (round_id, organisation_id, places, available_from, available_to, mentor_contact_id, languages) VALUES (?, ?, 2, '2026-01-01', '2026-12-31', ?, 'sl')").run(round.id, bank, tina)
  db.prepare("INSERT INTO offers (round_id, organisation_id, places, available_from, available_to, languages) VALUES (?, ?, 2, '2026-01-01', '2026-12-31', 'sl')").run(round.id, mill)
  const nominate = (first: string, last: string, prefs: number[]) => {
    const person = db.prepare('INSERT INTO people (organisation_id, first_name, last_name, sort_key) VALUES (?, ?, ?, ?)').run(finance, first, last, `${last} ${first}`.toLowerCase()).lastInsertRowid
    return Number(db.prepare('INSERT INTO nominations (round_id, person_id, duration_days, preference_1, preference_2) VALUES (?, ?, 5, ?, ?)').run(round.id, person, prefs[0] ?? null, prefs[1] ?? null).lastInsertRowid)
  }
  nominate('Ana', 'Novak', [bank, mill])
  nominate('Bor', 'Kos', [bank, mill])
  nominate('Cene', 'Bizjak', [mill])
  const eva = nominate('Eva', 'Horvat', [mill])
  return { roundId: round.id, bank, mill, kres, eva }
}

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) })
}

async function chooseAction(page: Page, name: string, action: string) {
  await row(page, name).getByRole('button', { name: new RegExp(name) }).click()
  await page.getByRole('menuitem', { name: action }).click()
}

test('propose shows the changes first; a move to a host without an offer drops the old offer and mentor; a started exchange asks before confirming', async ({ page, desk }) => {
  const { roundId, bank, kres, eva } = seedDecember(desk.ctx)
  // Eva's exchange was agreed by hand to start on 3 December (kept with a reason), still unconfirmed.
  placeByHand(desk.ctx, { nominationId: eva, hostOrganisationId: bank, offerId: null, mentorContactId: null, driver: null, startsOn: '2026-12-03', endsOn: '2026-12-07', overrideReason: 'dogovorjeno po telefonu', locked: false })
  await desk.open(page, `/planning/${roundId}`)
  await expect(page.getByText('Nobena predlagana izmenjava se ne začne pred 15. 12. 2026 (danes in 5 delovnih dni za obvestilo).')).toBeVisible()

  await page.getByRole('button', { name: 'Predlagaj razporeditev' }).click()
  const diff = page.getByRole('dialog', { name: 'Kaj bo novi predlog spremenil' })
  await expect(diff.getByTestId('diff-counts')).toHaveText('Premaknjene: 0 · nove: 3 · opuščene: 0 · nespremenjene: 0')
  // The exchange under way is not in the counts: the dialog says it stays, so the figures add up to the round's.
  await expect(diff).toContainText('Poleg tega ostane 1 izmenjava kroga, kakršna je (zaklenjene, potrjene, opravljene ali že začete).')
  // Five working days from Tuesday 15. 12.: the stay ends on Monday 21. 12., not on Saturday 19. 12.
  await expect(diff.getByRole('row').filter({ hasText: 'Ana Novak' })).toContainText(/15\. 12\. 2026\s*–\s*21\. 12\. 2026/)
  await expectAccessible(page)
  await screenshot(page, 'planning-diff-sl-1280')
  await page.setViewportSize({ width: 1024, height: 700 })
  await screenshot(page, 'planning-diff-sl-1024')
  await page.setViewportSize({ width: 1280, height: 800 })
  // Nothing is written until the proposal is stored.
  expect(desk.ctx.conn.sqlite.prepare("SELECT count(*) AS n FROM placements").get()).toEqual({ n: 1 })
  await diff.getByRole('button', { name: 'Shrani predlog' }).click()
  await expect(diff).toBeHidden()
  const starts = desk.ctx.conn.sqlite.prepare('SELECT starts_on AS s FROM placements WHERE nomination_id <> ? ORDER BY s').all(eva) as Array<{ s: string }>
  expect(starts.length).toBe(3)
  for (const { s } of starts) expect(s >= '2026-12-15').toBe(true)
  // The exchange under way stays where it is.
  await expect(row(page, 'Eva Horvat')).toContainText('3. 12. 2026')

  // Move whoever has the bank's offer (mentor Tina Vovk) to the NGO, which offers no places.
  const moving = desk.ctx.conn.sqlite
    .prepare(`SELECT pe.first_name || ' ' || pe.last_name AS name FROM placements p JOIN people pe ON pe.id = p.person_id WHERE p.host_organisation_id = ? AND p.offer_id IS NOT NULL`)
    .get(bank) as { name: string }
  await expect(row(page, moving.name)).toContainText('Tina Vovk')
  await chooseAction(page, moving.name, 'Premakni …')
  const move = page.getByRole('dialog')
  await move.getByLabel('Gostitelj').selectOption({ label: 'Zavod Kres' })
  await expect(move.getByLabel('Ponudba')).toHaveValue('')
  await expect(move.getByLabel('Mentor')).toHaveValue('')
  await expect(move.getByText('Izbrana ponudba je ponudba')).toHaveCount(0)
  await move.getByLabel('Razlog za odstopanje od pravil').fill('Projekt z nevladno organizacijo')
  await screenshot(page, 'planning-move-no-offer-sl')
  await move.getByRole('button', { name: 'Shrani' }).click()
  await expect(move).toBeHidden()
  await expect(row(page, moving.name)).toContainText('Zavod Kres')
  await expect(row(page, moving.name)).not.toContainText('Tina Vovk')
  expect(desk.ctx.conn.sqlite.prepare('SELECT offer_id AS offer, mentor_contact_id AS mentor FROM placements WHERE host_organisation_id = ?').get(kres)).toEqual({ offer: null, mentor: null })

  // Confirming Eva's started exchange asks first; cancelling changes nothing.
  await chooseAction(page, 'Eva Horvat', 'Potrdi')
  const ask = page.getByRole('alertdialog', { name: 'Izmenjava se je že začela' })
  await expect(ask).toContainText('Izmenjava osebe Eva Horvat pri Banka Čebelica d.d. se je začela 3. 12. 2026.')
  await expectAccessible(page)
  await screenshot(page, 'planning-confirm-started-sl')
  await ask.getByRole('button', { name: 'Prekliči' }).click()
  await expect(row(page, 'Eva Horvat')).toContainText('Predlagan')
  await chooseAction(page, 'Eva Horvat', 'Potrdi')
  await page.getByRole('button', { name: 'Vseeno potrdi' }).click()
  await expect(row(page, 'Eva Horvat').getByText('Potrjen')).toBeVisible()

  // A change of rule, a new proposal, then the previous one back in one step.
  await page.getByRole('tab', { name: 'Pravila' }).click()
  await page.getByLabel('Rok za obvestilo pred začetkom (delovni dnevi)').fill('0')
  await page.getByRole('button', { name: 'Shrani' }).click()
  await expect(page.getByText('Pravila so shranjena.')).toBeVisible()
  await expect(page.getByText('Nobena predlagana izmenjava se ne začne pred 8. 12. 2026 (danes, brez roka za obvestilo).')).toBeVisible()
  await page.getByRole('button', { name: 'Predlagaj razporeditev' }).click()
  await expect(diff.getByTestId('diff-counts')).toContainText('Premaknjene: 2')
  await expect(diff).toContainText('Predloge, ki jih novi predlog zamenja, lahko pozneje vrnete')
  await expect(diff.getByRole('row').filter({ hasText: 'premaknjena' }).first()).toContainText('8. 12. 2026')
  await screenshot(page, 'planning-diff-moved-sl')
  await diff.getByRole('button', { name: 'Shrani predlog' }).click()
  await expect(diff).toBeHidden()
  await page.getByRole('button', { name: 'Vrni prejšnji predlog' }).click()
  // Bringing back asks first, saying how many come back and how many current proposals it replaces.
  const bringBack = page.getByRole('alertdialog', { name: 'Vrnem prejšnji predlog?' })
  await expect(bringBack).toContainText('(2 izmenjavi)')
  await expect(bringBack).toContainText('ki se še niso začeli (2)')
  await screenshot(page, 'planning-restore-ask-sl')
  await bringBack.getByRole('button', { name: 'Vrni prejšnji predlog' }).click()
  await expect(page.getByText('Vrnjen prejšnji predlog: 2 izmenjavi.')).toBeVisible()
  const back = desk.ctx.conn.sqlite.prepare("SELECT starts_on AS s FROM placements WHERE status = 'proposed' ORDER BY s").all() as Array<{ s: string }>
  for (const { s } of back) expect(s >= '2026-12-15').toBe(true)
})

test('the notice, the diff and a started exchange in English at both sizes', async ({ page, desk }) => {
  const { roundId, bank, eva } = seedDecember(desk.ctx)
  placeByHand(desk.ctx, { nominationId: eva, hostOrganisationId: bank, offerId: null, mentorContactId: null, driver: null, startsOn: '2026-12-03', endsOn: '2026-12-07', overrideReason: 'agreed by phone', locked: false })
  await desk.open(page, `/planning/${roundId}`)
  await switchLanguage(page, 'en')
  await page.getByRole('tab', { name: 'Rules' }).click()
  await page.getByLabel('Notice before a start (working days)').fill('-1')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Enter a whole number of working days from 0 to 60.')).toBeVisible()
  await expect(page.getByText('The rules are saved.')).toHaveCount(0)
  await screenshot(page, 'planning-rules-notice-en')
  await page.getByLabel('Notice before a start (working days)').fill('5')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('The rules are saved.')).toBeVisible()
  await page.getByRole('button', { name: 'Propose a plan' }).click()
  const diff = page.getByRole('dialog', { name: 'What the new proposal will change' })
  await expect(diff.getByTestId('diff-counts')).toHaveText('Moved: 0 · new: 3 · dropped: 0 · kept: 0')
  await expect(diff.getByRole('row').filter({ hasText: 'Ana Novak' })).toContainText('15 Dec 2026')
  await screenshot(page, 'planning-diff-en-1280')
  await page.setViewportSize({ width: 1024, height: 700 })
  await screenshot(page, 'planning-diff-en-1024')
  await diff.getByRole('button', { name: 'Store the proposal' }).click()
  await expect(diff).toBeHidden()
  await screenshot(page, 'planning-board-en-1024')
  await page.getByRole('tab', { name: 'Participants' }).click()
  await row(page, 'Eva Horvat').getByRole('button', { name: /Eva Horvat/ }).click()
  await page.getByRole('menuitem', { name: 'Confirm' }).click()
  const ask = page.getByRole('alertdialog', { name: 'This exchange has started' })
  await expect(ask).toContainText('The exchange of Eva Horvat at Banka Čebelica d.d. started on 3 Dec 2026. Its letters would announce a date that has passed. Confirm anyway?')
  await screenshot(page, 'planning-confirm-started-en-1024')
  await page.setViewportSize({ width: 1280, height: 800 })
  await screenshot(page, 'planning-confirm-started-en-1280')
  await ask.getByRole('button', { name: 'Confirm anyway' }).click()
  await expect(row(page, 'Eva Horvat').getByText('Confirmed')).toBeVisible()
})
