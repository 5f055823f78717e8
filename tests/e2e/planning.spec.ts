import type { Page } from '@playwright/test'
import { expect, expectAccessible, screenshot, switchLanguage, test } from './fixtures'
import { createOrganisation } from '../../electron/services/partners/organisations'
import { createRound } from '../../electron/services/rounds/rounds'
import { addChallenge, addWorkshop } from '../../electron/services/rounds/parts'
import type { ServiceContext } from '../../electron/services/context'
import { loadDemo } from '../../electron/services/demo/load'

/** A round with two ministries sending three people and three hosts offering one place each in April. */
function seedRound(ctx: ServiceContext) {
  // Planned in February, before the round begins: nothing may start before today plus the notice.
  ctx.now = () => new Date('2026-02-02T10:00:00Z')
  const round = createRound(ctx, { name: 'Izmenjave 2026', startsOn: '2026-03-01', endsOn: '2026-11-30', status: 'planning' })
  const org = (name: string, sector: 'ministry' | 'company' | 'ngo') => {
    const created = createOrganisation(ctx, { name, sector }, true)
    if (created.status !== 'created') throw new Error(name)
    return created.organisation.id
  }
  const finance = org('Ministrstvo za finance', 'ministry')
  const health = org('Ministrstvo za zdravje', 'ministry')
  const bank = org('Banka Čebelica d.d.', 'company')
  const mill = org('Mlin Žito d.o.o.', 'company')
  const kres = org('Zavod Kres', 'ngo')
  const db = ctx.conn.sqlite
  for (const host of [bank, mill, kres]) {
    db.prepare("INSERT INTO offers (round_id, organisation_id, places, available_from, available_to, languages) VALUES (?, ?, 1, '2026-04-01', '2026-04-30', 'sl')").run(round.id, host)
  }
  const challenge = addChallenge(ctx, round.id, { title: 'Digitalne javne storitve' }).id
  addWorkshop(ctx, round.id, { title: 'Javno nastopanje', heldOn: '2026-05-20', capacity: 10 })
  const nominate = (home: number, first: string, last: string, prefs: number[]) => {
    const person = db.prepare('INSERT INTO people (organisation_id, first_name, last_name, sort_key) VALUES (?, ?, ?, ?)').run(home, first, last, `${last} ${first}`.toLowerCase()).lastInsertRowid
    db.prepare('INSERT INTO nominations (round_id, person_id, duration_days, preference_1, preference_2, challenge_id) VALUES (?, ?, 5, ?, ?, ?)').run(round.id, person, prefs[0] ?? null, prefs[1] ?? null, challenge)
  }
  nominate(finance, 'Ana', 'Novak', [bank, mill])
  nominate(health, 'Bor', 'Kos', [bank, mill])
  nominate(health, 'Cene', 'Bizjak', [bank])
  nominate(bank, 'Dana', 'Zupan', [finance])
  return round.id
}

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) })
}

/** "Propose": the changes are shown first, and stored with the dialog's button. */
async function propose(page: Page, lang: 'sl' | 'en' = 'sl') {
  await page.getByRole('button', { name: lang === 'sl' ? 'Predlagaj razporeditev' : 'Propose a plan' }).click()
  const dialog = page.getByRole('dialog', { name: lang === 'sl' ? 'Kaj bo novi predlog spremenil' : 'What the new proposal will change' })
  await dialog.getByRole('button', { name: lang === 'sl' ? 'Shrani predlog' : 'Store the proposal' }).click()
  await expect(dialog).toBeHidden()
}

/** Opens a participant's action menu with the keyboard and chooses an action. */
async function chooseAction(page: Page, name: string, action: string) {
  await row(page, name).getByRole('button', { name: new RegExp(name) }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('menuitem', { name: action }).focus()
  await page.keyboard.press('Enter')
}

test('propose a plan, lock one, move one by hand past a rule with a reason, confirm it', async ({ page, desk }) => {
  const roundId = seedRound(desk.ctx)
  await desk.open(page, `/rounds/${roundId}`)
  await page.getByRole('link', { name: 'Načrtuj izmenjave' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Načrtovanje izmenjav' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Načrtovanje' })).toHaveAttribute('aria-current', 'page')

  await page.getByRole('button', { name: 'Predlagaj razporeditev' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Shrani predlog' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Zadnji predlog: mesto za 3 nominacije, 5 točk.' })).toContainText('Optimalen predlog (dokazano)')
  // Each placement says why: Ana, Bor and Cene all want the bank, which has one place; Dana's ministry offers none.
  await expect(row(page, 'Ana Novak')).toContainText('Predlagan')
  await expect(page.getByRole('cell', { name: /izbira/ }).first()).toBeVisible()
  await expect(page.getByText(/1\. izbira \(Banka Čebelica d\.d\.\) je polna/).first()).toBeVisible()
  await expect(row(page, 'Dana Zupan')).toContainText('Brez mesta')
  await expect(row(page, 'Dana Zupan')).toContainText('1. izbira (Ministrstvo za finance) v tem krogu ne ponuja mest')
  await expectAccessible(page)
  await screenshot(page, 'planning-proposal-sl')

  await chooseAction(page, 'Ana Novak', 'Zakleni')
  await expect(row(page, 'Ana Novak')).toContainText('Zaklenjeno')

  await chooseAction(page, 'Bor Kos', 'Premakni …')
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading', { name: 'Premik izmenjave: Bor Kos' })).toBeVisible()
  await dialog.getByLabel('Gostitelj').selectOption({ label: 'Ministrstvo za finance' })
  await dialog.getByLabel('Ponudba').selectOption({ label: 'Brez ponudbe' })
  await expect(dialog.getByText('Ta sprememba krši pravila kroga:')).toBeVisible()
  // Locking a hand-made placement is the user's visible choice, ticked to start with.
  await expect(dialog.getByLabel('Zakleni: novi predlogi te razporeditve ne spremenijo')).toBeChecked()
  await expect(dialog.getByText(/Vrsta izmenjave v tem krogu ni dovoljena \(znotraj javnega sektorja\)/)).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'planning-move-warning-sl')
  await dialog.getByRole('button', { name: 'Shrani' }).click()
  await expect(dialog.getByText('Obvezen podatek.')).toBeVisible()
  await dialog.getByLabel('Razlog za odstopanje od pravil').fill('Skupni projekt obeh ministrstev')
  await dialog.getByRole('button', { name: 'Shrani' }).click()
  await expect(dialog).toBeHidden()
  await expect(row(page, 'Bor Kos')).toContainText('Ministrstvo za finance')
  await expect(row(page, 'Bor Kos')).toContainText('Odstopa od pravil: Skupni projekt obeh ministrstev')
  await expect(row(page, 'Bor Kos')).toContainText('Zaklenjeno')

  // A proposed placement cannot be completed: no exchange has been agreed yet.
  await row(page, 'Ana Novak').getByRole('button', { name: /Ana Novak/ }).click()
  await expect(page.getByRole('menuitem', { name: 'Potrdi' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: 'Zaključek in odziv …' })).toHaveCount(0)
  await page.keyboard.press('Escape')

  await chooseAction(page, 'Bor Kos', 'Potrdi')
  await expect(row(page, 'Bor Kos').getByText('Potrjen')).toBeVisible()
  await page.getByLabel('Stanje').selectOption({ label: 'Z odstopanjem od pravil' })
  await expect(page.getByText('Prikazanih 1 od 4')).toBeVisible()
  await page.getByLabel('Stanje').selectOption({ label: 'Vsi' })

  // A new proposal keeps the locked and the confirmed placements where the user put them.
  await propose(page)
  await expect(row(page, 'Bor Kos')).toContainText('Ministrstvo za finance')
  await expect(row(page, 'Ana Novak')).toContainText('Zaklenjeno')
  const stored = desk.ctx.conn.sqlite.prepare("SELECT override_reason AS reason, status, locked FROM placements WHERE override_reason IS NOT NULL").all()
  expect(stored).toEqual([{ reason: 'Skupni projekt obeh ministrstev', status: 'confirmed', locked: 1 }])

  // After the exchange: days spent and feedback; a participant who withdraws keeps the row, marked.
  await chooseAction(page, 'Bor Kos', 'Zaključek in odziv …')
  const completion = page.getByRole('dialog')
  await completion.getByLabel('Dejansko število dni').fill('4')
  await completion.getByLabel('Ocena udeleženca (1–5)').selectOption('5')
  await completion.getByLabel('Ocena gostitelja (1–5)').selectOption('4')
  await completion.getByLabel('Odziv udeleženca').fill('Zelo koristno')
  await screenshot(page, 'planning-completion-sl')
  await completion.getByRole('button', { name: 'Shrani' }).click()
  await expect(completion).toBeHidden()
  await expect(row(page, 'Bor Kos').getByText('Opravljeno')).toBeVisible()
  await expect(row(page, 'Bor Kos')).toContainText('Ocena udeleženca 5, gostitelja 4')
  await chooseAction(page, 'Cene Bizjak', 'Umik udeleženca')
  await expect(row(page, 'Cene Bizjak').getByText('Umaknjen')).toBeVisible()
  expect(desk.ctx.conn.sqlite.prepare('SELECT days_actual AS days, participant_rating AS rating, participant_feedback AS feedback FROM placements WHERE status = ?').all('completed')).toEqual([
    { days: 4, rating: 5, feedback: 'Zelo koristno' },
  ])
})

test('hosts, calendar, teams, workshops and rules in both languages', async ({ page, desk }) => {
  const roundId = seedRound(desk.ctx)
  await desk.open(page, `/planning/${roundId}`)
  await propose(page)
  await expect(page.getByRole('status').filter({ hasText: 'Zadnji predlog' })).toBeVisible()

  await page.getByRole('tab', { name: 'Gostitelji in ponudbe' }).click()
  await expect(page.getByText('3 ponudbe, 3 mest, 0 prostih')).toBeVisible()
  await page.getByRole('button', { name: 'Dodaj ponudbo' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Gostitelj').selectOption({ label: 'Zavod Kres' })
  await dialog.getByLabel('Mesta').fill('2')
  await dialog.getByRole('button', { name: 'Shrani' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('4 ponudbe, 5 mest, 2 prostih')).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'planning-hosts-sl')

  await page.getByRole('tab', { name: 'Koledar' }).click()
  await expect(page.getByRole('heading', { name: /april 2026/i })).toBeVisible()
  await screenshot(page, 'planning-calendar-sl')

  await page.getByRole('tab', { name: 'Mešane skupine' }).click()
  await page.getByRole('button', { name: 'Predlagaj mešane skupine' }).click()
  await expect(page.getByRole('heading', { level: 3, name: /Digitalne javne storitve – 1/ })).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('tab', { name: 'Delavnice' }).click()
  await page.getByLabel('Prijava na delavnico Javno nastopanje').selectOption({ label: 'Ana Novak' })
  await page.getByRole('button', { name: 'Prijavi' }).click()
  // The box shows what is stored, so it turns on once the attendance is recorded.
  await page.getByLabel('Ana Novak se je udeležil(a)').click()
  await expect(page.getByLabel('Ana Novak se je udeležil(a)')).toBeChecked()
  await expect(page.getByText('Prijavljenih 1, udeleženih 1, mest 10')).toBeVisible()
  await expectAccessible(page)

  await switchLanguage(page, 'en')
  await page.getByRole('tab', { name: 'Rules' }).click()
  await page.getByLabel('Within the public sector').check()
  await page.getByLabel('Show reciprocity (sent and hosted per organisation)').check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('The rules are saved.')).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'planning-rules-en')
  await page.getByRole('tab', { name: 'Participants' }).click()
  await propose(page, 'en')
  await expect(page.getByRole('status').filter({ hasText: 'Last proposal' })).toContainText('Optimal proposal (proven)')
  await expect(page.getByRole('columnheader', { name: 'Host and dates' })).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'planning-proposal-en')
  await page.getByRole('tab', { name: 'Hosts and offers' }).click()
  // Reciprocity: the ministries send and host nobody, so they come first with a negative balance.
  const reciprocity = page.getByRole('region', { name: 'Reciprocity per organisation' })
  await expect(reciprocity.getByRole('row').nth(1)).toHaveText(/Ministrstvo za zdravje\s*2\s*0\s*-2/)
  await expect(reciprocity.getByRole('row').nth(2)).toHaveText(/Ministrstvo za finance\s*1\s*0\s*-1/)
  await expectAccessible(page)
  await screenshot(page, 'planning-hosts-en')
})

test('the open round of the demo data: the board opens on it, a proposal keeps the confirmed and completed exchanges', async ({ page, desk }) => {
  loadDemo(desk.ctx)
  const kept = desk.ctx.conn.sqlite.prepare("SELECT id, host_organisation_id AS host FROM placements WHERE round_id = 12 AND status IN ('confirmed', 'completed') ORDER BY id").all()
  await desk.open(page, '/planning')
  await expect(page.getByLabel('Krog')).toHaveValue('12')
  await expect(page.getByText(/Prikazanih \d+ od \d+/)).toBeVisible()
  await propose(page)
  await expect(page.getByRole('status').filter({ hasText: 'Zadnji predlog' })).toContainText('Optimalen predlog (dokazano)')
  await page.getByLabel('Stanje').selectOption({ label: 'Opravljeno' })
  await expect(page.getByRole('row').nth(1)).toContainText('Opravljeno')
  expect(desk.ctx.conn.sqlite.prepare("SELECT id, host_organisation_id AS host FROM placements WHERE round_id = 12 AND status IN ('confirmed', 'completed') ORDER BY id").all()).toEqual(kept)
  await expectAccessible(page)
  await screenshot(page, 'planning-demo-completed-sl')
  await switchLanguage(page, 'en')
  await page.getByLabel('Status').selectOption({ label: 'Proposed' })
  await expectAccessible(page)
  await screenshot(page, 'planning-demo-proposed-en')
})

test('a round with thousands of nominations: the participants list draws only what is in view and stays keyboard-operable', async ({ page, desk }) => {
  const roundId = seedRound(desk.ctx)
  const db = desk.ctx.conn.sqlite
  const home = (db.prepare("SELECT id FROM organisations WHERE name = 'Ministrstvo za zdravje'").get() as { id: number }).id
  const bank = (db.prepare("SELECT id FROM organisations WHERE name = 'Banka Čebelica d.d.'").get() as { id: number }).id
  db.transaction(() => {
    const person = db.prepare('INSERT INTO people (organisation_id, first_name, last_name, sort_key) VALUES (?, ?, ?, ?)')
    const nomination = db.prepare('INSERT INTO nominations (round_id, person_id, duration_days, preference_1) VALUES (?, ?, 5, ?)')
    for (let i = 1; i <= 3000; i++) {
      const last = `Udeleženec ${String(i).padStart(4, '0')}`
      nomination.run(roundId, person.run(home, 'Mojca', last, `${last} mojca`.toLowerCase()).lastInsertRowid, bank)
    }
  })()
  await desk.open(page, `/planning/${roundId}`)
  await expect(page.getByText(/Prikazanih 3\.?004 od 3\.?004/)).toBeVisible()
  const list = page.getByRole('region', { name: 'Seznam udeležencev (drsni)' })
  await expect(list.getByRole('rowheader').first()).toBeVisible()
  // Far fewer rows in the document than people in the round; the table still says how many rows there are.
  expect(await list.getByRole('row').count()).toBeLessThan(80)
  await expect(list.getByRole('table')).toHaveAttribute('aria-rowcount', '3005')
  await expectAccessible(page)
  await screenshot(page, 'planning-many-sl')

  // The keyboard scrolls the list (it is focusable), and the rows further down are drawn as they come into view.
  await list.focus()
  // One End reaches the last row, although rows are measured (and the list grows) while it scrolls; Home comes back.
  await page.keyboard.press('End')
  await expect(list.getByRole('rowheader', { name: /Udeleženec 3000/ })).toBeInViewport()
  await page.keyboard.press('Home')
  await expect(list.getByRole('rowheader').first()).toBeInViewport()
  await expect(list.getByRole('rowheader', { name: /Udeleženec 3000/ })).toHaveCount(0)
  await page.keyboard.press('End')
  await expect(list.getByRole('rowheader', { name: /Udeleženec 3000/ })).toBeInViewport()
  await chooseAction(page, 'Udeleženec 3000', 'Umik udeleženca')
  await expect(row(page, 'Udeleženec 3000').getByText('Umaknjen')).toBeVisible()

  await switchLanguage(page, 'en')
  await expect(page.getByText(/3,?004 of 3,?004 shown/)).toBeVisible()
  await expect(page.getByRole('region', { name: 'List of participants (scrollable)' })).toBeVisible()
  await expectAccessible(page)
  await screenshot(page, 'planning-many-en')
})
