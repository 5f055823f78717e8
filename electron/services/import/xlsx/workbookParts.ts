import { createXmlParser, decodeOoxmlEscapes, relationshipId } from './xml'
import { hasPart, resolvePartPath, streamPart, type Zip } from './zipParts'

export interface Relationship {
  id: string
  type: string
  target: string
  external: boolean
}

/** Relationships of a part (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`); empty when the part has none. */
export async function readRelationships(zip: Zip, part: string): Promise<Relationship[]> {
  const slash = part.lastIndexOf('/')
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
  if (!hasPart(zip, relsPath)) return []
  const rels: Relationship[] = []
  const parser = createXmlParser(
    {
      open(name, a) {
        if (name !== 'Relationship' || !a.Id || !a.Target) return
        const external = a.TargetMode === 'External'
        rels.push({ id: a.Id, type: a.Type ?? '', target: external ? a.Target : resolvePartPath(part, a.Target), external })
      },
    },
    relsPath,
  )
  await streamPart(zip, relsPath, (t) => parser.write(t))
  parser.close()
  return rels
}

export interface SheetEntry {
  name: string
  hidden: boolean
  path: string
}

export interface WorkbookInfo {
  /** False when the main part is not a workbook (a Word or PowerPoint file renamed to .xlsx). */
  isWorkbook: boolean
  sheets: SheetEntry[]
  date1904: boolean
  sharedStringsPath?: string
  stylesPath?: string
}

/** The workbook part lists the sheets in tab order with their names, visibility and the date system. */
export async function readWorkbookInfo(zip: Zip, workbookPath: string): Promise<WorkbookInfo> {
  const rels = await readRelationships(zip, workbookPath)
  const byId = new Map(rels.map((r) => [r.id, r]))
  const info: WorkbookInfo = { isWorkbook: false, sheets: [], date1904: false }
  const parser = createXmlParser(
    {
      open(name, a) {
        if (name === 'workbook') info.isWorkbook = true
        if (name === 'workbookPr') info.date1904 = a.date1904 === '1' || a.date1904 === 'true'
        if (name !== 'sheet') return
        const rel = byId.get(relationshipId(a) ?? '')
        // Chart sheets have no cells to import.
        if (!rel || !/\/worksheet$/.test(rel.type) || !hasPart(zip, rel.target)) return
        info.sheets.push({ name: a.name ?? rel.target, hidden: a.state === 'hidden' || a.state === 'veryHidden', path: rel.target })
      },
    },
    workbookPath,
  )
  await streamPart(zip, workbookPath, (t) => parser.write(t))
  parser.close()
  info.sharedStringsPath = rels.find((r) => /\/sharedStrings$/.test(r.type))?.target
  info.stylesPath = rels.find((r) => /\/styles$/.test(r.type))?.target
  return info
}

/**
 * The shared string table. Rich text keeps only its characters (formatting runs joined); phonetic hints
 * (`rPh`, used for East Asian readings) are left out, as Excel does when it shows the cell.
 */
export async function readSharedStrings(zip: Zip, path: string | undefined): Promise<string[]> {
  if (!path || !hasPart(zip, path)) return []
  const strings: string[] = []
  let current: string[] | null = null
  let inText = false
  let phonetic = 0
  const parser = createXmlParser(
    {
      open(name) {
        if (name === 'si') current = []
        else if (name === 'rPh') phonetic++
        else if (name === 't' && phonetic === 0) inText = true
      },
      text(text) {
        if (inText && current) current.push(text)
      },
      close(name) {
        if (name === 't') inText = false
        else if (name === 'rPh') phonetic--
        else if (name === 'si' && current) {
          strings.push(decodeOoxmlEscapes(current.join('')))
          current = null
        }
      },
    },
    path,
  )
  await streamPart(zip, path, (t) => parser.write(t))
  parser.close()
  return strings
}

/** Built-in number formats that display dates or times (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

/** A custom format shows a date when, outside quoted text, escapes and [colour] tags, it has day/month/year/time letters. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '')
    .split(';')[0] ?? ''
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim())
}

/** For each cell style index: does it display the number as a date? */
export async function readDateStyles(zip: Zip, path: string | undefined): Promise<boolean[]> {
  if (!path || !hasPart(zip, path)) return []
  const customDates = new Map<number, boolean>()
  const styles: boolean[] = []
  let inCellXfs = false
  const parser = createXmlParser(
    {
      open(name, a) {
        if (name === 'numFmt' && a.numFmtId) customDates.set(Number(a.numFmtId), isDateFormatCode(a.formatCode ?? ''))
        else if (name === 'cellXfs') inCellXfs = true
        else if (name === 'xf' && inCellXfs) {
          const id = Number(a.numFmtId ?? 0)
          styles.push(customDates.get(id) ?? BUILT_IN_DATE_FORMATS.has(id))
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false
      },
    },
    path,
  )
  await streamPart(zip, path, (t) => parser.write(t))
  parser.close()
  return styles
}
