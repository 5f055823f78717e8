import type { Page } from '@playwright/test'
import { expect, screenshot, switchLanguage, test } from './fixtures'
import { buildLettersWorld } from '../unit/letters/world'

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) })
}

for (const lang of ['sl', 'en'] as const) {
  const words =
    lang === 'sl'
      ? { planning: 'Načrtovanje', letters: 'Pisma', confirm: 'Potrdi', confirmed: 'potrjena', proposed: 'predlagana', choose: 'Izberi: Mojca Horvat', withoutLetter: 'le izmenjave brez tega pisma', show: 'Prikaži', certificate: 'Potrdilo o udeležbi', kind: 'Vrsta pisma' }
      : { planning: 'Planning', letters: 'Letters', confirm: 'Confirm', confirmed: 'confirmed', proposed: 'proposed', choose: 'Choose Mojca Horvat', withoutLetter: 'only placements without this letter', show: 'Show', certificate: 'Certificate of participation', kind: 'Kind of letter' }

  test(`a placement confirmed in Planning is on Letters at once, without a reload (${lang})`, async ({ page, desk }) => {
    const world = buildLettersWorld(desk.ctx)
    await desk.open(page, '/letters')
    if (lang === 'en') await switchLanguage(page, 'en')
    // Letters read once: Mojca Horvat's placement is only proposed, so it cannot be chosen.
    await expect(row(page, 'Mojca Horvat')).toContainText(words.proposed)
    await expect(page.getByRole('checkbox', { name: words.choose })).toBeDisabled()

    await page.getByRole('link', { name: words.planning }).click()
    await expect(page).toHaveURL(new RegExp(`#/planning/${world.roundId}$`))
    await row(page, 'Mojca Horvat').getByRole('button', { name: /Mojca Horvat/ }).click()
    await page.getByRole('menuitem', { name: words.confirm }).click()
    await expect(page.getByRole('menuitem', { name: words.confirm })).toHaveCount(0)

    await page.getByRole('link', { name: words.letters }).click()
    await expect(row(page, 'Mojca Horvat')).toContainText(words.confirmed)
    // Confirmed, with consent and no letter yet: chosen by default.
    await expect(page.getByRole('checkbox', { name: words.choose })).toBeChecked()
    await page.getByLabel(words.show, { exact: true }).selectOption({ label: words.withoutLetter })
    await expect(row(page, 'Mojca Horvat')).toBeVisible()
    await screenshot(page, `freshness-letters-${lang}`)

    // Certificates are for completed exchanges only: none of this round's placements can get one yet.
    // Listing only what is still due, the round then shows none of them; listing all, they are there but cannot be chosen.
    await page.getByLabel(words.kind).selectOption({ label: words.certificate })
    await expect(page.getByRole('checkbox', { name: words.choose })).toHaveCount(0)
    await page.getByLabel(words.show, { exact: true }).selectOption({ index: 0 })
    await expect(page.getByRole('checkbox', { name: words.choose })).toBeDisabled()
    await expect(page.getByRole('checkbox', { name: words.choose })).not.toBeChecked()
    await screenshot(page, `letters-certificate-${lang}`)
  })
}
