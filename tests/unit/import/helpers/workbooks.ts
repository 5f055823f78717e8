import ExcelJS from 'exceljs'

export type CellSpec = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt?: string }

export interface SheetSpec {
  name: string
  rows: CellSpec[][]
  /** 1-based row numbers to hide. */
  hidden?: number[]
  merges?: string[]
  state?: 'visible' | 'hidden'
  /** Rows start here (1-based); rows above are left empty. */
  startRow?: number
}

/** Writes a workbook with exceljs, the way a partner's generator or our own template would. */
export async function xlsxBuffer(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' })
    const start = spec.startRow ?? 1
    spec.rows.forEach((cells, r) => {
      const row = sheet.getRow(start + r)
      cells.forEach((cell, c) => {
        if (cell === undefined) return
        const target = row.getCell(c + 1)
        if (cell !== null && typeof cell === 'object' && 'value' in cell && !('formula' in cell) && !('richText' in cell) && !('hyperlink' in cell)) {
          target.value = cell.value
          if (cell.numFmt) target.numFmt = cell.numFmt
        } else target.value = cell as ExcelJS.CellValue
      })
    })
    for (const n of spec.hidden ?? []) sheet.getRow(n).hidden = true
    for (const range of spec.merges ?? []) sheet.mergeCells(range)
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const NOMINATION_HEADER = ['Ime', 'Priimek', 'E-pošta', 'Organizacija', 'Davčna številka', 'Razpoložljivost od', 'Razpoložljivost do']

/** Valid Slovenian tax numbers (check digit correct) for test rows. */
export const TAX = { ministry: '10000003', company: '12345679', ngo: '98765434' }
