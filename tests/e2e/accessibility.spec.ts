import { type Page } from '@playwright/test'
import { expect, expectAccessible, screenshot, switchLanguage, test } from './fixtures'
import { tabTo } from './keyboard'
import { loadDemo } from '../../electron/services/demo/load'
import { backupNow } from '../../electron/services/settings/backups'

/** Every screen that is built (the others show a placeholder owned by their areas). */
const SCREENS = ['/partners', '/rounds', '/settings', '/settings/audit', '/settings/privacy']

/** How far the page and the main content reach past the window's width, in CSS pixels (0: nothing to scroll sideways). */
async function horizontalOverflow(page: Page) {
  return page.locator('main').evaluate((main) => {
    const doc = main.ownerDocument.documentElement
    return { page: doc.scrollWidth - doc.clientWidth, main: main.scrollWidth - main.clientWidth }
  })
}

/** What the focused element shows: its outline, so a keyboard user sees where they are. */
async function focusRing(page: Page) {
  return page.locator('body').evaluate((body) => {
    const el = body.ownerDocument.activeElement
    if (!el || el === body) return null
    const style = body.ownerDocument.defaultView!.getComputedStyle(el)
    const name = `${el.tagName.toLowerCase()}[${el.getAttribute('type') ?? ''}] "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" (outline ${style.outlineStyle} ${style.outlineWidth})`
    return { name, visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 }
  })
}

test('text zoomed to 200%: every screen reflows without scrolling sideways, in both languages, and stays axe-clean', async ({ page, desk }) => {
  loadDemo(desk.ctx)
  // 200% zoom of the 1280 × 800 window the other tests use: the page then has 640 × 400 CSS pixels.
  await page.setViewportSize({ width: 640, height: 400 })
  for (const language of ['sl', 'en'] as const) {
    for (const path of SCREENS) {
      await desk.open(page, path)
      if (language === 'en' && path === SCREENS[0]) await switchLanguage(page, 'en')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await horizontalOverflow(page), `${path} (${language})`).toEqual({ page: 0, main: 0 })
      if (language === 'sl') await expectAccessible(page)
    }
  }
  await desk.open(page, '/partners')
  await screenshot(page, 'zoom-200-partners-en')
  await desk.open(page, '/settings')
  await screenshot(page, 'zoom-200-settings-en')
})

test('the focus is visible on everything Tab reaches, on every screen', async ({ page, desk }) => {
  loadDemo(desk.ctx)
  for (const path of SCREENS) {
    await desk.open(page, path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const seen: string[] = []
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab')
      const ring = await focusRing(page)
      if (!ring) continue
      seen.push(ring.name)
      expect(ring.visible, `${path}: focus on ${ring.name} has no visible outline`).toBe(true)
    }
    expect(seen.length, path).toBeGreaterThan(10)
  }
})

test('dialogs on Partners, Rounds and Settings keep the focus inside and give it back on Escape', async ({ page, desk }) => {
  loadDemo(desk.ctx)
  await backupNow(desk.ctx)
  const dialogs = [
    { path: '/partners', opener: 'Nova organizacija', role: 'dialog' as const },
    { path: '/rounds', opener: 'Nov krog', role: 'dialog' as const },
    { path: '/settings', opener: 'Obnovi iz varnostne kopije …', role: 'dialog' as const },
  ]
  for (const { path, opener, role } of dialogs) {
    await desk.open(page, path)
    const button = page.getByRole('button', { name: opener })
    await tabTo(page, button)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole(role)
    await expect(dialog).toBeVisible()
    const inside = () => dialog.evaluate((el) => el.contains(el.ownerDocument.activeElement))
    await expect.poll(inside, { message: `${path}: focus moves into the dialog` }).toBe(true)
    for (const key of [...Array<string>(15).fill('Tab'), ...Array<string>(5).fill('Shift+Tab')]) {
      await page.keyboard.press(key)
      expect(await inside(), `${path}: ${key} left the dialog`).toBe(true)
      expect((await focusRing(page))?.visible, `${path}: focus in the dialog is visible`).toBe(true)
    }
    await expectAccessible(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(button, `${path}: focus returns to the button that opened the dialog`).toBeFocused()
  }
})
