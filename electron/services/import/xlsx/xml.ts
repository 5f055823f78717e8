import { UserError } from '../../../../shared/errors'

export type Attributes = Record<string, string>

export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void
  text?(text: string): void
  close?(name: string): void
}

/** Element and attribute names without their namespace prefix: strict OOXML and odd writers use prefixes. */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/** The relationship id attribute, whatever prefix the writer bound its namespace to ("r:id", "ns1:id"). */
export function relationshipId(attributes: Attributes): string | undefined {
  for (const key in attributes) if (key !== 'id' && localName(key) === 'id') return attributes[key]
  return undefined
}

/** Excel escapes characters XML cannot hold as _xHHHH_ ("_x000D_" for a carriage return). */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g
const BAD_AMPERSAND = /&(?!(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);)/
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Reads name="value" pairs between `from` and `to`; a pair without a quoted value ends the reading. */
function readAttributes(s: string, from: number, to: number, into: Attributes, decode: (text: string) => string): void {
  let i = from
  while (i < to) {
    const eq = s.indexOf('=', i)
    if (eq < 0 || eq >= to) return
    const name = s.slice(i, eq).trim()
    let q = eq + 1
    while (q < to && s.charCodeAt(q) <= 32) q++
    const quote = s.charCodeAt(q)
    if (quote !== 34 && quote !== 39) return
    const close = s.indexOf(quote === 34 ? '"' : "'", q + 1)
    if (close < 0 || close >= to) return
    if (name !== '') into[name] = decode(s.slice(q + 1, close))
    i = close + 1
  }
}

/**
 * A streaming tokenizer for the XML inside .xlsx files: elements, attributes, text, CDATA, the five predefined
 * entities and character references; comments and processing instructions are skipped. A document type
 * declaration (never present in a workbook, and the door to entity expansion attacks) is refused, and so is
 * unbalanced or truncated markup; attributes that do not parse are ignored. Why not a general parser: saxes took 1.9 s and htmlparser2 2.9 s for the
 * 66 MB sheet of a 100,000-row file, most of the import's time budget; this takes a fraction, and a test
 * checks it gives the same events as saxes on every fixture and on generated documents.
 */
export function createXmlParser(handlers: XmlHandlers, part: string): { write(chunk: string): void; close(): void } {
  const fail = (message: string): never => {
    throw new UserError('import.corruptFile', { detail: `${part}: ${message}` })
  }
  const decode = (text: string): string => {
    if (!text.includes('&')) return text
    if (BAD_AMPERSAND.test(text)) fail('undefined entity')
    return text.replace(ENTITY, (_, dec?: string, hex?: string, named?: string) => {
      if (named) return NAMED[named]!
      const code = dec ? Number(dec) : parseInt(hex!, 16)
      if (code > 0x10ffff || code === 0) fail('invalid character reference')
      return String.fromCodePoint(code)
    })
  }
  const { open, text: onText, close } = handlers
  const stack: string[] = []
  let sawRoot = false
  let carry = ''

  const emitText = (raw: string) => {
    if (stack.length === 0) {
      if (raw.trim() !== '') fail('text outside the root element')
      return
    }
    if (raw === '') return
    const decoded = decode(raw)
    if (onText) onText(decoded)
  }

  const run = (s: string, from: number, final: boolean): string => {
    const n = s.length
    let i = from
    while (i < n) {
      const lt = s.indexOf('<', i)
      if (lt < 0) {
        if (!final) return s.slice(i)
        emitText(s.slice(i))
        return ''
      }
      if (lt > i) emitText(s.slice(i, lt))
      i = lt
      const next = s.charCodeAt(lt + 1)
      if (Number.isNaN(next)) return s.slice(lt)
      if (next === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4)
          if (end < 0) return s.slice(lt)
          i = end + 3
        } else if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9)
          if (end < 0) return s.slice(lt)
          if (stack.length === 0) fail('CDATA outside the root element')
          if (onText) onText(s.slice(lt + 9, end))
          i = end + 3
        } else if (n - lt < 9) return s.slice(lt)
        else fail('document type declarations are not allowed')
        continue
      }
      if (next === 63 /* ? */) {
        const end = s.indexOf('?>', lt + 2)
        if (end < 0) return s.slice(lt)
        i = end + 2
        continue
      }
      // Find the closing '>' outside quoted attribute values (a number format may contain '>').
      let end = lt + 1
      let quote = 0
      for (; end < n; end++) {
        const c = s.charCodeAt(end)
        if (quote !== 0) {
          if (c === quote) quote = 0
        } else if (c === 34 || c === 39) quote = c
        else if (c === 62) break
        else if (c === 60) fail('"<" inside a tag')
      }
      if (end >= n) return s.slice(lt)
      if (next === 47 /* / */) {
        const name = s.slice(lt + 2, end).trim()
        if (stack.pop() !== name) fail(`unexpected </${name}>`)
        close?.(localName(name))
      } else {
        const selfClosing = s.charCodeAt(end - 1) === 47
        const innerEnd = selfClosing ? end - 1 : end
        let nameEnd = lt + 1
        while (nameEnd < innerEnd && s.charCodeAt(nameEnd) > 32) nameEnd++
        const name = s.slice(lt + 1, nameEnd)
        if (name === '') fail('element without a name')
        if (stack.length === 0 && sawRoot) fail('more than one root element')
        sawRoot = true
        const attributes: Attributes = {}
        if (nameEnd < innerEnd) {
          readAttributes(s, nameEnd, innerEnd, attributes, decode)
        }
        const local = localName(name)
        open?.(local, attributes)
        if (selfClosing) close?.(local)
        else stack.push(name)
      }
      i = end + 1
    }
    return ''
  }

  return {
    write(chunk) {
      if (carry === '') {
        carry = run(chunk, 0, false)
        return
      }
      // Joining the unfinished token to the whole chunk would make one rope string, whose characters V8 reads
      // several times slower; so the token is finished on its own and the chunk is read as it came.
      if (carry.charCodeAt(0) !== 60) {
        const lt = chunk.indexOf('<')
        if (lt < 0) {
          carry += chunk
          return
        }
        emitText(carry + chunk.slice(0, lt))
        carry = run(chunk, lt, false)
        return
      }
      const gt = chunk.indexOf('>') + 1
      if (gt === 0) {
        carry += chunk
        return
      }
      const rest = run(carry + chunk.slice(0, gt), 0, false)
      carry = rest === '' ? run(chunk, gt, false) : run(rest + chunk.slice(gt), 0, false)
    },
    close() {
      carry = run(carry, 0, true)
      if (carry !== '' || stack.length > 0 || !sawRoot) fail('the document ends too early')
    },
  }
}
