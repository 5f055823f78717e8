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

/**
 * Where a cell's reading goes: the row's values (usually one entry; split fields give their parts) and the
 * cell's problems. Written in place, because an import reads millions of cells and a result object per cell
 * measured a fifth of the preview's time in allocation and garbage collection.
 */
export interface FieldResult {
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

function single(out: FieldResult, field: FieldDefinition, value: FieldValue, problem?: CellProblem): void {
  out.values[field.name] = value
  if (problem) out.problems.push(problem)
}

function pair(out: FieldResult, names: readonly [string, string], first: FieldValue, second: FieldValue, problem?: CellProblem): void {
  out.values[names[0]] = first
  out.values[names[1]] = second
  if (problem) out.problems.push(problem)
}

/** Language lists repeat from row to row; their split form is remembered. */
const languageLists = new Map<string, string>()

/** Splits "slovenščina, angleščina in nemščina" into a clean, de-duplicated list. */
function languagesList(text: string): string {
  const known = languageLists.get(text)
  if (known !== undefined) return known
  const parts = text.split(/\s*(?:[,;/+\n]|\s+in\s+|\s+and\s+|\s+&\s+)\s*/i).map((p) => p.trim()).filter((p) => p !== '')
  const list = [...new Set(parts)].join(', ')
  if (languageLists.size > 10_000) languageLists.clear()
  languageLists.set(text, list)
  return list
}

function textField(out: FieldResult, field: FieldDefinition, text: string): void {
  const max = field.maxLength ?? DEFAULT_MAX[field.kind] ?? 254
  const cleaned = field.kind === 'longText' ? cleanMultiline(text) : cleanLine(text)
  const value = field.kind === 'languages' ? languagesList(cleaned) : cleaned
  const limited = limitLength(value, max)
  if (limited.text === '') return single(out, field, null)
  single(out, field, limited.text, limited.truncated ? warning('text_truncated', { max, length: value.length }) : undefined)
}

/**
 * Turns one cell into the field's value, with the problems found. Never throws: anything a cell can hold
 * gives a value or a problem the user can read.
 */
export function normaliseField(field: FieldDefinition, raw: RawValue, link: string | undefined, options: NormaliseOptions, out: FieldResult): void {
  if (isCellError(raw)) return single(out, field, null, error('cell_error', { error: raw.error }))
  if (raw === null || (typeof raw === 'string' && cleanLine(raw) === '')) {
    if (field.splitsInto) return pair(out, field.splitsInto, null, null)
    return single(out, field, null)
  }
  const text = displayText(raw)
  switch (field.kind) {
    case 'text':
    case 'longText':
    case 'languages':
      return textField(out, field, text)
    case 'fullName': {
      const split = splitFullName(cleanLine(text), options.nameOrder ?? 'firstLast')
      return pair(out, field.splitsInto ?? ['firstName', 'lastName'], split.first, split.last, split.uncertain ? warning('name_split_uncertain', { first: split.first ?? '', last: split.last ?? '' }) : undefined)
    }
    case 'email': {
      const result = readEmail(text, link)
      if (result === null) return single(out, field, null)
      if ('invalid' in result) return single(out, field, null, error('invalid_email', { value: result.invalid }))
      return single(out, field, result.email, result.more ? warning('multiple_emails', { used: result.email }) : undefined)
    }
    case 'phone': {
      const phone = readPhone(text)
      if (phone) return single(out, field, phone)
      return single(out, field, limitLength(cleanLine(text), 40).text, warning('invalid_phone'))
    }
    case 'url': {
      const url = readUrl(text)
      return url ? single(out, field, url) : single(out, field, null, warning('invalid_url'))
    }
    case 'taxNumber': {
      const result = readTaxNumber(typeof raw === 'number' ? raw : text)
      if ('invalid' in result) return single(out, field, null, error('invalid_tax_number'))
      return single(out, field, result.taxNumber, result.foreign ? warning('foreign_tax_number') : undefined)
    }
    case 'registrationNumber': {
      const value = readRegistrationNumber(typeof raw === 'number' ? raw : text)
      return value ? single(out, field, value) : single(out, field, null, warning('invalid_registration_number'))
    }
    case 'postcode': {
      const value = readPostcode(typeof raw === 'number' ? raw : text)
      return value ? single(out, field, value) : single(out, field, null, warning('invalid_postcode'))
    }
    case 'date': {
      const iso = options.dates.read(raw)
      return iso ? single(out, field, iso) : single(out, field, null, error('invalid_date'))
    }
    case 'dateRange': {
      const names = field.splitsInto ?? ['from', 'to']
      const range = splitDateRange(text, options.dates)
      return range ? pair(out, names, range.from, range.to) : pair(out, names, null, null, error('invalid_range'))
    }
    case 'integer': {
      const n = readCount(raw)
      return n === null ? single(out, field, null, error('invalid_number')) : single(out, field, n)
    }
    case 'year': {
      const year = readYear(raw)
      return year === null ? single(out, field, null, error('invalid_year')) : single(out, field, year)
    }
    case 'yesNo': {
      const value = readYesNo(raw)
      return value === undefined ? single(out, field, null, error('invalid_choice', { allowed: 'yesNo' })) : single(out, field, value)
    }
    case 'gender': {
      const value = readGender(raw)
      return value === undefined ? single(out, field, null, warning('invalid_choice', { allowed: 'gender' })) : single(out, field, value)
    }
    case 'sector': {
      const value = readSector(raw)
      return value === undefined ? single(out, field, null, error('invalid_choice', { allowed: 'sector' })) : single(out, field, value)
    }
    case 'status': {
      const value = readStatus(raw)
      return value === undefined ? single(out, field, null, error('invalid_choice', { allowed: 'status' })) : single(out, field, value)
    }
  }
}
