/** Control characters (except tab, newline and carriage return) never belong in stored text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '')
}
