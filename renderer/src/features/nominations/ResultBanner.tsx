import type { ConsentResult } from '../../../../shared/domain/consent'
import type { ImportOutcome, UndoResult } from '../../../../shared/domain/imports'
import { InfoBanner } from '../../components/Alerts'
import { useFormatDate, useT } from '../../i18n/useT'

/** The outcome of the last thing done on the screen; a new one replaces it. */
export type ScreenResult =
  | { kind: 'import'; outcome: ImportOutcome & { file: string; skipped: number; invalid: number; duplicates: number } }
  | { kind: 'undo'; undo: UndoResult & { file: string } }
  | { kind: 'consent'; consent: ConsentResult }

export function ResultBanner({ result }: { result: ScreenResult }) {
  const t = useT()
  const date = useFormatDate()
  if (result.kind === 'import') {
    const s = result.outcome
    return <InfoBanner>{t('import.screen.summary', { file: s.file, imported: s.imported, updated: s.updated, skipped: s.skipped, invalid: s.invalid, duplicates: s.duplicates })}</InfoBanner>
  }
  if (result.kind === 'undo') {
    const u = result.undo
    return <InfoBanner>{t('import.undo.done', { batch: u.batch, file: u.file, ...u.removed, restored: u.restored })}</InfoBanner>
  }
  const c = result.consent
  const params = { on: date(c.on), method: c.method ? t(`consent.method.${c.method}`) : '', changed: c.changed.length, unchanged: c.unchanged.length }
  return <InfoBanner>{t(c.action === 'give' ? 'consent.ui.doneGiven' : 'consent.ui.doneWithdrawn', params)}</InfoBanner>
}
