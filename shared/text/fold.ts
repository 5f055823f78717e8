/** Letters that Unicode does not decompose into base letter + mark. */
const UNDECOMPOSABLE: Record<string, string> = { đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE' }

/** Lower case, no diacritics, single spaces: "  Železniško  Podjetje " → "zelezniško podjetje" → "zeleznisko podjetje". */
export function fold(text: string): string {
  return text
    .replace(/[đĐøØłŁßæÆœŒ]/g, (ch) => UNDECOMPOSABLE[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
}

/** Legal-form suffixes that do not distinguish one organisation from another. */
const LEGAL_FORMS = [
  'd o o', 'd d', 's p', 'k d', 'd n o', 'k d d', 'so p', 'z o o', 'z b o', 'z o o so p',
  'gmbh', 'ltd', 'limited', 'inc', 'llc', 'ag', 'se', 'plc', 'bv', 'b v', 'sa', 's a', 'srl', 's r l', 'spa', 's p a',
]
const LEGAL_FORM_PATTERN = new RegExp(`(?:\\s|^)(?:${LEGAL_FORMS.map((f) => f.replace(/ /g, '\\s?')).join('|')})$`)

/** The key two names share when they name the same organisation: folded, punctuation gone, legal form dropped. */
export function organisationNameKey(name: string): string {
  let key = fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  for (let previous = ''; previous !== key; ) {
    previous = key
    key = key.replace(LEGAL_FORM_PATTERN, '').trim()
  }
  return key
}
