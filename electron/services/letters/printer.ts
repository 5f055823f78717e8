import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './chromium'

/**
 * Turns one HTML document into PDF bytes. The CLI and tests use the system Chromium (below); the app can pass
 * a printer built on Electron's `webContents.printToPDF` with the same options, and everything after printing
 * (page numbers, merging, splitting) stays the same.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>
  close(): Promise<void>
}

/**
 * One browser and one page for a whole batch: starting Chromium costs more than printing a letter. The page is
 * opened at once, so the browser gets ready while the caller composes the letters.
 *
 * The document is loaded from a temporary file rather than with setContent: setContent feeds the HTML through
 * document.write, which for a batch of 200 letters took twice as long as Chromium parsing the same file.
 */
export async function openChromiumPrinter(env: NodeJS.ProcessEnv = process.env): Promise<PdfPrinter> {
  const browser: Browser = await launchChromium(env)
  let page: Page
  let dir: string
  try {
    // Letters contain no script; turning JavaScript off means merged text could not run even if escaping failed.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
    ;[page, dir] = await Promise.all([context.newPage(), mkdtemp(join(tmpdir(), 'desk-letters-'))])
  } catch (error) {
    await browser.close()
    throw error
  }
  let printed = 0
  return {
    async print(html) {
      const file = join(dir, `letters-${++printed}.html`)
      await writeFile(file, html, 'utf8')
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
      await rm(file, { force: true })
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    },
    async close() {
      await browser.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
