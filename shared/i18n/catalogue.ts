import type { Language } from '../domain/enums'
import type { AreaMessages, Catalogue } from './types'
import { commonMessages } from './messages/common'

/** Add each area's catalogue here (one line per area). */
const AREAS: AreaMessages[] = [commonMessages]

export const catalogues: Record<Language, Catalogue> = {
  sl: Object.assign({}, ...AREAS.map((a) => a.sl)),
  en: Object.assign({}, ...AREAS.map((a) => a.en)),
}
