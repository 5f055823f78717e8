/** How consent reached the office: a signed form, an e-mail, or a column of the imported file. */
export const CONSENT_METHODS = ['form', 'email', 'file'] as const
export type ConsentMethod = (typeof CONSENT_METHODS)[number]

/** The methods the officer records by hand; 'file' comes only from an import. */
export const RECORDED_CONSENT_METHODS = ['form', 'email'] as const
export type RecordedConsentMethod = (typeof RECORDED_CONSENT_METHODS)[number]

/** A nomination's consent as stored: `consent` is "given and not withdrawn", what letters check. */
export interface ConsentState {
  consent: boolean
  consentOn: string | null
  consentMethod: ConsentMethod | null
  consentWithdrawnOn: string | null
}

export interface ConsentChange {
  roundId: number
  nominationIds: number[]
  action: 'give' | 'withdraw'
  /** YYYY-MM-DD; today when left out. */
  on?: string
  /** For 'give'; a signed form when left out. */
  method?: RecordedConsentMethod
}

export interface ConsentResult {
  action: ConsentChange['action']
  on: string
  method: RecordedConsentMethod | null
  /** Nominations whose consent changed (one audit entry each). */
  changed: number[]
  /** Nominations that already stood so. */
  unchanged: number[]
}

/** What the Nominations screen shows of a nomination's consent. */
export type ConsentStatus = 'given' | 'withdrawn' | 'none'

export function consentStatus(state: Pick<ConsentState, 'consent' | 'consentWithdrawnOn'>): ConsentStatus {
  if (state.consent) return 'given'
  return state.consentWithdrawnOn ? 'withdrawn' : 'none'
}
