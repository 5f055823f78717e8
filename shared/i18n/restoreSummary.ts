import type { RestoreDrop } from '../domain/settings'

const SHOWN_FILES = 5

/**
 * What a restore drops and carries, as catalogue messages with their values, one per line: the confirmation in the
 * app and the CLI's `restore` say the same sentences.
 */
export function restoreDropMessages(drop: RestoreDrop): Array<{ key: string; values: Record<string, string | number> }> {
  const files = drop.imports.slice(0, SHOWN_FILES).join(', ') + (drop.imports.length > SHOWN_FILES ? ', …' : '')
  return [
    { key: 'settings.drop.letters', values: { count: drop.letters.count, first: drop.letters.first ?? '', last: drop.letters.last ?? '' } },
    { key: 'settings.drop.imports', values: { count: drop.imports.length, files } },
    { key: 'settings.drop.placements', values: { count: drop.placementsChanged } },
    ...(drop.placementPeople.length > 0
      ? [{ key: 'settings.drop.placementPeople', values: { names: drop.placementPeople.join(', ') + (drop.placementsChanged > drop.placementPeople.length ? ', …' : '') } }]
      : []),
    ...(drop.erasuresKept > 0 ? [{ key: 'settings.drop.erasures', values: { count: drop.erasuresKept } }] : []),
    { key: 'settings.drop.audit', values: { count: drop.auditCarried } },
  ]
}
