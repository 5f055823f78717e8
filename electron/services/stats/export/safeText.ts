/**
 * Text from the database (organisation and round names, feedback) is untrusted. A cell whose text starts with
 * one of these characters is run as a formula by Excel and LibreOffice as soon as someone edits the cell or
 * saves the sheet as CSV and opens it again (OWASP "CSV injection"). Such text gets a leading apostrophe, the
 * conventional marker for "this is text", and is always written as a string cell, never as a formula.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r'])

export function safeText(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!) ? `'${text}` : text
}
