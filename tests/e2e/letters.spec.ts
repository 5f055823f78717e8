import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, screenshot, switchLanguage, test } from './fixtures'
import { tabTo } from './keyboard'
import { buildLettersWorld } from '../unit/letters/world'

/**
 * expectAccessible, but without entering the preview frame: it is sandboxed with no scripts (on purpose), so axe
 * cannot run inside it and would wait for it until the test times out (axe reaches into it since the frame is
 * same-origin, for measuring its pages): legacy mode runs axe in the app's page only, frames off. The frame itself
 * (its title) is checked.
 */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ iframes: false }).exclude('.letter-frame__sheet').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** Types one character the way React sees typing, and resolves with the time until the preview frame has loaded. */
const PREVIEW_TIMING = `(async () => {
  const area = document.querySelector('#letters-template-source')
  const frame = document.querySelector('[data-testid="letter-preview"]')
  const loaded = new Promise((resolve) => frame.addEventListener('load', () => resolve(performance.now()), { once: true }))
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set
  const start = performance.now()
  setValue.call(area, area.value + 'W')
  area.dispatchEvent(new Event('input', { bubbles: true }))
  return (await loaded) - start
})()`

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

test('edit a template with live preview, save a round as one PDF, reprint a letter', async ({ page, desk }) => {
  const world = buildLettersWorld(desk.ctx)
  await desk.open(page, '/letters')
  await switchLanguage(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Letters' })).toBeVisible()
  await expect(page.getByLabel('Round')).toHaveValue(String(world.roundId))
  // Confirmed placements with consent are chosen; a proposed one cannot be; the one without consent says so.
  await expect(page.getByRole('checkbox', { name: 'Choose Đurđa Čeh Šuštarić' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Choose Mojca Horvat' })).toBeDisabled()
  await expect(page.getByRole('row', { name: /Ćiril Zupančič/ })).toContainText('no consent')

  const preview = page.frameLocator('[data-testid="letter-preview"]')
  await expect(preview.locator('body')).toContainText('Spoštovana gospa Čeh Šuštarić')
  await expect(preview.locator('body')).toContainText('Ministrstvo za javno upravoTržaška cesta 21')
  await screenshot(page, 'letters-en')
  await expectAccessible(page)

  // A mistake is shown with its line and column and cannot be saved; the preview waits for the fix.
  const source = page.getByLabel('Template text')
  await tabTo(page, source)
  await source.fill('Številka: {letter.reference}\n\nPozdravljeni, {participant.fulName}!\n')
  await expect(page.getByRole('alert')).toContainText('Line 3, column 15: there is no field “participant.fulName”')
  await expect(page.getByRole('button', { name: 'Save template' })).toBeDisabled()
  await page.getByRole('button', { name: 'Go to the mistake' }).click()
  await expect(source).toBeFocused()
  expect(await source.evaluate((el) => (el as unknown as { selectionStart: number }).selectionStart)).toBe('Številka: {letter.reference}\n\nPozdravljeni, '.length)
  await screenshot(page, 'letters-template-error-en')

  await source.fill('Številka: {letter.reference}\n\nPozdravljeni, {participant.fullName}!\n\n{letter.signature}\n')
  await expect(preview.locator('body')).toContainText('Pozdravljeni, Đurđa Čeh Šuštarić!')
  // The preview follows each keystroke (the time includes Playwright's own polling, so it is an upper bound).
  await source.press('Control+End')
  await source.pressSequentially('Zeta')
  await expect(preview.locator('body')).toContainText('Zeta')
  const started = Date.now()
  await source.press('Q')
  await expect(preview.locator('body')).toContainText('ZetaQ')
  console.log(`preview shows a keystroke after ${Date.now() - started} ms (through Playwright)`)
  // Measured inside the page: from an edit to the preview document having loaded (parsed, styled) in its frame.
  const inPage = Number(await page.evaluate(PREVIEW_TIMING))
  console.log(`preview document loaded ${inPage.toFixed(1)} ms after an edit (in the page)`)
  expect(inPage).toBeLessThan(500)
  await expect(preview.locator('body')).toContainText('ZetaQW')
  await source.press('Control+End')
  await source.press('Backspace')
  await page.getByRole('button', { name: '{participant.jobTitle}', exact: true }).click()
  await expect(source).toHaveValue(/\{participant\.jobTitle\}/)
  await page.getByRole('button', { name: 'Save template' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The template has been saved.' })).toBeVisible()
  expect(desk.ctx.conn.sqlite.prepare(`SELECT count(*) FROM letter_templates WHERE kind = 'participant' AND language = 'sl'`).pluck().get()).toBe(1)

  // The whole round as one merged PDF: three placements, three letters each, asked first (they have started).
  const file = join(desk.dir, 'round.pdf')
  desk.dialogs.nextSaveFile = file
  await page.getByRole('button', { name: 'Make and save PDF (9 letters)' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Issue letters' })
  await expect(confirm).toContainText('9 letters will be issued, using 9 new reference numbers from the register.')
  await expect(confirm).toContainText('3 placements have already started')
  await expect(confirm.getByRole('button', { name: 'Issue and save PDF' })).toBeDisabled()
  await screenshot(page, 'letters-confirm-en')
  await confirm.getByLabel('I know these exchanges have started; make the letters anyway').check()
  await confirm.getByRole('button', { name: 'Issue and save PDF' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved: 9 letters' })).toContainText(file)
  const text = pdfText(file)
  expect(text).toContain('Pozdravljeni, Đurđa Čeh Šuštarić!')
  expect(text).toContain('Dear Clara Huber')
  expect(text).toContain('ZetaQ')
  expect(text).toContain('<img src=x onerror=alert(1)>')

  const history = page.getByRole('region', { name: 'Letters made' })
  await expect(history.getByRole('row')).toHaveCount(10)
  const copy = join(desk.dir, 'copy.pdf')
  desk.dialogs.nextSaveFile = copy
  await history.getByRole('button', { name: 'Reprint 0100-12/2026-1' }).click()
  await expect(history.getByRole('status')).toContainText('Letter 0100-12/2026-1 has been saved')
  expect(existsSync(copy)).toBe(true)
  expect(pdfText(copy)).toContain('0100-12/2026-1')
  await screenshot(page, 'letters-after-save-en')
  await page.locator('.letter-frame').screenshot({ path: 'test-results/screens/letters-preview-edited.png' })

  await page.getByRole('button', { name: 'Reset to the default template' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The default template is back.' })).toBeVisible()
  await expect(source).toHaveValue(/Zadeva: Napotitev na izmenjavo/)

  await switchLanguage(page, 'sl')
  await expect(page.getByRole('heading', { level: 1, name: 'Pisma' })).toBeVisible()
  await page.getByLabel('Predloga za').selectOption('host')
  await page.getByLabel('Jezik predloge').selectOption('en')
  await expect(preview.locator('body')).toContainText('Dear Ana Ščurek')
  await screenshot(page, 'letters-sl')
  await page.locator('.letter-frame').screenshot({ path: 'test-results/screens/letters-preview-host-en.png' })
  await expectAccessible(page)
})

test('one PDF per letter into a folder, in Slovenian; paper printing says where it works', async ({ page, desk }) => {
  buildLettersWorld(desk.ctx)
  await desk.open(page, '/letters')
  await expect(page.getByRole('heading', { level: 1, name: 'Pisma' })).toBeVisible()
  await page.getByLabel('Vrsta pisma').selectOption('participant')
  await page.getByRole('checkbox', { name: 'Izberi vse prikazane izmenjave, ki lahko dobijo to pismo' }).uncheck()
  await page.getByRole('checkbox', { name: 'Izberi: John Smith' }).check()
  await page.getByRole('checkbox', { name: 'Izberi: Đurđa Čeh Šuštarić' }).check()
  await page.getByText('en PDF za vsako pismo (v mapo)').click()
  const folder = join(desk.dir, 'pisma')
  desk.dialogs.nextFolder = folder
  const save = page.getByRole('button', { name: 'Pripravi in shrani PDF (2 pismi)' })
  await tabTo(page, save)
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('alertdialog', { name: 'Izdaja pisem' })
  await expect(confirm).toContainText('Izdani bosta 2 pismi, porabljeni bosta 2 novi številki iz vložne knjige.')
  await confirm.getByLabel('Vem, da so se te izmenjave že začele; pisma vseeno pripravi').check()
  await confirm.getByRole('button', { name: 'Izdaj in shrani PDF' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Shranjeno: 2 pismi' })).toContainText(folder)
  expect(existsSync(join(folder, '2026-001_Ceh_Sustaric_Durda_participant.pdf'))).toBe(true)
  expect(pdfText(join(folder, '2026-002_Smith_John_participant.pdf'))).toContain('Dear Mr Smith')
  await expect(page.getByRole('row', { name: /John Smith/ }).first()).toContainText('1')

  // Issued letters are no longer chosen. Choosing one again asks: leave it out, or issue it again for a reason.
  await expect(page.getByRole('checkbox', { name: 'Izberi: John Smith' })).not.toBeChecked()
  await page.getByRole('checkbox', { name: 'Izberi: John Smith' }).check()
  await page.getByRole('button', { name: 'Pripravi in shrani PDF (2 pismi)' }).click()
  const again = page.getByRole('alertdialog', { name: 'Izdaja pisem' })
  await expect(again).toContainText('1 izbrano pismo je že izdano:')
  await expect(again).toContainText('Izdano bo 1 pismo, porabljena bo 1 nova številka iz vložne knjige.')
  await again.getByLabel('Izdaj jih ponovno z novo številko').check()
  await expect(again).toContainText('Izdani bosta 2 pismi, porabljeni bosta 2 novi številki iz vložne knjige.')
  await again.getByLabel('Vem, da so se te izmenjave že začele; pisma vseeno pripravi').check()
  await expect(again.getByRole('button', { name: 'Izdaj in shrani PDF' })).toBeDisabled()
  await again.getByLabel('Razlog za ponovno izdajo').fill('Udeleženec je pismo izgubil.')
  await expect(again.getByRole('button', { name: 'Izdaj in shrani PDF' })).toBeEnabled()
  await screenshot(page, 'letters-reissue-sl')
  await again.getByRole('button', { name: 'Prekliči' }).click()
  await page.getByRole('checkbox', { name: 'Izberi: John Smith' }).uncheck()
  // The test harness has no system print dialog: the message says where printing on paper works.
  await page.getByRole('checkbox', { name: 'Izberi: <img src=x onerror=alert(1)>' }).check()
  await page.getByRole('button', { name: 'Natisni …' }).click()
  await page.getByRole('alertdialog', { name: 'Izdaja pisem' }).getByLabel('Vem, da so se te izmenjave že začele; pisma vseeno pripravi').check()
  await page.getByRole('alertdialog', { name: 'Izdaja pisem' }).getByRole('button', { name: 'Izdaj in natisni' }).click()
  await expect(page.getByRole('alert')).toHaveText('Tiskanje na papir je mogoče le v programu; tu pisma shranite kot PDF.')
  expect(desk.ctx.conn.sqlite.prepare('SELECT count(*) FROM letters').pluck().get()).toBe(2)
  await expect(page.frameLocator('[data-testid="letter-preview"]').locator('body')).toContainText('Številka: 0100-12/2026-3')
  // Chromium does not paint a cross-origin (sandboxed) frame while it is out of view; show it for the picture.
  await page.locator('.letter-frame').scrollIntoViewIfNeeded()
  await screenshot(page, 'letters-folder-sl')
  await expectAccessible(page)
})
