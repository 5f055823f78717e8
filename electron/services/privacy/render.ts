import type { Language } from '../../../shared/domain/enums'
import { entityAndAction } from '../../../shared/audit/present'
import { formatDay, formatPhone } from '../../../shared/audit/values'
import { translate } from '../../../shared/i18n/format'
import type { PersonReport, ReportNomination, ReportPerson } from './report'

type Value = string | number | boolean | null | undefined

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Readable HTML of the access-request report, labels in one language, every stored value escaped. */
export function renderPersonReport(report: PersonReport, lang: Language): string {
  const t = (key: string, values?: Record<string, unknown>) => translate(lang, `privacy.report.${key}`, values)
  const date = (iso: string | null | undefined) => (iso ? formatDay(lang, iso) : null)
  const phone = (text: string | null) => (text ? formatPhone(text) : null)
  const words = (entity: string, action: string) => entityAndAction(lang, entity, action)
  const coded = (prefix: string, code: string | null) => {
    if (code === null) return null
    const label = translate(lang, `${prefix}.${code}`)
    return label === `${prefix}.${code}` ? code : label
  }
  const show = (v: Value) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'boolean' ? translate(lang, v ? 'shell.yes' : 'shell.no') : String(v))
  const facts = (rows: Array<[string, Value]>) =>
    `<dl>${rows.map(([label, v]) => `<dt>${escapeHtml(t(label))}</dt><dd>${escapeHtml(show(v))}</dd>`).join('')}</dl>`
  const table = (headers: string[], rows: Value[][]) =>
    rows.length === 0
      ? `<p class="none">${escapeHtml(t('none'))}</p>`
      : `<table><thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(t(h))}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((v) => `<td>${escapeHtml(show(v))}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`

  const nomination = (n: ReportNomination) => {
    const p = n.placement
    const placement = p
      ? `<h4>${escapeHtml(t('placement'))}</h4>${facts([
          ['host', p.host], ['home', p.home], ['dates', `${date(p.startsOn)} – ${date(p.endsOn)}`],
          ['status', coded('privacy.value.status', p.status)], ['driver', coded('privacy.value.driver', p.driver)],
          ['mentor', p.mentor], ['daysActual', p.daysActual], ['participantRating', p.participantRating],
          ['participantFeedback', p.participantFeedback], ['hostRating', p.hostRating], ['hostFeedback', p.hostFeedback],
        ])}<h4>${escapeHtml(t('letters'))}</h4>${table(
          ['letterReference', 'letterKind', 'language', 'createdAt', 'createdBy'],
          p.letters.map((l) => [l.reference, coded('privacy.value.letter', l.kind), coded('shell.languageName', l.language), date(l.createdAt), l.createdBy]),
        )}`
      : ''
    return `<section><h3>${escapeHtml(n.round)}</h3>${facts([
      ['status', coded('privacy.value.status', n.status)], ['availableFrom', date(n.availableFrom)], ['availableTo', date(n.availableTo)],
      ['durationDays', n.durationDays], ['preferences', n.preferences.join(', ')], ['challenge', n.challenge],
      ['consent', n.consent], ['notes', n.notes], ['importedFrom', n.importedFrom ? `${n.importedFrom} (${date(n.importedAt)})` : null],
    ])}${placement}</section>`
  }

  const person = (p: ReportPerson) =>
    `<section class="person"><h2>${escapeHtml(t('person', { id: p.id }))}</h2>${facts([
      ['firstName', p.firstName], ['lastName', p.lastName], ['email', p.email], ['phone', phone(p.phone)], ['jobTitle', p.jobTitle],
      ['gender', coded('partners.gender', p.gender)], ['language', coded('shell.languageName', p.language)], ['organisation', p.organisation],
      ['anonymisedAt', date(p.anonymisedAt)],
    ])}<h2>${escapeHtml(t('nominations'))}</h2>${p.nominations.length ? p.nominations.map(nomination).join('') : `<p class="none">${escapeHtml(t('none'))}</p>`}
    <h2>${escapeHtml(t('teams'))}</h2>${table(['round', 'team', 'challenge'], p.teams.map((x) => [x.round, x.team, x.challenge]))}
    <h2>${escapeHtml(t('workshops'))}</h2>${table(['round', 'workshop', 'heldOn', 'attended'], p.workshops.map((w) => [w.round, w.workshop, date(w.heldOn), w.attended]))}</section>`

  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(t('title'))}</title>
<style>
body { font-family: 'DejaVu Sans', 'Segoe UI', sans-serif; font-size: 11pt; color: #1d2327; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-bottom: 0.3rem; } h4 { font-size: 0.95rem; margin: 0.8rem 0 0.3rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; } dt { color: #4f5a61; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; border-bottom: 1px solid #ddd; padding: 0.25rem 0.4rem; vertical-align: top; }
.none { color: #4f5a61; } section { break-inside: avoid; }
</style></head><body>
<h1>${escapeHtml(t('title'))}</h1>
<p>${escapeHtml(t('intro', { date: date(report.generatedAt), controller: report.controller || '—' }))}</p>
${report.people.map(person).join('\n')}
<h2>${escapeHtml(t('contacts'))}</h2>${table(
    ['organisation', 'fullName', 'role', 'jobTitle', 'email', 'phone', 'active'],
    report.contacts.map((c) => [c.organisation, c.fullName, coded('partners.role', c.role), c.jobTitle, c.email, phone(c.phone), c.active]),
  )}
<h2>${escapeHtml(t('changes'))}</h2>${table(['createdAt', 'user', 'entity', 'action'], report.changes.map((c) => [date(c.at), c.user, words(c.entity, c.action).entity, words(c.entity, c.action).action]))}
<h2>${escapeHtml(t('retention'))}</h2><p>${escapeHtml(t('retentionText', { ...report.retention }))}</p>
</body></html>
`
}
