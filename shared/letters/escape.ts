const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attribute values: a merged `<img onerror=…>` prints as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!)
}

/** A CSS string literal whose content cannot end the string or the rule (used for `@page` margin-box text). */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} .,:/_-]/gu, (ch) => `\\${ch.codePointAt(0)!.toString(16)} `)}"`
}
