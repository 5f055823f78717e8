import type { PreviewRow, SkippedRow } from '../../../shared/import/types'
import { newHookCache, type HookCache, type ImportHooks } from './hooks'
import { buildRow, hasMappedContent, rereadCell, type BoundColumn, type RowContext } from './rowBuilder'
import { checkRow } from './rowChecks'
import { firstText, isTrailerRow } from './trailer'
import type { MergeRange, SheetRow } from './workbook'

function cellIsEmpty(row: PreviewRow, column: BoundColumn): boolean {
  const { field, mapping } = column
  if (field.name in row.source || row.problems.some((p) => p.column === mapping.column)) return false
  return (field.splitsInto ?? [field.name]).every((name) => row.values[name] === null || row.values[name] === undefined)
}

interface Entry {
  number: number
  row: PreviewRow | null
  hidden: boolean
  mapped: boolean
  trailer: boolean
  text: string
}

/**
 * Takes the sheet's rows below the header one at a time, as they are read, and turns them into preview rows.
 * Which rows are the closing block (totals, notes, signatures) is only known at the end, so each row keeps
 * whether it looked like one; blank rows (nothing in a mapped column) are dropped at once.
 */
export class RowCollector {
  private readonly entries: Entry[] = []
  private readonly cache: HookCache = newHookCache()

  constructor(
    private readonly ctx: RowContext,
    private readonly hooks: ImportHooks,
  ) {}

  add(sheetRow: SheetRow): PreviewRow | null {
    const mapped = hasMappedContent(sheetRow, this.ctx.columns)
    const trailer = isTrailerRow(sheetRow)
    if (!mapped && !trailer) return null
    const text = trailer || sheetRow.hidden ? firstText(sheetRow).slice(0, 80) : ''
    let row: PreviewRow | null = null
    if (mapped && !sheetRow.hidden) {
      row = buildRow(this.ctx, sheetRow)
      checkRow(this.ctx, row, this.hooks, this.cache)
    }
    this.entries.push({ number: sheetRow.number, row, hidden: sheetRow.hidden, mapped, trailer, text })
    return row
  }

  /** Checks a row again after one of its cells was read anew (a hyperlink found after the cells). */
  recheck(row: PreviewRow): void {
    checkRow(this.ctx, row, this.hooks, this.cache)
  }

  /**
   * A cell merged down over several records (one organisation for the people below it) holds its value only
   * in the top row; the rows below read it from there. Only a column's own vertical merges count: a merge
   * across columns never spreads one column's value into another.
   */
  fillMergedCells(merges: readonly MergeRange[], headerRow: number): void {
    const down = merges.filter((m) => m.bottom > m.top && m.top > headerRow)
    if (down.length === 0) return
    const byNumber = new Map<number, PreviewRow>()
    for (const entry of this.entries) if (entry.row) byNumber.set(entry.number, entry.row)
    for (const merge of down) {
      const column = this.ctx.columns.find((c) => c.mapping.index === merge.left)
      const top = byNumber.get(merge.top)
      if (!column || !top) continue
      const name = column.field.name
      const text = top.source[name] ?? (top.values[name] === null || top.values[name] === undefined ? '' : String(top.values[name]))
      if (text === '') continue
      for (let number = merge.top + 1; number <= merge.bottom; number++) {
        const row = byNumber.get(number)
        if (!row || !cellIsEmpty(row, column)) continue
        rereadCell(this.ctx, row, column, text, undefined)
        this.recheck(row)
      }
    }
  }

  finish(): { rows: PreviewRow[]; skippedRows: SkippedRow[] } {
    let end = this.entries.length
    while (end > 0 && this.entries[end - 1]!.trailer) end--
    const rows: PreviewRow[] = []
    const skippedRows: SkippedRow[] = []
    this.entries.forEach((entry, i) => {
      if (i >= end) skippedRows.push({ row: entry.number, reason: 'trailer', text: entry.text })
      else if (entry.row) rows.push(entry.row)
      else if (entry.hidden && entry.mapped) skippedRows.push({ row: entry.number, reason: 'hidden', text: entry.text })
    })
    return { rows, skippedRows }
  }
}
