import type { AreaMessages } from '../types'

/** The count words and their definitions (shared/domain/counts.ts), the same on Rounds, Planning and Statistics. */
export const countsMessages: AreaMessages = {
  sl: {
    'counts.exchanges': '{count, plural, one {# izmenjava} two {# izmenjavi} few {# izmenjave} other {# izmenjav}}',
    'counts.exchangesCaption':
      'Izmenjave so vse izmenjave kroga, ki niso umaknjene: {proposed, plural, one {# predlagana} two {# predlagani} few {# predlagane} other {# predlaganih}}, {confirmed, plural, one {# potrjena} two {# potrjeni} few {# potrjene} other {# potrjenih}}, {completed, plural, one {# opravljena} two {# opravljeni} few {# opravljene} other {# opravljenih}}. Statistika med udeležence šteje le potrjene in opravljene ({counted}).',
    'counts.exchangesDefinition': 'Izmenjave: vse izmenjave kroga, ki niso umaknjene (predlagane, potrjene in opravljene). Statistika med udeležence šteje le potrjene in opravljene.',
    'counts.participantsCaption':
      'Udeleženci so potrjene in opravljene izmenjave (oseba, ki je bila na izmenjavi dvakrat, šteje dvakrat); predlagane in umaknjene niso štete. Na zaslonih Krogi in Načrtovanje so izmenjave vse, ki niso umaknjene, tudi predlagane.',
  },
  en: {
    'counts.exchanges': '{count, plural, one {# exchange} other {# exchanges}}',
    'counts.exchangesCaption':
      'Exchanges are all the round’s placements that are not withdrawn: {proposed} proposed, {confirmed} confirmed, {completed} completed. The statistics count only confirmed and completed ones as participants ({counted}).',
    'counts.exchangesDefinition': 'Exchanges: all the round’s placements that are not withdrawn (proposed, confirmed and completed). The statistics count only confirmed and completed ones as participants.',
    'counts.participantsCaption':
      'Participants are confirmed and completed placements (a person placed twice counts twice); proposed and withdrawn ones are not counted. On Rounds and Planning, exchanges are all placements not withdrawn, proposed ones included.',
  },
}
