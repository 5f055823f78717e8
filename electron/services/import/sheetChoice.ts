import { fold } from '../../../shared/text'
import type { ImportProfile } from '../../../shared/import/fields'
import type { SheetCandidate } from '../../../shared/import/types'
import { UserError } from '../../../shared/errors'
import { detectHeader, type HeaderChoice } from './headerDetection'
import type { MappingOverrides } from './mapping'
import type { SheetData } from './workbook'

/** Sheets that explain or feed a form rather than hold its rows (a template's instructions and dropdown lists). */
const HELPER_SHEET = /navodil|instruc|readme|legend|sifrant|seznami|lookup|lists?\b|dropdown|vrednosti|values/

/** Two sheets this close are a question for the user. */
const UNSURE_MARGIN = 1

export interface SheetChoice {
  sheet: SheetData
  header: HeaderChoice
  candidates: SheetCandidate[]
  uncertain: boolean
}

function scoreSheet(sheet: SheetData, header: HeaderChoice, profile: ImportProfile): number {
  const name = fold(sheet.name)
  const dataRows = sheet.rows.filter((r) => r.number > header.headerRow).length
  let score = header.score + Math.min(dataRows, 20) / 20
  if (profile.sheetNameHints.some((hint) => name.includes(hint))) score += 0.5
  if (HELPER_SHEET.test(name)) score -= 1.5
  if (sheet.hidden) score -= 2
  if (dataRows === 0) score -= 1
  return Math.round(score * 100) / 100
}

/**
 * Scores every sheet for "looks like this profile's data" and picks the best, or the one the user named.
 * The choice is uncertain when the best header is weak or another sheet scores nearly as well.
 */
export function chooseSheet(sheets: SheetData[], profile: ImportProfile, overrides: MappingOverrides, wanted?: string, headerRow?: number): SheetChoice {
  if (sheets.length === 0) throw new UserError('import.noSheets', {})
  // A workbook whose sheets hold nothing is an empty file to the user, whatever its size on disk.
  if (sheets.every((s) => s.rows.length === 0)) throw new UserError('import.emptyFile', {})
  const scored = sheets.map((sheet) => {
    const header = detectHeader(sheet, profile, overrides, wanted === sheet.name ? headerRow : undefined)
    return { sheet, header, score: scoreSheet(sheet, header, profile) }
  })
  const candidates: SheetCandidate[] = scored.map(({ sheet, score }) => ({ name: sheet.name, score, hidden: sheet.hidden, rows: sheet.rows.length }))
  if (wanted !== undefined) {
    const chosen = scored.find((s) => s.sheet.name === wanted)
    if (!chosen) throw new UserError('import.sheetNotFound', { sheet: wanted, available: sheets.map((s) => s.name).join(', ') })
    return { sheet: chosen.sheet, header: chosen.header, candidates, uncertain: false }
  }
  const ranked = [...scored].sort((a, b) => b.score - a.score)
  const best = ranked[0]!
  const header = headerRow !== undefined ? detectHeader(best.sheet, profile, overrides, headerRow) : best.header
  const second = ranked[1]
  const uncertain = !best.header.detected || (second !== undefined && second.header.detected && best.score - second.score < UNSURE_MARGIN)
  return { sheet: best.sheet, header, candidates, uncertain }
}
