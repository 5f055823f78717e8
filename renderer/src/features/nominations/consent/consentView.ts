import { consentStatus, type ConsentStatus } from '../../../../../shared/domain/consent'
import type { NominationEntry } from '../../../../../shared/domain/imports'

/** Which nominations the list shows: all, or by their consent. */
export const CONSENT_FILTERS = ['all', 'none', 'given', 'withdrawn'] as const
export type ConsentFilter = (typeof CONSENT_FILTERS)[number]

export const isConsentFilter = (value: string | null): value is ConsentFilter => (CONSENT_FILTERS as readonly string[]).includes(value ?? '')

export const matchesFilter = (n: NominationEntry, filter: ConsentFilter) => filter === 'all' || consentStatus(n) === filter

type T = (id: string, values?: Record<string, string | number>) => string

/** "dano 8. 12. 2026 · podpisan obrazec", "preklicano 3. 12. 2026", "ni soglasja". */
export function consentText(n: NominationEntry, t: T, date: (iso: string | null) => string): { status: ConsentStatus; text: string } {
  const status = consentStatus(n)
  if (status === 'withdrawn') return { status, text: t('consent.ui.withdrawn', { date: date(n.consentWithdrawnOn) }) }
  if (status === 'none') return { status, text: t('consent.ui.none') }
  const given = n.consentOn ? t('consent.ui.given', { date: date(n.consentOn) }) : t('consent.ui.givenUndated')
  return { status, text: n.consentMethod ? `${given} · ${t(`consent.method.${n.consentMethod}`)}` : given }
}
