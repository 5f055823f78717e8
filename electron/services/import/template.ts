import type { DataValidation } from 'exceljs'
import { IntlMessageFormat } from 'intl-messageformat'
import { ORGANISATION_STATUSES, SECTORS, type Language } from '../../../shared/domain/enums'
import type { FieldDefinition, ImportProfile } from '../../../shared/import/fields'
import { IMPORT_PROFILES } from '../../../shared/import/profiles'
import { importMessages } from '../../../shared/i18n/messages/import'

export interface TemplateOptions {
  profile: ImportProfile['kind']
  lang: Language
  /** Partner organisations offered in the organisation and preference dropdowns. */
  partnerNames: readonly string[]
  /** Challenges of the round, offered in the challenge dropdown when given. */
  challenges?: readonly string[]
}

/** Rows of the data sheet that carry the dropdowns; partners send far fewer rows than this. */
const FORM_ROWS = 500

function text(lang: Language, key: string, values: Record<string, string> = {}): string {
  const source = importMessages[lang][key]
  if (source === undefined) throw new Error(`missing message ${key}`)
  return String(new IntlMessageFormat(source, lang === 'sl' ? 'sl-SI' : 'en-GB').format(values))
}

/** A list range on the hidden lists sheet, as a formula: the sheet name quoted, its quotes doubled. */
const listRange = (sheet: string, column: string, count: number) => `'${sheet.replace(/'/g, "''")}'!$${column}$2:$${column}$${Math.max(2, count + 1)}`

interface ListRef {
  formula: string
  /** A strict list refuses other values; organisations not yet in the partner list may be typed in. */
  strict: boolean
}

function listFor(field: FieldDefinition, lists: Record<string, ListRef | undefined>): ListRef | undefined {
  if (field.kind === 'yesNo' || field.kind === 'gender' || field.kind === 'sector' || field.kind === 'status') return lists[field.kind]
  if (field.name === 'organisation' || field.name.startsWith('preference')) return lists.partners
  if (field.name === 'challenge') return lists.challenges
  return undefined
}

function validationFor(field: FieldDefinition, lists: Record<string, ListRef | undefined>): DataValidation | null {
  const list = listFor(field, lists)
  if (list) return { type: 'list', allowBlank: true, formulae: [list.formula], showErrorMessage: list.strict, errorStyle: list.strict ? 'stop' : 'information' }
  if (field.kind === 'date') return { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2015, 0, 1))], showErrorMessage: true }
  if (field.kind === 'integer') return { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 10_000], showErrorMessage: true }
  return null
}

function requiredText(profile: ImportProfile, lang: Language): string {
  const label = (name: string) => profile.fields.find((f) => f.name === name)?.label[lang] ?? name
  return profile.required
    .map((r) => (typeof r === 'string' ? label(r) : text(lang, 'import.template.or', { first: label(r[0]!), second: label(r[1] ?? r[0]!) })))
    .join(', ')
}

/**
 * The workbook sent to partners: a data sheet with the header the import recognises exactly, dropdowns for
 * choices (yes/no, gender, sector, status) and partner organisations, an instructions sheet with an example
 * row, and the dropdown lists on a hidden sheet. The example is not on the data sheet, so a file returned
 * unchanged imports nothing by mistake.
 */
export async function writeTemplate(options: TemplateOptions): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const { lang } = options
  const profile = IMPORT_PROFILES[options.profile]
  const fields = profile.fields.filter((f) => f.template !== false)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Exchange Desk'
  const dataName = text(lang, `import.template.dataSheet.${profile.kind}`)
  const data = workbook.addWorksheet(dataName, { views: [{ state: 'frozen', ySplit: 1 }] })
  const instructions = workbook.addWorksheet(text(lang, 'import.template.instructionsSheet'))
  const listsName = text(lang, 'import.template.listsSheet')
  const lists = workbook.addWorksheet(listsName, { state: 'hidden' })

  const partners = [...options.partnerNames].sort((a, b) => a.localeCompare(b, lang))
  const columns: Array<[string, string, readonly string[], boolean]> = [
    ['partners', text(lang, 'import.field.organisation'), partners, false],
    ['yesNo', text(lang, 'import.field.consent'), [text(lang, 'import.choice.yes'), text(lang, 'import.choice.no')], true],
    ['gender', text(lang, 'import.field.gender'), lang === 'sl' ? ['M', 'Ž', 'X'] : ['M', 'F', 'X'], true],
    ['sector', text(lang, 'import.field.sector'), SECTORS.map((s) => text(lang, `import.sector.${s}`)), true],
    ['status', text(lang, 'import.field.status'), ORGANISATION_STATUSES.map((s) => text(lang, `import.orgStatus.${s}`)), true],
    ['challenges', text(lang, 'import.field.challenge'), options.challenges ?? [], false],
  ]
  const refs: Record<string, ListRef | undefined> = {}
  columns.forEach(([key, title, values, strict], i) => {
    const letter = String.fromCharCode(65 + i)
    lists.getCell(1, i + 1).value = title
    // A string cell is never run as a formula by Excel, even when it starts with "=".
    values.forEach((v, r) => {
      lists.getCell(r + 2, i + 1).value = v
    })
    if (values.length > 0) refs[key] = { formula: listRange(listsName, letter, values.length), strict }
  })

  data.columns = fields.map((f) => ({ header: f.label[lang], key: f.name, width: Math.max(14, f.label[lang].length + 4) }))
  data.getRow(1).font = { bold: true }
  fields.forEach((field, i) => {
    if (field.kind === 'date') data.getColumn(i + 1).numFmt = lang === 'sl' ? 'd. m. yyyy' : 'd mmm yyyy'
    const validation = validationFor(field, refs)
    if (validation) for (let r = 2; r <= FORM_ROWS + 1; r++) data.getCell(r, i + 1).dataValidation = validation
  })

  instructions.getColumn(1).width = 110
  instructions.getCell('A1').value = text(lang, `import.template.title.${profile.kind}`)
  instructions.getCell('A1').font = { bold: true, size: 14 }
  const lines = [
    text(lang, 'import.template.instructions.rows', { sheet: dataName }),
    text(lang, 'import.template.instructions.required', { fields: requiredText(profile, lang) }),
    text(lang, 'import.template.instructions.dates'),
    text(lang, 'import.template.instructions.lists'),
    text(lang, 'import.template.instructions.phones'),
    text(lang, 'import.template.instructions.save'),
    text(lang, 'import.template.instructions.example'),
  ]
  lines.forEach((line, n) => {
    instructions.getCell(n + 3, 1).value = `${n + 1}. ${line}`
  })
  const exampleRow = lines.length + 4
  fields.forEach((field, i) => {
    const header = instructions.getCell(exampleRow, i + 1)
    header.value = field.label[lang]
    header.font = { bold: true }
    const example = field.name === 'organisation' ? (partners[0] ?? '') : (field.example?.[lang] ?? '')
    instructions.getCell(exampleRow + 1, i + 1).value = example
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
