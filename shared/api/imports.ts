import { z } from 'zod'
import type { ImportBatchEntry, ImportOutcome, NominationEntry, UndoResult } from '../domain/imports'
import type { ImportPreview } from '../import/types'
import type { ConsentResult } from '../domain/consent'
import { RECORDED_CONSENT_METHODS } from '../domain/consent'
import { SECTORS } from '../domain/enums'
import { call } from './define'
import { id, isoDate } from './fields'

const kind = z.enum(['nominations', 'partners', 'offers'])
const session = z.string().min(1).max(64)

/** A file chosen in the dialog (its path), or dropped on the window (its bytes: a dropped file has no path here). */
const source = z.union([
  z.object({ file: z.string().min(1).max(4000) }),
  z.object({ fileName: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) }),
])

/** What the user chose about how the file is read; each change reads the file again. */
const readChoices = {
  sheet: z.string().max(200).optional(),
  headerRow: z.number().int().min(1).max(1_048_576).optional(),
  /** Column letter → field, or null to leave the column out. */
  mapping: z.record(z.string().max(3), z.string().max(40).nullable()).optional(),
  createOrganisations: z.boolean().optional(),
  /** Rows of people whose data was erased are imported anyway (the user's explicit choice). */
  allowErased: z.boolean().optional(),
  /**
   * An unknown home organisation, by its name as the file writes it: mapped to a partner already in the list
   * (remembered for the next file with that spelling), or created with the sector the user chose.
   */
  organisations: z.record(z.string().min(1).max(500), z.union([z.object({ partner: id }), z.object({ create: z.enum(SECTORS) })])).optional(),
}

/** A preview kept in main for the import that follows it: the renderer names it by its session. */
export interface PreviewSession {
  session: string
  preview: ImportPreview
}

export const importsApi = {
  preview: call<PreviewSession>()('imports:preview', z.object({ source, kind, roundId: id.nullable(), ...readChoices }), { reads: ['partners', 'rounds', 'nominations', 'placements'] }),
  /** Same file, other sheet, header row, mapping or organisation choice. */
  reread: call<PreviewSession>()('imports:reread', z.object({ session, ...readChoices }), { reads: ['partners', 'rounds', 'nominations', 'placements'] }),
  /** A cell corrected in place; the row is checked again. */
  editCell: call<PreviewSession>()('imports:editCell', z.object({ session, row: z.number().int().min(1), field: z.string().min(1).max(40), text: z.string().max(10_000) }), { reads: ['partners', 'rounds', 'nominations', 'placements'] }),
  /** Leave a row out of the import (an update the user rejects is skipped too), or take it back in. */
  skipRow: call<PreviewSession>()('imports:skipRow', z.object({ session, row: z.number().int().min(1), skipped: z.boolean() }), { reads: ['partners', 'rounds', 'nominations', 'placements'] }),
  /** Writes the valid rows that are not skipped; invalid rows are left out and reported. */
  commit: call<ImportOutcome>()('imports:commit', z.object({ session }), { changes: ['partners', 'nominations', 'placements', 'imports'] }),
  discard: call<{ discarded: boolean }>()('imports:discard', z.object({ session }), { reads: [] }),
  history: call<ImportBatchEntry[]>()('imports:history', z.object({ kind: kind.optional(), roundId: id.optional() }), { reads: ['imports'] }),
  undo: call<UndoResult>()('imports:undo', z.object({ batch: id }), { changes: ['partners', 'nominations', 'placements', 'imports'] }),
  nominations: call<NominationEntry[]>()('imports:nominations', z.object({ roundId: id }), { reads: ['partners', 'rounds', 'nominations', 'placements'] }),
  /** Consent received (on a day, by form or e-mail) or withdrawn, for one or many nominations of a round at once. */
  consent: call<ConsentResult>()(
    'imports:consent',
    z.object({
      roundId: id,
      nominationIds: z.array(id).min(1).max(100_000),
      action: z.enum(['give', 'withdraw']),
      on: isoDate.optional(),
      method: z.enum(RECORDED_CONSENT_METHODS).optional(),
    }),
    { changes: ['nominations'] },
  ),
}
