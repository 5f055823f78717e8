import type { Language } from '../../domain/enums'
import type { LetterKind } from '../types'
import { CERTIFICATE_EN } from './certificate.en'
import { CERTIFICATE_SL } from './certificate.sl'
import { HOME_EN } from './home.en'
import { HOME_SL } from './home.sl'
import { HOST_EN } from './host.en'
import { HOST_SL } from './host.sl'
import { PARTICIPANT_EN } from './participant.en'
import { PARTICIPANT_SL } from './participant.sl'

/** The shipped templates: what a new database starts with and what "reset to default" restores. */
export const DEFAULT_TEMPLATES: Record<LetterKind, Record<Language, string>> = {
  participant: { sl: PARTICIPANT_SL, en: PARTICIPANT_EN },
  host: { sl: HOST_SL, en: HOST_EN },
  home: { sl: HOME_SL, en: HOME_EN },
  certificate: { sl: CERTIFICATE_SL, en: CERTIFICATE_EN },
}
