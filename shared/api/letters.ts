import { z } from 'zod'
import { LANGUAGES } from '../domain/enums'
import {
  LETTER_KIND_CHOICES,
  LETTER_LANGUAGE_CHOICES,
  type GenerateResult,
  type LetterPlacementRow,
  type LetterPreviewData,
  type LetterRecord,
  type LetterTemplateInfo,
} from '../domain/letters'
import { LETTER_KINDS } from '../letters/types'
import { call } from './define'
import { empty, id, requiredText } from './fields'

const templateKey = { kind: z.enum(LETTER_KINDS), language: z.enum(LANGUAGES) }
const path = z.string().min(1).max(4000)

/** A letter of the same placement and kind issued before: refuse, leave out, or issue again for a reason. */
export const existingLetters = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('refuse') }),
  z.object({ mode: z.literal('skip') }),
  z.object({ mode: z.literal('reissue'), reason: requiredText(500) }),
])

/**
 * Which letters: a round, optionally some of its placements, the kind(s) and the language; what to do with letters
 * already issued, and whether the officer confirmed letters for placements that have started.
 */
export const letterRequest = z.object({
  roundId: id,
  placementIds: z.array(id).max(10_000).optional(),
  kind: z.enum(LETTER_KIND_CHOICES),
  lang: z.enum(LETTER_LANGUAGE_CHOICES),
  existing: existingLetters.optional(),
  started: z.boolean().optional(),
})

export const lettersApi = {
  templates: call<LetterTemplateInfo[]>()('letters:templates', empty, { reads: ['templates'] }),
  /** Saved only when the template parses; otherwise `letters.template.*` with line and column. */
  saveTemplate: call<LetterTemplateInfo>()('letters:saveTemplate', z.object({ ...templateKey, body: z.string().max(100_000) }), { changes: ['templates'] }),
  resetTemplate: call<LetterTemplateInfo>()('letters:resetTemplate', z.object(templateKey), { changes: ['templates'] }),
  placements: call<LetterPlacementRow[]>()('letters:placements', z.object({ roundId: id }), { reads: ['partners', 'rounds', 'nominations', 'placements', 'letters'] }),
  /** A placement's merge data, rendered in the renderer on every keystroke. */
  previewData: call<LetterPreviewData>()('letters:previewData', z.object({ placementId: id, kind: z.enum(LETTER_KINDS), lang: z.enum(LETTER_LANGUAGE_CHOICES) }), { reads: ['partners', 'rounds', 'nominations', 'placements', 'letters', 'settings'] }),
  /** Records the letters and writes them: one merged PDF (`file`) or one PDF per letter into `folder`. */
  generate: call<GenerateResult>()(
    'letters:generate',
    z.object({ request: letterRequest, output: z.discriminatedUnion('mode', [z.object({ mode: z.literal('merged'), file: path }), z.object({ mode: z.literal('separate'), folder: path })]) }),
    { changes: ['letters', 'settings'] },
  ),
  /** Records the letters and prints them through the system print dialog (the app only). */
  print: call<{ printed: boolean; letters: number }>()('letters:print', z.object({ request: letterRequest }), { changes: ['letters', 'settings'] }),
  history: call<LetterRecord[]>()('letters:history', z.object({ roundId: id.optional(), placementId: id.optional() }), { reads: ['partners', 'rounds', 'nominations', 'placements', 'letters'] }),
  reprint: call<{ file: string; reference: string }>()('letters:reprint', z.object({ id, file: path }), { reads: ['letters', 'nominations'] }),
}
