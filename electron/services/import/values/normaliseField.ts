import type { FieldDefinition, FieldKind, FieldValue } from '../../../../shared/import/fields'
import type { Severity } from '../../../../shared/import/types'
import { isCellError, type RawValue } from '../workbook'
import { readGender, readSector, readStatus, readYesNo } from './choices'
import { readEmail, readPhone, readPostcode, readRegistrationNumber, readTaxNumber, readUrl } from './contact'
import type { DateReader } from './dates'
import { splitDateRange } from './dateRange'
import { splitFullName, type NameOrder } from './names'
import { readCount, readYear } from './numbers'
import { cleanLine, cleanMultiline, displayText, limitLength } from './text'

export interface CellProblem {
  code: string
  severity: Severity
  params?: Record<string, string | number>
  /** When a split field's part is at fault (the "to" date of a range). */
  field?: string
}

export interface FieldResult {
  /** Usually one entry (the field); split fields give their parts. */
  values: Record<string, FieldValue>
  problems: CellProblem[]
}

export interface NormaliseOptions {
  dates: DateReader
  nameOrder?: NameOrder
}

const DEFAULT_MAX: Partial<Record<FieldKind, number>> = { text: 200, longText: 2000, languages: 300 }

const error = (code: string, params?: CellProblem['params']): CellProblem => ({ code, severity: 'error', ...(params ? { params } : {}) })
const warning = (code: string, params?: CellProblem['params']): CellProblem => ({ code, severity: 'warning', ...(params ? { params } : {}) })

const single = (field: FieldDefinition, value: FieldValue, ...problems: CellProblem[]): FieldResult => ({ values: { [field.name]: value }, problems })

/** Splits "slovenščina, angleščina in nemščina" into a clean, de-duplicated list. */
function languagesList(text: string): string {
  const parts = text.split(/\s*(?:[,;/+\n]|\s+in\s+|\s+and\s+|\s+&\s+)\s*/i).map((p) => p.trim()).filter((p) => p !== '')
  return [...new Set(parts)].join(', ')
}

function textField(field: FieldDefinition, text: string): FieldResult {
  const max = field.maxLength ?? DEFAULT_MAX[field.kind] ?? 254
  const cleaned = field.kind === 'longText' ? cleanMultiline(text) : cleanLine(text)
  const value = field.kind === 'languages' ? languagesList(cleaned) : cleaned
  const limited = limitLength(value, max)
  if (limited.text === '') return single(field, null)
  return limited.truncated ? single(field, limited.text, warning('text_truncated', { max, length: value.length })) : single(field, limited.text)
}

/**
 * Turns one cell into the field's value, with the problems found. Never throws: anything a cell can hold
 * gives a value or a problem the user can read.
 */
export function normaliseField(field: FieldDefinition, raw: RawValue, link: string | undefined, options: NormaliseOptions): FieldResult {
  if (isCellError(raw)) return single(field, null, error('cell_error', { error: raw.error }))
  if (raw === null || (typeof raw === 'string' && cleanLine(raw) === '')) {
    if (field.splitsInto) return { values: { [field.splitsInto[0]]: null, [field.splitsInto[1]]: null }, problems: [] }
    return single(field, null)
  }
  const text = displayText(raw)
  switch (field.kind) {
    case 'text':
    case 'longText':
    case 'languages':
      return textField(field, text)
    case 'fullName': {
      const [first, last] = field.splitsInto ?? ['firstName', 'lastName']
      const split = splitFullName(cleanLine(text), options.nameOrder ?? 'firstLast')
      return { values: { [first]: split.first, [last]: split.last }, problems: split.uncertain ? [warning('name_split_uncertain', { first: split.first ?? '', last: split.last ?? '' })] : [] }
    }
    case 'email': {
      const result = readEmail(text, link)
      if (result === null) return single(field, null)
      if ('invalid' in result) return single(field, null, error('invalid_email', { value: result.invalid }))
      return result.more ? single(field, result.email, warning('multiple_emails', { used: result.email })) : single(field, result.email)
    }
    case 'phone': {
      const phone = readPhone(text)
      if (phone) return single(field, phone)
      return single(field, limitLength(cleanLine(text), 40).text, warning('invalid_phone'))
    }
    case 'url': {
      const url = readUrl(text)
      return url ? single(field, url) : single(field, null, warning('invalid_url'))
    }
    case 'taxNumber': {
      const result = readTaxNumber(typeof raw === 'number' ? raw : text)
      if ('invalid' in result) return single(field, null, error('invalid_tax_number'))
      return result.foreign ? single(field, result.taxNumber, warning('foreign_tax_number')) : single(field, result.taxNumber)
    }
    case 'registrationNumber': {
      const value = readRegistrationNumber(typeof raw === 'number' ? raw : text)
      return value ? single(field, value) : single(field, null, warning('invalid_registration_number'))
    }
    case 'postcode': {
      const value = readPostcode(typeof raw === 'number' ? raw : text)
      return value ? single(field, value) : single(field, null, warning('invalid_postcode'))
    }
    case 'date': {
      const iso = options.dates.read(raw)
      return iso ? single(field, iso) : single(field, null, error('invalid_date'))
    }
    case 'dateRange': {
      const [from, to] = field.splitsInto ?? ['from', 'to']
      const range = splitDateRange(text, options.dates)
      if (!range) return { values: { [from]: null, [to]: null }, problems: [error('invalid_range')] }
      return { values: { [from]: range.from, [to]: range.to }, problems: [] }
    }
    case 'integer': {
      const n = readCount(raw)
      return n === null ? single(field, null, error('invalid_number')) : single(field, n)
    }
    case 'year': {
      const year = readYear(raw)
      return year === null ? single(field, null, error('invalid_year')) : single(field, year)
    }
    case 'yesNo': {
      const value = readYesNo(raw)
      return value === undefined ? single(field, null, error('invalid_choice', { allowed: 'yesNo' })) : single(field, value)
    }
    case 'gender': {
      const value = readGender(raw)
      return value === undefined ? single(field, null, warning('invalid_choice', { allowed: 'gender' })) : single(field, value)
    }
    case 'sector': {
      const value = readSector(raw)
      return value === undefined ? single(field, null, error('invalid_choice', { allowed: 'sector' })) : single(field, value)
    }
    case 'status': {
      const value = readStatus(raw)
      return value === undefined ? single(field, null, error('invalid_choice', { allowed: 'status' })) : single(field, value)
    }
  }
}
