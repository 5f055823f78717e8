import type { DataValidation, Worksheet } from 'exceljs'
import { IntlMessageFormat } from 'intl-messageformat'
import { SECTORS, type Language } from '../../../shared/domain/enums'
import type { FieldDefinition } from '../../../shared/import/fields'
import { nominationsProfile } from '../../../shared/import/profiles'
import { importMessages } from '../../../shared/i18n/messages/import'

export interface TemplateOptions {
  lang: Language
  /** Partner organisations offered in the organisation and preference dropdowns. */
  partnerNames: readonly string[]
  /** Challenges of the round, offered in the challenge dropdown when given. */
  challenges?: readonly string[]
}

/** Rows of the data sheet that carry the dropdowns; partners send far fewer nominations than this. */
const FORM_ROWS = 500

function text(lang: Language, key: string): string {
  const source = importMessages[lang][key]
  if (source === undefined) throw new Error(`missing message ${key}`)
  return String(new IntlMessageFormat(source, lang === 'sl' ? 'sl-SI' : 'en-GB').format({}))
}

/** A sheet name in a formula: quoted, with quotes doubled. */
const ref = (sheet: string, column: string, count: number) => `'${sheet.replace(/'/g, "''")}'!$${column}$2:$${column}$${Math.max(2, count + 1)}`

function writeList(sheet: Worksheet, column: number, title: string, values: readonly string[]): void {
  sheet.getCell(1, column).value = title
  values.forEach((v, i) => {
    // A string cell is never run as a formula by Excel, even when it starts with "=".
    sheet.getCell(i + 2, column).value = v
  })
}

function validationFor(field: FieldDefinition, lists: Record<string, { formula: string; strict: boolean }>): DataValidation | null {
  const list = field.kind === 'yesNo' ? lists.yesNo : field.kind === 'gender' ? lists.gender : field.kind === 'sector' ? lists.sector : field.name === 'organisation' || field.name.startsWith('preference') ? lists.partners : field.name === 'challenge' ? lists.challenges : undefined
  if (list) {
    // Organisations not yet in the partner list may be typed in: the import offers to add them.
    return { type: 'list', allowBlank: true, formulae: [list.formula], showErrorMessage: list.strict, errorStyle: list.strict ? 'stop' : 'information' }
  }
  if (field.kind === 'date') return { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2015, 0, 1))], showErrorMessage: true }
  if (field.kind === 'integer') return { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, 365], showErrorMessage: true }
  return null
}

/**
 * The nominations workbook sent to partners: a data sheet with the header the import recognises exactly,
 * dropdowns for choices and partner organisations, an instructions sheet with an example row, and the
 * dropdown lists on a hidden sheet. The example is not on the data sheet, so a file returned unchanged
 * imports nobody by mistake.
 */
export async function writeNominationsTemplate(options: TemplateOptions): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const { lang } = options
  const fields = nominationsProfile.fields.filter((f) => f.template !== false)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Exchange Desk'
  const data = workbook.addWorksheet(text(lang, 'import.template.dataSheet'), { views: [{ state: 'frozen', ySplit: 1 }] })
  const instructions = workbook.addWorksheet(text(lang, 'import.template.instructionsSheet'))
  const listsName = text(lang, 'import.template.listsSheet')
  const lists = workbook.addWorksheet(listsName, { state: 'hidden' })

  const yesNo = [text(lang, 'import.choice.yes'), text(lang, 'import.choice.no')]
  const genders = lang === 'sl' ? ['M', 'Ž', 'X'] : ['M', 'F', 'X']
  const sectors = SECTORS.map((s) => text(lang, `import.sector.${s}`))
  const partners = [...options.partnerNames].sort((a, b) => a.localeCompare(b, lang))
  const challenges = options.challenges ?? []
  writeList(lists, 1, text(lang, 'import.field.organisation'), partners)
  writeList(lists, 2, text(lang, 'import.field.consent'), yesNo)
  writeList(lists, 3, text(lang, 'import.field.gender'), genders)
  writeList(lists, 4, text(lang, 'import.field.sector'), sectors)
  writeList(lists, 5, text(lang, 'import.field.challenge'), challenges)
  const listRefs = {
    partners: { formula: ref(listsName, 'A', partners.length), strict: false },
    yesNo: { formula: ref(listsName, 'B', yesNo.length), strict: true },
    gender: { formula: ref(listsName, 'C', genders.length), strict: true },
    sector: { formula: ref(listsName, 'D', sectors.length), strict: true },
    ...(challenges.length > 0 ? { challenges: { formula: ref(listsName, 'E', challenges.length), strict: false } } : {}),
  }

  data.columns = fields.map((f) => ({ header: f.label[lang], key: f.name, width: Math.max(14, f.label[lang].length + 4) }))
  data.getRow(1).font = { bold: true }
  fields.forEach((field, i) => {
    const validation = validationFor(field, listRefs)
    const column = data.getColumn(i + 1)
    if (field.kind === 'date') column.numFmt = lang === 'sl' ? 'd. m. yyyy' : 'd mmm yyyy'
    if (!validation) return
    for (let r = 2; r <= FORM_ROWS + 1; r++) data.getCell(r, i + 1).dataValidation = validation
  })

  instructions.getColumn(1).width = 110
  instructions.getCell('A1').value = text(lang, 'import.template.title')
  instructions.getCell('A1').font = { bold: true, size: 14 }
  for (let n = 1; n <= 7; n++) instructions.getCell(n + 2, 1).value = `${n}. ${text(lang, `import.template.instructions.${n}`)}`
  const exampleRow = 12
  fields.forEach((field, i) => {
    const header = instructions.getCell(exampleRow, i + 1)
    header.value = field.label[lang]
    header.font = { bold: true }
    const example = field.name === 'organisation' ? (partners[0] ?? '') : field.name === 'taxNumber' ? '' : (field.example?.[lang] ?? '')
    instructions.getCell(exampleRow + 1, i + 1).value = example
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
