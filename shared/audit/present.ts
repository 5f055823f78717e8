import type { AuditEntry } from '../domain/audit'
import type { Language } from '../domain/enums'
import { LOCALES, translate } from '../i18n/format'
import { DAY, INSTANT, formatDay, formatInstant, formatPhone, formatReferences, label } from './values'

/** One edited field as a person reads it: its label and its values in words (null: no value). */
export interface PresentedChange {
  label: string
  before: string | null
  after: string | null
}

/** An audit entry in the user's language, shared by the screen and the CSV export. */
export interface PresentedEntry {
  entity: string
  /** The record's name where it has one; never an internal number. */
  record: string | null
  action: string
  changes: PresentedChange[]
  /**
   * An edit shows before → after; a new or removed record, or an event that records a summary (what a proposal
   * replaced and what it placed), shows each field's one value.
   */
  shows: 'single' | 'both'
}

/**
 * Internal fields: ids (their names are stored beside them, or the record is named in the entry), the planner's
 * points and its reasoning, bookkeeping of an import. Never shown as a change.
 */
const HIDDEN = new Set(['id', 'score', 'explanation', 'fingerprint', 'importBatch', 'snapshot', 'headerRow', 'placement', 'used', 'seed', 'createdAt', 'updatedAt'])
export const isHidden = (field: string) => HIDDEN.has(field) || /Ids?$/.test(field)

/** Where the catalogue names the codes a field holds. */
const CODES: Record<string, string> = {
  sector: 'partners.sector',
  hostSector: 'partners.sector',
  homeSector: 'partners.sector',
  role: 'partners.role',
  language: 'shell.languageName',
  languages: 'shell.languageName',
  gender: 'partners.gender',
  driver: 'letters.driver',
  sectorKinds: 'planning.kind',
  violations: 'audit.value.rule',
  format: 'audit.value.format',
  consentMethod: 'consent.method',
}
/** Codes whose meaning depends on the kind of record. */
const CODES_BY_ENTITY: Record<string, Record<string, string>> = {
  status: { organisation: 'partners.status', round: 'rounds.status', placement: 'letters.ui.placementStatus', nomination: 'planning.status' },
  kind: { round: 'rounds.kind', import_batch: 'audit.value.importKind', letterTemplate: 'letters.kind', letters: 'letters.kind' },
}
const PHONES = new Set(['phone', 'contactPhone'])

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** The change values arrive as text: lists and objects as JSON, true/false as words. */
function parse(text: string | null): Json {
  if (text === null || text === '') return null
  if (text === 'true' || text === 'false') return text === 'true'
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      return JSON.parse(text) as Json
    } catch {
      return text
    }
  }
  return text
}

export function fieldLabel(lang: Language, entity: string, field: string): string {
  return label(lang, `audit.fieldFor.${entity}.${field}`) ?? label(lang, `audit.field.${field}`) ?? field
}

function code(lang: Language, entity: string, field: string, value: string): string | null {
  const prefix = CODES_BY_ENTITY[field]?.[entity] ?? CODES[field]
  return prefix ? label(lang, `${prefix}.${value}`) : null
}

function formatObject(lang: Language, entity: string, field: string, value: { [key: string]: Json }): string | null {
  const entries = Object.entries(value)
  // The statistics' period: years, or the round's year.
  if (field === 'period') return translate(lang, 'audit.value.period', { kind: value.kind, from: value.from ?? '—', to: value.to ?? '—' })
  // An import's column mapping: the file's heading → the field it fills.
  if (field === 'mapping') {
    const target = (f: string) => (label(lang, `import.field.${f}`) ?? f).toLocaleLowerCase(lang)
    return entries.filter(([, to]) => typeof to === 'string' && to !== '').map(([from, to]) => `${from} → ${target(to as string)}`).join(', ') || null
  }
  const parts = entries.flatMap(([key, v]) => {
    if (isHidden(key) || (key === 'name' && typeof v === 'string')) return []
    const shown = formatValue(lang, entity, key, v)
    return shown === null ? [] : [`${fieldLabel(lang, entity, key)}: ${shown}`]
  })
  // A named item (a team) reads as its name with its details after it.
  const name = typeof value.name === 'string' ? value.name : null
  if (name !== null) return parts.length ? `${name} (${parts.join(', ')})` : name
  return parts.length ? parts.join(', ') : null
}

/** One stored value in words: codes by name, dates and phones as on screen, lists readable, no JSON. */
export function formatValue(lang: Language, entity: string, field: string, value: Json): string | null {
  if (value === null || value === '') return null
  if (typeof value === 'boolean') return translate(lang, value ? 'shell.yes' : 'shell.no')
  if (typeof value === 'number') {
    if (field === 'preferenceRank') return translate(lang, 'audit.value.rank', { rank: value })
    return String(value)
  }
  if (typeof value === 'string') {
    if (field === 'preferenceRank') return translate(lang, 'audit.value.rank', { rank: Number(value) })
    const named = code(lang, entity, field, value)
    if (named !== null) return named
    if (DAY.test(value)) return formatDay(lang, value)
    if (INSTANT.test(value)) return formatInstant(lang, value)
    if (PHONES.has(field)) return formatPhone(value)
    if (field === 'country' && /^[A-Za-z]{2}$/.test(value)) return new Intl.DisplayNames([LOCALES[lang]], { type: 'region' }).of(value.toUpperCase()) ?? value
    return value
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return null
    // A list of internal ids says only how many records it concerns.
    if (value.every((v) => typeof v === 'number')) return translate(lang, 'audit.value.count', { n: value.length })
    const items = value.map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? formatObject(lang, entity, field, v) : formatValue(lang, entity, field, v)))
    const shown = items.filter((v): v is string => v !== null)
    if (value.every((v) => typeof v === 'object')) return shown.join('; ')
    if (field === 'references') return formatReferences(lang, shown)
    // Items with commas of their own (a kind of exchange explained in brackets) are kept apart by semicolons.
    return shown.join(shown.some((item) => item.includes(',')) ? '; ' : ', ')
  }
  return formatObject(lang, entity, field, value)
}

/** A record kind and an action in words (an action may read differently for one kind of record). */
export function entityAndAction(lang: Language, entity: string, action: string): { entity: string; action: string } {
  return {
    entity: label(lang, `audit.entity.${entity}`) ?? entity,
    action: label(lang, `audit.action.${entity}.${action}`) ?? label(lang, `audit.action.${action}`) ?? action,
  }
}

/** The record's name, the action and the changes of one entry in words; internal fields left out. */
export function presentEntry(entry: AuditEntry, lang: Language): PresentedEntry {
  const { entity, action } = entityAndAction(lang, entry.entity, entry.action)
  // A letter template has no id: its kind and language name it.
  const value = (field: string) => entry.changes.find((c) => c.field === field)
  const template = entry.entity === 'letterTemplate' ? [value('kind'), value('language')] : []
  const record = template[0] && template[1]
    ? `${formatValue(lang, entry.entity, 'kind', template[0].before ?? template[0].after)} (${formatValue(lang, entry.entity, 'language', template[1].before ?? template[1].after)})`
    : (entry.name ?? null)
  const changes = entry.changes.flatMap((c): PresentedChange[] => {
    if (template.length > 0 && (c.field === 'kind' || c.field === 'language')) return []
    // A setting stores its value whole: its name is the action (language, ministry…).
    const field = c.field || (entry.entity === 'setting' ? entry.action : '')
    if (isHidden(field)) return []
    const before = formatValue(lang, entry.entity, field, parse(c.before))
    const after = formatValue(lang, entry.entity, field, parse(c.after))
    if (before === null && after === null) return []
    if (before === after) return []
    const name = c.field ? fieldLabel(lang, entry.entity, c.field) : entry.entity === 'setting' ? action : translate(lang, 'audit.value')
    return [{ label: name, before, after }]
  })
  const shows = changes.some((c) => c.before !== null && c.after !== null) ? 'both' : 'single'
  return { entity, record, action, changes, shows }
}
