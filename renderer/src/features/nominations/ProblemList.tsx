import { problemMessage } from '../../../../shared/import/problemMessage'
import type { ImportPreview } from '../../../../shared/import/types'
import { useLanguage } from '../../i18n/LanguageProvider'
import { useT } from '../../i18n/useT'

const SHOWN = 200

/** Every problem in the user's language, pointing at row and column; choosing one scrolls the table to its row. */
export function ProblemList({ preview, onShowRow }: { preview: ImportPreview; onShowRow: (row: number) => void }) {
  const t = useT()
  const { language } = useLanguage()
  const translate = (key: string, values: Record<string, string | number>) => t(key, values)
  const problems = [...preview.notices, ...preview.rows.filter((r) => !r.skipped).flatMap((r) => r.problems)]
  return (
    <section className="panel" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('import.screen.problems', { count: problems.length })}</h2>
      {problems.length === 0 ? (
        <p className="muted">{t('import.screen.noProblems')}</p>
      ) : (
        <ul className="problem-list">
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={`${p.row}-${p.column ?? ''}-${p.code}-${i}`} className={`problem problem--${p.severity}`}>
              {p.row > 0 ? (
                <button type="button" className="link-button" onClick={() => onShowRow(p.row)}>
                  {problemMessage(p, translate, language)}
                </button>
              ) : (
                problemMessage(p, translate, language)
              )}
            </li>
          ))}
        </ul>
      )}
      {problems.length > SHOWN && <p className="muted">{t('import.screen.moreProblems', { count: problems.length - SHOWN })}</p>}
    </section>
  )
}
