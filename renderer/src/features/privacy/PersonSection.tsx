import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { PersonMatch } from '../../../../shared/domain/privacy'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { TextField } from '../../components/Field'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useLanguage } from '../../i18n/LanguageProvider'
import { useT } from '../../i18n/useT'
import { ConfirmEraseDialog } from './ConfirmEraseDialog'
import { useFocusAfterDialog } from './useFocusAfterDialog'
import { usePeopleSearch } from './queries'
import { TableHead } from '../../components/TableHead'

type Outcome = { key: string; values: Record<string, string> } | null

const nameOf = (p: PersonMatch) => [p.firstName, p.lastName].filter(Boolean).join(' ') || (p.email ?? `#${p.id}`)

/** Access and erasure requests: find the person, then export everything about them or erase them. */
export function PersonSection({ backupFolder }: { backupFolder: string }) {
  const t = useT()
  const { language } = useLanguage()
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  const [erasing, setErasing] = useState<PersonMatch | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const { target: heading, focusAfterClose } = useFocusAfterDialog<HTMLHeadingElement>()
  const people = usePeopleSearch(query)

  const exportData = useMutation({
    mutationFn: async (person: PersonMatch) => {
      const { file } = await unwrap(
        api().dialog.saveFile({ purpose: 'personalData', defaultName: `${t('privacy.exportName')}-${person.id}.html`, extensions: ['html', 'json'] }),
      )
      return file === null ? null : { person, result: await unwrap(api().privacy.exportPerson({ personId: person.id, file, language })) }
    },
    onMutate: () => setOutcome(null),
    onSuccess: (done) => done && setOutcome({ key: 'privacy.exported', values: { name: nameOf(done.person), file: done.result.file } }),
  })

  return (
    <section className="panel" aria-labelledby="privacy-person-title">
      <h2 id="privacy-person-title" ref={heading} tabIndex={-1}>
        {t('privacy.person')}
      </h2>
      <p className="muted">{t('privacy.personHint')}</p>
      <form
        role="search"
        aria-label={t('privacy.person')}
        className="person-search"
        onSubmit={(e) => {
          e.preventDefault()
          setOutcome(null)
          setQuery(typed.trim())
        }}
      >
        <TextField label={t('privacy.search')} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        <button type="submit" className="button button--primary">
          {t('privacy.searchButton')}
        </button>
      </form>
      {outcome && <InfoBanner>{t(outcome.key, outcome.values)}</InfoBanner>}
      <ErrorBanner error={people.error ? appErrorOf(people.error) : exportData.error ? appErrorOf(exportData.error) : null} />
      {people.data && people.data.length === 0 && <p role="status">{t('privacy.noResults')}</p>}
      {people.data && people.data.length > 0 && (
        <table className="simple-table">
          <caption className="visually-hidden">{t('privacy.results')}</caption>
          <TableHead columns={['name', 'email', 'organisation', 'rounds'].map((c) => t(`privacy.column.${c}`))} actions={t('privacy.column.actions')} />
          <tbody>
            {people.data.map((person) => (
              <tr key={person.id}>
                <th scope="row">{nameOf(person)}</th>
                <td>{person.email ?? t('shell.none')}</td>
                <td>{person.organisation}</td>
                <td>{person.rounds.join(', ') || t('shell.none')}</td>
                <td className="actions-cell">
                  <div className="button-row button-row--end">
                    <button
                      type="button"
                      className="link-button"
                      disabled={exportData.isPending}
                      aria-label={t('privacy.exportNamed', { name: nameOf(person) })}
                      onClick={() => exportData.mutate(person)}
                    >
                      {t('privacy.export')}
                    </button>
                    <button
                      type="button"
                      className="link-button link-button--danger"
                      aria-label={t('privacy.eraseNamed', { name: nameOf(person) })}
                      onClick={() => {
                        setOutcome(null)
                        setErasing(person)
                      }}
                    >
                      {t('privacy.erase')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {erasing && (
        <ConfirmEraseDialog
          personId={erasing.id}
          name={nameOf(erasing)}
          backupFolder={backupFolder}
          onClose={() => setErasing(null)}
          onErased={(result) => {
            setOutcome({ key: 'privacy.erased', values: { name: nameOf(erasing), backup: result.backup } })
            setErasing(null)
            focusAfterClose()
          }}
        />
      )}
    </section>
  )
}
