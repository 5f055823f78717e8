import iconv from 'iconv-lite'

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1250'

/**
 * CSV files carry no encoding. Slovenian Excel saves "CSV (ločeno s podpičji)" in Windows-1250, newer Excel and
 * other programs UTF-8 (often with a byte-order mark). Text that is valid UTF-8 is taken as UTF-8: Windows-1250
 * text with č, š or ž is almost never valid UTF-8 by accident.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8-bom' }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' }
  } catch {
    return { text: iconv.decode(buffer, 'windows-1250'), encoding: 'windows-1250' }
  }
}
