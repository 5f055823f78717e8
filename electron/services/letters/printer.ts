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

/** One browser and one page for a whole batch: starting Chromium costs more than printing a letter. */
export async function openChromiumPrinter(env: NodeJS.ProcessEnv = process.env): Promise<PdfPrinter> {
  const browser: Browser = await launchChromium(env)
  let page: Page | null = null
  return {
    async print(html) {
      if (!page) {
        // Letters contain no script; turning JavaScript off means merged text could not run even if escaping failed.
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
        page = await context.newPage()
      }
      await page.setContent(html, { waitUntil: 'load' })
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    },
    async close() {
      await browser.close()
    },
  }
}
