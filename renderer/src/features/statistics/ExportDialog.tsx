import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { LANGUAGES, type Language } from '../../../../shared/domain/enums'
import type { StatsPeriodInput } from '../../../../shared/stats/period'
import type { StatsExportResult } from '../../../../shared/api/stats'
import { api, appErrorOf, unwrap } from '../../app/api'
import { ErrorBanner } from '../../components/Alerts'
import { CheckboxField } from '../../components/Field'
import { Modal } from '../../components/Modal'
import { useLanguage } from '../../i18n/LanguageProvider'
import { useT } from '../../i18n/useT'

function fileNamePart(period: StatsPeriodInput): string {
  if ('year' in period) return String(period.year)
  if ('from' in period) return `${period.from}-${period.to}`
  return `round-${period.roundId}`
}

/** Language of the workbook, the detail sheet and, only when ticked and warned about, personal data; then the save dialog. */
export function ExportDialog({ period, onClose, onDone }: { period: StatsPeriodInput; onClose: () => void; onDone: (result: StatsExportResult) => void }) {
  const t = useT()
  const { language: uiLanguage } = useLanguage()
  const [language, setLanguage] = useState<Language>(uiLanguage)
  const [detail, setDetail] = useState(false)
  const [personal, setPersonal] = useState(false)
  const save = useMutation({
    mutationFn: async () => {
      const defaultName = t('stats.screen.fileName', { period: fileNamePart(period) })
      const { file } = await unwrap(api().dialog.saveFile({ purpose: 'statistics', defaultName, extensions: ['xlsx'] }))
      if (file === null) return null
      return unwrap(api().stats.export({ period, file, language, detail: detail || personal, includePersonalData: personal }))
    },
    onSuccess: (result) => result && onDone(result),
  })
  return (
    <Modal title={t('stats.screen.exportTitle')} isOpen onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          save.mutate()
        }}
      >
        <fieldset className="radio-group stats-export__language">
          <legend>{t('stats.screen.exportLanguage')}</legend>
          {LANGUAGES.map((lang) => (
            <label key={lang}>
              <input type="radio" name="stats-export-language" value={lang} checked={language === lang} onChange={() => setLanguage(lang)} />{' '}
              {t(`shell.languageName.${lang}`)}
            </label>
          ))}
        </fieldset>
        <CheckboxField label={t('stats.screen.exportDetail')} checked={detail || personal} disabled={personal} onChange={(e) => setDetail(e.target.checked)} />
        <CheckboxField label={t('stats.screen.exportPersonal')} checked={personal} onChange={(e) => setPersonal(e.target.checked)} />
        {personal && (
          <p className="banner banner--warning" role="alert">
            {t('stats.export.personalDataWarning')}
          </p>
        )}
        <ErrorBanner error={save.error ? appErrorOf(save.error) : null} />
        <div className="button-row button-row--end section-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('stats.screen.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('stats.screen.exportSave')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
