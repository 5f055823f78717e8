import type { ImportOutcome } from '../../../../shared/domain/imports'
import { backupIntoFolder } from '../../../../db/backup'
import { mappingToRemember, previewSummary } from '../../../../shared/import/summary'
import type { ImportPreview, PreviewRow } from '../../../../shared/import/types'
import { audit } from '../../audit'
import type { ServiceContext } from '../../context'
import { forgetErasures } from '../../privacy/erasures'
import { backupFolder } from '../../settings/backups'
import { insertBatch, saveBatchSummary, toRuns, type BatchSummary } from './batches'
import { rememberMapping, rememberOrganisations } from './mappingMemory'
import { mappingSender, type ImportRequest, type ImportWorld } from './prepare'
import { writeNominations, type WriteResult } from './writeNominations'
import { writeOffers } from './writeOffers'
import { writePartners } from './writePartners'

export interface CommitOptions {
  /** Import the valid rows and leave the invalid ones out; without it one invalid row stops the import. */
  skipInvalid?: boolean
  /** Check everything and write nothing. */
  dryRun?: boolean
}

/** The rows the import writes: valid (ok or warning) and not skipped by the user. */
export const rowsToWrite = (preview: ImportPreview): PreviewRow[] => preview.rows.filter((r) => !r.skipped && (r.status === 'ok' || r.status === 'warning'))

/** Header → field, as the CLI reports it (a header met twice is told apart by its column). */
function mappingOf(preview: ImportPreview): Record<string, string> {
  return previewSummary({ ...preview, rows: [], notices: [] }, (key) => key).mapping
}

function write(ctx: ServiceContext, world: ImportWorld, request: ImportRequest, rows: PreviewRow[], batchId: number): WriteResult & { createdContacts?: number[] } {
  if (request.kind === 'partners') return writePartners(ctx, world, rows)
  if (request.kind === 'offers') return writeOffers(ctx, world, rows, request.roundId!, batchId)
  return writeNominations(ctx, world, rows, request.roundId!, batchId)
}

/**
 * Writes a checked preview: a backup first, then one transaction with the batch, its records, the remembered
 * mapping and the audit entry. Either all of it lands or none of it.
 */
export async function commitImport(ctx: ServiceContext, preview: ImportPreview, world: ImportWorld, request: ImportRequest, options: CommitOptions = {}): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: 0, inserted: 0, updated: 0, batch: null, backup: null, blocked: false }
  if (preview.counts.invalid > 0 && !options.skipInvalid) return { ...outcome, blocked: true }
  const rows = rowsToWrite(preview)
  if (options.dryRun || rows.length === 0) return outcome
  outcome.backup = await backupIntoFolder(ctx.conn.sqlite, backupFolder(ctx), 'import', ctx.now())
  return ctx.conn.sqlite.transaction((): ImportOutcome => {
    const batchId = insertBatch(ctx, request.kind, request.roundId, preview.file.name, preview.sheet)
    const written = write(ctx, world, request, rows, batchId)
    const sender = mappingSender(request.kind, preview)
    const summary: BatchSummary = {
      rows: preview.counts.rows, imported: written.inserted + written.updated, inserted: written.inserted, updated: written.updated,
      invalid: preview.counts.invalid, duplicates: preview.counts.duplicate, skipped: preview.counts.skipped, headerRow: preview.headerRow,
      mapping: mappingOf(preview), organisationId: typeof sender === 'number' ? sender : null,
      created: { people: toRuns(written.createdPeople), organisations: toRuns(written.createdOrganisations), contacts: toRuns(written.createdContacts ?? []) },
      updates: written.updates,
    }
    saveBatchSummary(ctx, batchId, summary)
    if (sender !== null) rememberMapping(ctx, sender, mappingToRemember(preview))
    rememberOrganisations(ctx, world.mapped)
    for (const id of written.createdOrganisations) audit(ctx, 'organisation', id, 'create', null, { importBatch: batchId })
    const reimported = rows.filter((r) => r.problems.some((p) => p.code === 'erased_person_allowed')).map((r) => String(r.values.email))
    const forgotten = forgetErasures(ctx, reimported)
    if (forgotten > 0) audit(ctx, 'import_batch', batchId, 'import_erased', null, { people: forgotten })
    const { created: _created, updates: _updates, ...counts } = summary
    audit(ctx, 'import_batch', batchId, 'import', null, { kind: request.kind, roundId: request.roundId, file: preview.file.name, sheet: preview.sheet, ...counts })
    return { ...outcome, imported: summary.imported, inserted: written.inserted, updated: written.updated, batch: batchId }
  })()
}
