import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { PdfPrinter } from './services/letters/printer'
import { printWindowOptions } from './window'

/**
 * Letters printed by Electron's own Chromium (`webContents.printToPDF`), with the same page options as the CLI's
 * system Chromium, so page numbering, merging and splitting after printing stay one code path. A hidden window
 * with JavaScript off and its own in-memory session loads the letters from a temporary file (a batch of hundreds
 * of letters is too long for a data: URL).
 */
export async function openElectronPrinter(): Promise<PdfPrinter> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-letters-'))
  // Made at once: its renderer process starts while the service composes and records the letters.
  const window = new BrowserWindow(printWindowOptions())
  return {
    async print(html) {
      const file = join(dir, 'letters.html')
      writeFileSync(file, html, 'utf8')
      await window.loadFile(file)
      const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    },
    async close() {
      if (!window.isDestroyed()) window.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Letters on paper: the system print dialog over a hidden window showing them; false when the user cancels. */
export async function printOnPaper(html: string): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-letters-'))
  const window = new BrowserWindow(printWindowOptions())
  try {
    const file = join(dir, 'letters.html')
    writeFileSync(file, html, 'utf8')
    await window.loadFile(file)
    return await new Promise<boolean>((resolve, reject) =>
      // A4 as the letters' @page says, so the dialog does not start from a Letter-size default and scale the pages.
      window.webContents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success, reason) => {
        if (success || reason === 'cancelled') resolve(success)
        else reject(new Error(`printing failed: ${reason}`))
      }),
    )
  } finally {
    window.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
}
