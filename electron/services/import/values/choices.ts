import { SECTORS, type Gender, type OrganisationStatus, type Sector } from '../../../../shared/domain/enums'
import { fold } from '../../../../shared/text'
import type { RawValue } from '../workbook'

/** Folded forms of the few distinct texts a choice column holds, remembered: folding is the costly part. */
const folded = new Map<string, string>()

/** Folds a cell to its comparable form: lower case, no diacritics, no trailing dot, single spaces. */
function key(raw: RawValue): string | null {
  if (typeof raw === 'boolean') return raw ? 'true' : 'false'
  if (typeof raw === 'number') return String(raw)
  if (typeof raw !== 'string') return null
  let k = folded.get(raw)
  if (k === undefined) {
    k = fold(raw).replace(/[.!]+$/, '').trim()
    if (folded.size > 10_000) folded.clear()
    folded.set(raw, k)
  }
  return k
}

const YES = new Set(['da', 'ja', 'yes', 'y', 'd', 'x', '✓', '✔', '☑', '✅', 'true', '1', 'drzi', 'se strinjam', 'soglasam', 'strinjam se', 'i agree', 'agreed', 'ok'])
const NO = new Set(['ne', 'no', 'n', 'false', '0', '✗', '✘', '☐', '❌', '-', 'ne drzi', 'se ne strinjam', 'disagree'])

/** Yes/no in both languages and as people mark it ("x", "✓"); null when empty, undefined when not a yes/no. */
export function readYesNo(raw: RawValue): boolean | null | undefined {
  const k = key(raw)
  if (k === null || k === '') return null
  if (YES.has(k)) return true
  if (NO.has(k)) return false
  return undefined
}

const GENDERS: Record<string, Gender> = {
  m: 'm', moski: 'm', mo: 'm', male: 'm', man: 'm', g: 'm', gospod: 'm', mr: 'm',
  z: 'f', zenska: 'f', zen: 'f', f: 'f', female: 'f', woman: 'f', w: 'f', ga: 'f', gospa: 'f', mrs: 'f', ms: 'f',
  x: 'x', drugo: 'x', other: 'x', nebinarno: 'x', 'non binary': 'x', nonbinary: 'x', diverse: 'x',
}

export function readGender(raw: RawValue): Gender | null | undefined {
  const k = key(raw)
  if (k === null || k === '') return null
  return GENDERS[k.replace(/-/g, ' ')]
}

/** Sector words as partners write them, Slovenian and English; matched on the folded text. */
const SECTOR_WORDS: Array<[Sector, readonly string[]]> = [
  ['ministry', ['ministrstvo', 'ministrstva', 'ministry', 'min', 'government ministry', 'vlada']],
  ['public-body', ['javni organ', 'drug javni organ', 'javni zavod', 'javna agencija', 'agencija', 'organ v sestavi', 'javni sektor', 'javna uprava', 'obcina', 'upravna enota', 'public body', 'other public body', 'public sector', 'public agency', 'public institution', 'agency', 'municipality', 'javno']],
  ['company', ['podjetje', 'gospodarska druzba', 'druzba', 'gospodarstvo', 'zasebni sektor', 'zasebno', 'company', 'business', 'private', 'private sector', 'firm', 'corporation', 'enterprise']],
  ['ngo', ['nvo', 'nevladna organizacija', 'nevladne organizacije', 'drustvo', 'ustanova', 'zasebni zavod', 'neprofitna organizacija', 'ngo', 'non governmental organisation', 'non governmental organization', 'nonprofit', 'non profit', 'civil society', 'charity', 'foundation']],
  ['association', ['zbornica', 'zdruzenje', 'zveza', 'zbornica ali zdruzenje', 'chamber', 'association', 'chamber or association', 'federation']],
]
const SECTOR_INDEX = new Map<string, Sector>()
for (const [sector, words] of SECTOR_WORDS) for (const word of words) SECTOR_INDEX.set(word, sector)
for (const sector of SECTORS) SECTOR_INDEX.set(sector.replace('-', ' '), sector)

export function readSector(raw: RawValue): Sector | null | undefined {
  const k = key(raw)
  if (k === null || k === '') return null
  return SECTOR_INDEX.get(k.replace(/[-/]/g, ' ').replace(/\s+/g, ' '))
}

const STATUSES: Record<string, OrganisationStatus> = {
  aktivna: 'active', aktiven: 'active', aktivno: 'active', active: 'active', da: 'active', yes: 'active',
  mirujoca: 'paused', miruje: 'paused', neaktivna: 'paused', neaktiven: 'paused', paused: 'paused', inactive: 'paused', dormant: 'paused',
  nekdanja: 'former', nekdanji: 'former', bivsa: 'former', former: 'former', ended: 'former', ne: 'former', no: 'former',
}

export function readStatus(raw: RawValue): OrganisationStatus | null | undefined {
  const k = key(raw)
  if (k === null || k === '') return null
  return STATUSES[k]
}
