import { UserError } from '../../../shared/errors'
import type { ImportProfile } from '../../../shared/import/fields'
import type { ImportPreview, PreviewRow } from '../../../shared/import/types'
import { assemblePreview } from './assemblePreview'
import type { HeaderChoice } from './headerDetection'
import type { PreviewOptions } from './preview'
import { rereadCell, rowContext, type BoundColumn, type RowContext } from './rowBuilder'
import { RowCollector } from './rowCollector'
import { chooseSheet } from './sheetChoice'
import { EngineFault, linkKey, type RawValue, type SheetData, type SheetRow } from './workbook'
import { openXlsx } from './xlsx/readXlsx'
import { readSheet } from './xlsx/sheetReader'
import type { SheetEntry } from './xlsx/workbookParts'

/** Rows kept for finding the header: the search looks at 30 rows, and one more shows data follows. */
const HEAD_ROWS = 31

const sameHeader = (a: HeaderChoice, b: HeaderChoice) => a.headerRow === b.headerRow && JSON.stringify(a.columns) === JSON.stringify(b.columns)

interface Started {
  header: HeaderChoice
  ctx: RowContext
  collector: RowCollector
}

/** One sheet read as a stream: its first rows kept, the rest turned into preview rows as they come. */
class SheetStream {
  readonly head: SheetRow[] = []
  readonly formulas = new Set<string>()
  /** E-mail and web cells that did not read well: their hyperlink, listed after the cells, may rescue them. */
  readonly retry: Array<{ row: PreviewRow; column: BoundColumn; raw: RawValue }> = []
  started: Started | null = null
  total = 0
  data: SheetData | null = null

  constructor(
    readonly entry: SheetEntry,
    private readonly profile: ImportProfile,
    private readonly options: PreviewOptions,
  ) {}

  stub(): SheetData {
    return { name: this.entry.name, hidden: this.entry.hidden, rows: this.head, merges: this.data?.merges ?? [], links: new Map(), formulasWithoutValue: [] }
  }

  onRow(row: SheetRow): void {
    this.total++
    if (this.started) return this.feed(this.started, row)
    this.head.push(row)
    if (this.head.length === HEAD_ROWS) this.start()
  }

  /** Decides the header from the first rows; every row read so far below it becomes a preview row. */
  start(): Started {
    if (this.started) return this.started
    const header = chooseSheet([this.stub()], this.profile, this.options).header
    const ctx = rowContext(this.profile, this.stub(), header.columns)
    ctx.formulasWithoutValue = this.formulas
    const state: Started = { header, ctx, collector: new RowCollector(ctx, this.options.hooks ?? {}) }
    this.started = state
    for (const row of this.head) this.feed(state, row)
    return state
  }

  private feed(state: Started, sheetRow: SheetRow): void {
    if (sheetRow.number <= state.header.headerRow) return
    const row = state.collector.add(sheetRow)
    if (!row) return
    for (const column of state.ctx.columns) {
      if (column.field.kind !== 'email' && column.field.kind !== 'url') continue
      const raw = sheetRow.cells[column.mapping.index] ?? null
      // An empty cell may still carry a link, which the whole read takes as the cell's text.
      if (raw === null || row.problems.some((p) => p.column === column.mapping.column)) this.retry.push({ row, column, raw })
    }
  }

  /** Reads the retried cells again with the hyperlinks now known. */
  applyLinks(state: Started): void {
    for (const { row, column, raw } of this.retry) {
      const link = this.data?.links.get(linkKey(column.mapping.index, row.row))
      if (!link) continue
      rereadCell(state.ctx, row, column, raw, link)
      state.collector.recheck(row)
    }
  }
}

/**
 * The preview of an .xlsx built while its sheets are read: rows become preview rows at once and no sheet is
 * held whole. Each sheet's header is chosen from its first rows before merged ranges are known (the file
 * lists them after the cells); if they change the chosen sheet's header, or the caller named a sheet or a
 * header row, this returns null and the caller reads the workbook whole instead.
 */
export async function streamXlsxPreview(bytes: Uint8Array, fileName: string, profile: ImportProfile, options: PreviewOptions): Promise<ImportPreview | null> {
  if (options.sheet !== undefined || options.headerRow !== undefined) return null
  const { zip, info, ctx: sheetCtx } = await openXlsx(bytes, fileName)
  const streams = info.sheets.map((entry) => new SheetStream(entry, profile, options))
  for (const stream of streams) {
    stream.data = await readSheet(zip, stream.entry.path, stream.entry.name, stream.entry.hidden, sheetCtx, {
      formulasWithoutValue: stream.formulas,
      onRow(row) {
        try {
          stream.onRow(row)
        } catch (error) {
          throw error instanceof UserError ? error : new EngineFault(error)
        }
      },
    })
  }
  const final = chooseSheet(streams.map((s) => s.stub()), profile, options)
  const chosen = streams.find((s) => s.entry.name === final.sheet.name)!
  const state = chosen.start()
  if (!sameHeader(final.header, state.header)) return null
  chosen.applyLinks(state)
  state.collector.fillMergedCells(chosen.data?.merges ?? [], state.header.headerRow)
  const candidates = final.candidates.map((c, i) => ({ ...c, rows: streams[i]!.total }))
  return assemblePreview({
    profile, file: { fileName, format: 'xlsx' }, sheet: chosen.entry.name, candidates, uncertain: final.uncertain,
    header: final.header, columns: state.ctx.columns, ...state.collector.finish(),
  })
}
