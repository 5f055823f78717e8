import { expect, type Locator, type Page } from '@playwright/test'

/** Presses Tab until `target` has focus, proving it is reachable by keyboard; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  await expect(target, `not reachable with ${limit} Tab presses`).toBeFocused()
}
