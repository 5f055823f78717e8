import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useMemo, useRef, useState } from 'react'
import { LANGUAGES, type Language } from '../../../../shared/domain/enums'
import type { LetterKindChoice, LetterTemplateInfo } from '../../../../shared/domain/letters'
import { listFields, type FieldInfo } from '../../../../shared/letters/fields'
import { LETTER_KINDS, type LetterKind } from '../../../../shared/letters/types'
import { ErrorBanner, InfoBanner } from '../../components/Alerts'
import { SelectField } from '../../components/Field'
import { api, appErrorOf, unwrap } from '../../app/api'
import { useLanguage } from '../../i18n/LanguageProvider'
import { useErrorText, useT } from '../../i18n/useT'
import { LetterFrame, useLetterPreview } from './LetterPreview'
import { letterKeys, usePreviewData } from './queries'

interface Props {
  templates: LetterTemplateInfo[]
  previewId: number | null
  /** The kind of letter chosen for issuing: the editor opens that template until the user picks another. */
  kindHint: LetterKindChoice
}

/** The character offset of a line and column (both from 1) in the text. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n')
  let offset = 0
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i]!.length + 1
  return Math.min(text.length, offset + column - 1)
}

function FieldList({ fields, onInsert }: { fields: FieldInfo[]; onInsert: (path: string) => void }) {
  const t = useT()
  const groups = useMemo(() => {
    const map = new Map<string, FieldInfo[]>()
    for (const f of fields) map.set(f.groupLabel, [...(map.get(f.groupLabel) ?? []), f])
    return [...map.entries()]
  }, [fields])
  return (
    <section className="letters-fields" aria-labelledby="letters-fields-title">
      <h3 id="letters-fields-title">{t('letters.ui.fields')}</h3>
      <p className="field__hint">{t('letters.ui.fieldsHint')}</p>
      <ul className="letters-fields__help">
        {/* Values given (even none) make react-intl read the ICU quotes around the braces instead of its shortcut. */}
        <li>{t('letters.help.field', {})}</li>
        <li>{t('letters.help.if', {})}</li>
        <li>{t('letters.help.markup', {})}</li>
      </ul>
      {groups.map(([group, list]) => (
        <div key={group}>
          <h4>{group}</h4>
          <ul className="letters-fields__list">
            {list.map((f) => (
              <li key={f.path}>
                <button type="button" className="link-button letters-fields__path" onClick={() => onInsert(f.kind === 'flag' ? `#if ${f.path}` : f.path)} aria-describedby={`field-${f.path}`}>
                  {`{${f.kind === 'flag' ? '#if ' : ''}${f.path}}`}
                </button>
                <span id={`field-${f.path}`} className="muted">
                  {' '}
                  {f.description}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

/** Edit a template beside the list of fields, with the letter re-rendered from real data on every keystroke. */
export function TemplateEditor({ templates, previewId, kindHint }: Props) {
  const t = useT()
  const errorText = useErrorText()
  const { language: uiLanguage } = useLanguage()
  const queryClient = useQueryClient()
  const [picked, setPicked] = useState<{ kind: LetterKind; hint: LetterKindChoice }>({ kind: 'participant', hint: kindHint })
  const kind: LetterKind = picked.hint === kindHint || kindHint === 'all' ? picked.kind : kindHint
  const setKind = (next: LetterKind) => setPicked({ kind: next, hint: kindHint })
  const [language, setLanguage] = useState<Language>(uiLanguage)
  const stored = templates.find((tpl) => tpl.kind === kind && tpl.language === language)
  // Unsaved edits per template, so switching to another template and back keeps them.
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const key = `${kind}.${language}`
  const source = drafts[key] ?? stored?.body ?? ''
  const setSource = (text: string | null) =>
    setDrafts((all) => {
      const { [key]: _dropped, ...rest } = all
      return text === null ? rest : { ...rest, [key]: text }
    })
  const [notice, setNotice] = useState<string | null>(null)
  const area = useRef<HTMLTextAreaElement>(null)
  const fields = useMemo(() => listFields(uiLanguage), [uiLanguage])
  const preview = usePreviewData(previewId, kind, language)
  const rendered = useLetterPreview(source, preview.data?.data, kind, language)

  const dirty = stored !== undefined && source !== stored.body
  const onSaved = (value: LetterTemplateInfo, message: string) => {
    queryClient.setQueryData<LetterTemplateInfo[]>(letterKeys.templates(), (list) => list?.map((tpl) => (tpl.kind === value.kind && tpl.language === value.language ? value : tpl)))
    setSource(null)
    setNotice(message)
  }
  const save = useMutation({
    mutationFn: () => unwrap(api().letters.saveTemplate({ kind, language, body: source })),
    onMutate: () => setNotice(null),
    onSuccess: (value) => onSaved(value, t('letters.ui.templateSaved')),
  })
  const reset = useMutation({
    mutationFn: () => unwrap(api().letters.resetTemplate({ kind, language })),
    onMutate: () => setNotice(null),
    onSuccess: (value) => onSaved(value, t('letters.ui.templateReset')),
  })

  const insert = (path: string) => {
    const el = area.current
    const token = `{${path}}`
    const start = el?.selectionStart ?? source.length
    const end = el?.selectionEnd ?? source.length
    setSource(source.slice(0, start) + token + source.slice(end))
    requestAnimationFrame(() => {
      el?.focus()
      el?.setSelectionRange(start + token.length, start + token.length)
    })
  }
  const goToError = () => {
    const params = rendered.error?.params
    const el = area.current
    if (!el || !params || typeof params.line !== 'number' || typeof params.column !== 'number') return
    const at = offsetOf(source, params.line, params.column)
    el.focus()
    el.setSelectionRange(at, at)
  }
  const templateError = rendered.error
  const hasPosition = typeof templateError?.params.line === 'number'

  return (
    <section className="panel" aria-labelledby="letters-template-title">
      <h2 id="letters-template-title">{t('letters.ui.template')}</h2>
      <div className="form-grid form-grid--three">
        <SelectField
          label={t('letters.ui.templateKind')}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as LetterKind)
            setNotice(null)
          }}
          options={LETTER_KINDS.map((k) => ({ value: k, label: t(`letters.kind.${k}`) }))}
        />
        <SelectField
          label={t('letters.ui.templateLanguage')}
          value={language}
          onChange={(e) => {
            setLanguage(e.target.value as Language)
            setNotice(null)
          }}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`letters.ui.language.${l}`) }))}
        />
        <p className="muted letters-template-state" role="status">
          {stored?.isDefault ? t('letters.ui.isDefault') : t('letters.ui.isEdited')}
          {dirty ? ` · ${t('letters.ui.unsaved')}` : ''}
        </p>
      </div>
      <div className="letters-editor">
        <div className="letters-editor__source">
          <div className={`field${templateError ? ' field--invalid' : ''}`}>
            <label htmlFor="letters-template-source">{t('letters.ui.templateText')}</label>
            <textarea
              id="letters-template-source"
              ref={area}
              className="letters-source"
              spellCheck={false}
              value={source}
              aria-invalid={templateError ? true : undefined}
              aria-describedby={templateError ? 'letters-template-error' : undefined}
              onChange={(e) => {
                setSource(e.target.value)
                setNotice(null)
              }}
            />
            {templateError && (
              <p id="letters-template-error" className="field__error" role="alert">
                {errorText(templateError)}{' '}
                {hasPosition && (
                  <button type="button" className="link-button" onClick={goToError}>
                    {t('letters.ui.goToError')}
                  </button>
                )}
              </p>
            )}
          </div>
          <ErrorBanner error={save.error ? appErrorOf(save.error) : reset.error ? appErrorOf(reset.error) : null} />
          {notice && <InfoBanner>{notice}</InfoBanner>}
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={!dirty || templateError !== null || save.isPending} onClick={() => save.mutate()}>
              {t('letters.ui.saveTemplate')}
            </button>
            <button type="button" className="button" disabled={stored?.isDefault === true && !dirty} onClick={() => reset.mutate()}>
              {t('letters.ui.resetTemplate')}
            </button>
          </div>
        </div>
        <FieldList fields={fields} onInsert={insert} />
      </div>
      <div className="letters-editor__preview">
          <h3>{t('letters.ui.preview')}</h3>
          {previewId === null && <p className="muted">{t('letters.ui.noPreview')}</p>}
          <ErrorBanner error={preview.error ? appErrorOf(preview.error) : null} />
          {rendered.html && <LetterFrame html={rendered.html} onPages={rendered.onPages} title={t('letters.ui.previewTitle', { kind: t(`letters.kind.${kind}`) })} />}
        {templateError && <p className="muted">{t('letters.ui.previewStopped')}</p>}
      </div>
    </section>
  )
}
