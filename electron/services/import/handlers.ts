import type { Contract } from '../../../shared/api'
import type { Handlers } from '../../../shared/api/define'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import { recordConsent } from '../nominations/consent'
import { updateCell, setRowSkipped } from './revalidate'
import { loadFile } from './readWorkbook'
import { commitImport } from './store/commit'
import { listImportBatches } from './store/history'
import { listNominations } from './store/nominationsList'
import { previewForDatabase, type ImportRequest } from './store/prepare'
import { ImportSessions } from './store/sessions'
import { undoImport } from './store/undo'

const sessions = new ImportSessions()

async function openPreview(ctx: ServiceContext, bytes: Uint8Array, fileName: string, request: ImportRequest) {
  if (request.kind !== 'partners' && request.roundId === null) throw new UserError('import.noRound')
  const { preview, world } = await previewForDatabase(ctx, { bytes, fileName }, request)
  return { session: sessions.open({ bytes, fileName, request, preview, world }), preview }
}

function withPreview(id: string, change: (s: ReturnType<typeof sessions.get>) => ReturnType<typeof sessions.get>['preview']) {
  const current = sessions.get(id)
  current.preview = change(current)
  return { session: id, preview: current.preview }
}

export const importsHandlers: Handlers<Contract, ServiceContext>['imports'] = {
  preview: async (ctx, { source, kind, roundId, ...choices }) => {
    const { bytes, fileName } = 'file' in source ? await loadFile(source.file) : { bytes: source.bytes, fileName: source.fileName }
    return openPreview(ctx, bytes, fileName, { kind, roundId, ...choices })
  },
  reread: async (ctx, { session, ...choices }) => {
    const current = sessions.get(session)
    const request = { ...current.request, ...choices }
    const { preview, world } = await previewForDatabase(ctx, { bytes: current.bytes, fileName: current.fileName }, request)
    Object.assign(current, { request, preview, world })
    return { session, preview }
  },
  editCell: (_ctx, { session, row, field, text }) => withPreview(session, (s) => updateCell(s.preview, { row, field, text }, s.world.hooks)),
  skipRow: (_ctx, { session, row, skipped }) => withPreview(session, (s) => setRowSkipped(s.preview, row, skipped)),
  commit: async (ctx, { session }) => {
    const current = sessions.get(session)
    const outcome = await commitImport(ctx, current.preview, current.world, current.request, { skipInvalid: true })
    sessions.close(session)
    return outcome
  },
  discard: (_ctx, { session }) => ({ discarded: sessions.close(session) }),
  history: (ctx, filter) => listImportBatches(ctx, filter),
  undo: (ctx, { batch }) => undoImport(ctx, batch),
  nominations: (ctx, { roundId }) => listNominations(ctx, roundId),
  consent: (ctx, change) => recordConsent(ctx, change),
}

