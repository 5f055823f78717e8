import type { Language } from '../domain/enums'

/**
 * Every area keeps its own catalogue in shared/i18n/messages/<area>.ts, both languages side by side, ICU syntax.
 * Keys are `<area>.<thing>`; a user-facing error with code `x` is shown with key `error.x`.
 * A unit test checks that both languages have the same keys and that every message parses.
 */
export type Catalogue = Record<string, string>
export type AreaMessages = Record<Language, Catalogue>
