import type Database from 'better-sqlite3'
import type { stream } from 'exceljs'
import type { Language } from '../../../../shared/domain/enums'
import { workingDaysBetween } from '../../../../shared/stats/workingDays'
import { COUNTED, directionCase, placementsIn, prepared, type Scope } from '../sql'
import { excelDate, type FormatKind, numFmt } from './formats'
import { safeText } from './safeText'
import { addTables } from './streamTables'
import { captionFont, columnLetter, footer, headerStyle, labelFont, printSetup, titleFont } from './styles'
import type { Translate } from './text'

/**
 * The detail sheet: one row per counted placement of the period, written row by row with the streaming
 * writer in pages of PAGE rows, so 100,000 placements need neither the whole sheet nor the whole result in
 * memory. Without personal data it carries no names, contacts, gender or feedback text (feedback is free text
 * that often names people); with it, those columns are added.
 */
const PAGE = 5000

interface Column {
  key: string
  header: string
  width: number
  format?: FormatKind
}

const ANONYMOUS: Column[] = [
  { key: 'id', header: 'stats.detail.id', width: 10, format: 'year' },
  { key: 'round', header: 'stats.detail.round', width: 30 },
  { key: 'startsOn', header: 'stats.detail.startsOn', width: 12, format: 'date' },
  { key: 'endsOn', header: 'stats.detail.endsOn', width: 12, format: 'date' },
  { key: 'homeName', header: 'stats.detail.homeOrganisation', width: 34 },
  { key: 'homeSector', header: 'stats.detail.homeSector', width: 20 },
  { key: 'hostName', header: 'stats.detail.hostOrganisation', width: 34 },
  { key: 'hostSector', header: 'stats.detail.hostSector', width: 20 },
  { key: 'direction', header: 'stats.column.direction', width: 26 },
  { key: 'driver', header: 'stats.column.driver', width: 20 },
  { key: 'status', header: 'stats.detail.status', width: 12 },
  { key: 'plannedDays', header: 'stats.detail.plannedDays', width: 12, format: 'int' },
  { key: 'daysActual', header: 'stats.detail.actualDays', width: 10, format: 'int' },
  { key: 'participantRating', header: 'stats.detail.participantRating', width: 11, format: 'int' },
  { key: 'hostRating', header: 'stats.detail.hostRating', width: 11, format: 'int' },
]
const PERSONAL: Column[] = [
  { key: 'firstName', header: 'stats.detail.firstName', width: 16 },
  { key: 'lastName', header: 'stats.detail.lastName', width: 18 },
  { key: 'email', header: 'stats.detail.email', width: 30 },
  { key: 'gender', header: 'stats.column.gender', width: 10 },
  { key: 'jobTitle', header: 'stats.detail.jobTitle', width: 26 },
  { key: 'participantFeedback', header: 'stats.detail.participantFeedback', width: 50 },
  { key: 'hostFeedback', header: 'stats.detail.hostFeedback', width: 50 },
]

type DetailRow = Record<string, string | number | null> & { id: number; startsOn: string; endsOn: string }

/**
 * One page of the detail sheet after the last row written. For years the start-date index is forced: it is
 * ordered by (starts_on, id) like the pages, so each page is a seek and a short walk; the covering statistics
 * index would have the whole period sorted again for every page.
 */
function detailQuery(personal: boolean) {
  return (kind: Scope['kind']) =>
    `SELECT p.id, r.name AS round, p.starts_on AS startsOn, p.ends_on AS endsOn, home.name AS homeName, p.home_sector AS homeSector,
            host.name AS hostName, p.host_sector AS hostSector, ${directionCase('p.home_sector', 'p.host_sector')} AS direction,
            p.driver, p.status, p.days_actual AS daysActual, p.participant_rating AS participantRating, p.host_rating AS hostRating
            ${personal ? `, pe.first_name AS firstName, pe.last_name AS lastName, pe.email, pe.gender, pe.job_title AS jobTitle,
                           p.participant_feedback AS participantFeedback, p.host_feedback AS hostFeedback` : ''}
       FROM placements p ${kind === 'years' ? 'INDEXED BY placements_starts_on' : ''} JOIN rounds r ON r.id = p.round_id
       JOIN organisations home ON home.id = p.home_organisation_id JOIN organisations host ON host.id = p.host_organisation_id
       ${personal ? 'JOIN nominations n ON n.id = p.nomination_id JOIN people pe ON pe.id = n.person_id' : ''}
      WHERE ${COUNTED} AND ${placementsIn(kind)}
        AND (p.starts_on, p.id) > (@afterStartsOn, @afterId)
      ORDER BY p.starts_on, p.id LIMIT ${PAGE}`
}

export interface DetailInput {
  book: stream.xlsx.WorkbookWriter
  sqlite: Database.Database
  scope: Scope
  lang: Language
  t: Translate
  title: string
  periodText: string
  footerText: string
  includePersonalData: boolean
}

/** Writes the detail sheet and returns the number of placement rows. */
export async function writeDetailSheet(input: DetailInput): Promise<number> {
  const { book, sqlite, scope, lang, t } = input
  const columns = input.includePersonalData ? [...ANONYMOUS, ...PERSONAL] : ANONYMOUS
  const headerRow = input.includePersonalData ? 5 : 4
  const sheet = book.addWorksheet(t('stats.sheet.detail'), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: printSetup(headerRow),
    headerFooter: footer(input.footerText),
  })
  sheet.columns = columns.map((c) => ({ width: c.width }))
  const lines: Array<[string, { font: typeof titleFont }]> = [
    [input.title, { font: titleFont }],
    [`${t('stats.cover.period')}: ${input.periodText}`, { font: labelFont }],
    ...(input.includePersonalData ? [[t('stats.cover.personalData'), { font: labelFont }] as [string, { font: typeof titleFont }]] : []),
    [t('stats.table.detail'), { font: captionFont }],
  ]
  lines.forEach(([text, style], i) => {
    const row = sheet.getRow(i + 1)
    row.getCell(1).value = safeText(text)
    row.getCell(1).font = style.font
    row.commit()
  })
  const header = sheet.getRow(headerRow)
  header.height = 32
  columns.forEach((column, c) => {
    const cell = header.getCell(c + 1)
    cell.value = t(column.header)
    cell.style = headerStyle
  })
  header.commit()

  // A handful of labels repeat on every row: translate each once.
  const labels = new Map<string, string>()
  const label = (key: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined) return null
    const id = `${key}.${value}`
    let text = labels.get(id)
    if (text === undefined) labels.set(id, (text = t(id)))
    return text
  }
  // One style object per column, shared by its cells (an empty one for plain columns): exceljs registers a
  // style by object identity, so the ~1 million cells of a large period cost one look-up each instead of
  // rendering a style apiece (it does that even for a cell without a style, from a fresh empty object).
  const plain = {}
  const styles = columns.map((c) => (c.format && c.format !== 'text' ? { numFmt: numFmt(c.format, lang) } : plain))
  const dates = new Map<string, Date | null>()
  const date = (iso: string) => {
    if (!dates.has(iso)) dates.set(iso, excelDate(iso))
    return dates.get(iso) ?? null
  }
  const statement = prepared(sqlite, input.includePersonalData ? 'detail.personal' : 'detail', scope.kind, detailQuery(input.includePersonalData))
  let count = 0
  let after = { afterStartsOn: '', afterId: 0 }
  for (;;) {
    const page = statement.all({ ...scope.params, ...after }) as DetailRow[]
    for (const placement of page) {
      const values: Record<string, string | number | Date | null> = {
        ...placement,
        startsOn: date(placement.startsOn),
        endsOn: date(placement.endsOn),
        homeSector: label('partners.sector', placement.homeSector),
        hostSector: label('partners.sector', placement.hostSector),
        direction: label('stats.direction', placement.direction),
        driver: label('stats.driver', placement.driver),
        status: label('stats.status', placement.status),
        gender: label('stats.gender', placement.gender),
        plannedDays: workingDaysBetween(placement.startsOn, placement.endsOn),
      }
      const row = sheet.addRow(columns.map((c) => {
        const value = values[c.key] ?? null
        return typeof value === 'string' ? safeText(value) : value
      }))
      styles.forEach((style, c) => {
        row.getCell(c + 1).style = values[columns[c]!.key] === null ? plain : style
      })
      row.commit()
      count++
    }
    const last = page.at(-1)
    if (!last || page.length < PAGE) break
    after = { afterStartsOn: last.startsOn, afterId: last.id }
    // Let the zip stream drain and the app's other work run between pages.
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (count > 0) {
    const last = columnLetter(columns.length)
    addTables(book, sheet, [{
      name: 'Placements',
      ref: `A${headerRow}:${last}${headerRow + count}`,
      filterRef: `A${headerRow}:${last}${headerRow + count}`,
      totalsRow: false,
      columns: columns.map((c) => ({ name: t(c.header) })),
    }])
  }
  sheet.commit()
  return count
}
