import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { openDatabase } from '../../db/open'
import { contract } from '../../shared/api'
import { callEffects, listCalls } from '../../shared/api/define'
import { allHandlers } from '../../electron/handlers'
import { createRouter } from '../../electron/router'
import type { ServiceContext } from '../../electron/services/context'
import { readImageAsDataUrl } from '../../electron/services/settings/logo'

/** Answers that native dialogs would give, set by the test before it clicks. */
export interface ScriptedDialogs {
  nextFile: string | null
  nextFolder: string | null
  /** The path a save dialog answers with; null as if the user cancelled. */
  nextSaveFile: string | null
}

export interface Desk {
  ctx: ServiceContext
  dir: string
  dialogs: ScriptedDialogs
  /** Opens the app on a fresh page and waits until it says it is ready. */
  open: (page: Page, path?: string) => Promise<void>
  /**
   * Moves "today" for the services and the page alike (a programme year is played out over months). Until it is
   * called, both use the real clock.
   */
  setToday: (page: Page, day: string) => Promise<void>
}

/**
 * Every test gets its own folder and database, with the real main-process handlers behind window.api;
 * only Electron's transport and native dialogs are replaced.
 */
export const test = base.extend<{ desk: Desk }>({
  desk: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-e2e-'))
    const file = join(dir, 'desk.sqlite')
    const dialogs: ScriptedDialogs = { nextFile: null, nextFolder: null, nextSaveFile: null }
    let today: { day: number; setAt: number } | null = null
    const ctx: ServiceContext = {
      conn: await openDatabase(file, { create: true }),
      user: 'e2e',
      // A set day keeps the time of day running, so entries written one after another stay in order.
      now: () => (today ? new Date(today.day + (Date.now() - today.setAt)) : new Date()),
      defaultBackupFolder: join(dir, 'backups'),
      reopen: (f) => openDatabase(f, { create: false }),
    }
    const router = createRouter(
      allHandlers({
        openFile: () => ({ file: dialogs.nextFile }),
        chooseFolder: () => ({ folder: dialogs.nextFolder }),
        readImage: (_ctx, { file: image }) => readImageAsDataUrl(image),
        saveFile: () => ({ file: dialogs.nextSaveFile }),
      }),
      ctx,
    )
    // A call the contract says only reads must change nothing: every change is audited, so such a call must add no
    // audit entry (a preview that runs a change and rolls it back is a read). Checked on every call of every test.
    const effects = callEffects(contract)
    const writingReads: string[] = []
    const changes = () => Number(ctx.conn.sqlite.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get())
    await page.exposeBinding('__deskInvoke', async (_source, channel: string, input: unknown) => {
      const reads = effects.get(channel) && 'reads' in effects.get(channel)!
      const before = reads ? changes() : 0
      const result = await router.invoke(channel, input)
      if (reads && changes() !== before) writingReads.push(channel)
      return result
    })
    await page.addInitScript((calls) => {
      const target = globalThis as unknown as { api: Record<string, Record<string, (input: unknown) => Promise<unknown>>>; __deskInvoke: (c: string, i: unknown) => Promise<unknown> }
      target.api = {}
      for (const c of calls) {
        target.api[c.area] ??= {}
        target.api[c.area]![c.name] = (input: unknown) => target.__deskInvoke(c.channel, input)
      }
    }, listCalls(contract))
    const open = async (p: Page, path = '/') => {
      await p.goto(`/#${path}`)
      await expect(p.locator('[data-app-state="ready"]')).toBeVisible()
    }
    const setToday = async (p: Page, day: string) => {
      const start = new Date(`${day}T09:00:00`)
      today = { day: start.getTime(), setAt: Date.now() }
      await p.clock.setFixedTime(start)
    }
    await use({ ctx, dir, dialogs, open, setToday })
    expect(writingReads, 'calls declared as reads that changed rows').toEqual([])
    ctx.conn.sqlite.close()
    rmSync(dir, { recursive: true, force: true })
  },
})

export { expect }

/** No serious or critical axe violations; the list is printed when there are. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })
}

/** Switches the UI language with the buttons in the sidebar. */
export async function switchLanguage(page: Page, lang: 'sl' | 'en'): Promise<void> {
  await page.getByRole('button', { name: lang === 'sl' ? 'Slovenščina' : 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
}
