import { UserError } from '../../../shared/errors'
import type { ImportProfile } from '../../../shared/import/fields'
import type { ImportPreview, PreviewRow } from '../../../shared/import/types'
import { assemblePreview } from './assemblePreview'
import type { HeaderChoice } from './headerDetection'
import type { PreviewOptions } from './preview'
import { rereadCell, rowContext, type BoundColumn, type RowContext } from './rowBuilder'
import { RowCollector } from './rowCollector'
import { chooseSheet, type SheetChoice } from './sheetChoice'
import { EngineFault, linkKey, type RawValue, type SheetData, type SheetRow } from './workbook'
import { openXlsx } from './xlsx/readXlsx'
import { readSheet } from './xlsx/sheetReader'

/** Rows kept for finding the header: the search looks at 30 rows, and one more shows data follows. */
const HEAD_ROWS = 31

const sameHeader = (a: HeaderChoice, b: HeaderChoice) =>
  a.headerRow === b.headerRow && JSON.stringify(a.columns) === JSON.stringify(b.columns)

interface Started {
  choice: SheetChoice
  ctx: RowContext
  collector: RowCollector
}

/**
 * The preview of a one-sheet .xlsx built while the sheet is read: each row becomes a preview row at once and
 * the sheet is never held whole. The header is chosen from the first rows before merged ranges are known (the
 * file lists them after the cells); if they change the choice, or the caller named a sheet or header row, this
 * returns null and the caller reads the workbook whole instead. Hyperlinks also follow the cells: e-mail and
 * web-address cells that did not read well are kept and read again with their link at the end.
 */
export async function streamXlsxPreview(bytes: Uint8Array, fileName: string, profile: ImportProfile, options: PreviewOptions): Promise<ImportPreview | null> {
  if (options.sheet !== undefined || options.headerRow !== undefined) return null
  const { zip, info, ctx: sheetCtx } = await openXlsx(bytes, fileName)
  if (info.sheets.length !== 1) return null
  const entry = info.sheets[0]!
  const stub = (rows: SheetRow[], from?: SheetData): SheetData => ({
    name: entry.name, hidden: entry.hidden, rows, merges: from?.merges ?? [], links: new Map(), formulasWithoutValue: [],
  })
  const formulas = new Set<string>()
  const head: SheetRow[] = []
  const retry: Array<{ row: PreviewRow; column: BoundColumn; raw: RawValue }> = []
  let started: Started | null = null
  let total = 0

  const feed = (state: Started, sheetRow: SheetRow) => {
    if (sheetRow.number <= state.choice.header.headerRow) return
    const row = state.collector.add(sheetRow)
    if (!row) return
    for (const column of state.ctx.columns) {
      if (column.field.kind !== 'email' && column.field.kind !== 'url') continue
      if (row.problems.some((p) => p.column === column.mapping.column)) retry.push({ row, column, raw: sheetRow.cells[column.mapping.index] ?? null })
    }
  }
  const start = (): Started => {
    const choice = chooseSheet([stub(head)], profile, options)
    const ctx = rowContext(profile, stub(head), choice.header.columns)
    ctx.formulasWithoutValue = formulas
    const state = { choice, ctx, collector: new RowCollector(ctx, options.hooks ?? {}) }
    for (const row of head) feed(state, row)
    return state
  }

  const sheet = await readSheet(zip, entry.path, entry.name, entry.hidden, sheetCtx, {
    formulasWithoutValue: formulas,
    onRow(row) {
      total++
      try {
        if (started) return feed(started, row)
        head.push(row)
        if (head.length === HEAD_ROWS) started = start()
      } catch (error) {
        throw error instanceof UserError ? error : new EngineFault(error)
      }
    },
  })
  const state: Started = started ?? start()
  const final = chooseSheet([stub(head, sheet)], profile, options)
  if (!sameHeader(final.header, state.choice.header)) return null
  for (const { row, column, raw } of retry) {
    const link = sheet.links.get(linkKey(column.mapping.index, row.row))
    if (!link) continue
    rereadCell(state.ctx, row, column, raw, link)
    state.collector.recheck(row)
  }
  const candidates = final.candidates.map((c) => ({ ...c, rows: total }))
  return assemblePreview({
    profile, file: { fileName, format: 'xlsx' }, sheet: entry.name, candidates, uncertain: final.uncertain,
    header: final.header, columns: state.ctx.columns, ...state.collector.finish(),
  })
}
