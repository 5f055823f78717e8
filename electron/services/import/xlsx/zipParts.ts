import { TextDecoder } from 'node:util'
import { createInflateRaw } from 'node:zlib'
import type JSZip from 'jszip'
import { UserError } from '../../../../shared/errors'
import { EngineFault, READ_LIMITS } from '../workbook'

export type Zip = JSZip

/** Opens the zip container of an .xlsx. jszip is already installed with exceljs and is loaded only when a file is read. */
export async function openZip(bytes: Uint8Array): Promise<Zip> {
  const { default: JSZipClass } = await import('jszip')
  try {
    return await JSZipClass.loadAsync(bytes)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/encrypt/i.test(message)) throw new UserError('import.passwordProtected', {})
    throw new UserError('import.corruptFile', { detail: message.split('\n')[0] ?? '' })
  }
}

export function hasPart(zip: Zip, path: string): boolean {
  return zip.file(path) !== null
}

interface StreamHelper {
  on(event: 'data', callback: (chunk: Uint8Array) => void): StreamHelper
  on(event: 'end', callback: () => void): StreamHelper
  on(event: 'error', callback: (error: Error) => void): StreamHelper
  resume(): StreamHelper
  pause(): StreamHelper
}

/** A part's bytes as jszip keeps them after reading the zip's directory: still compressed, with the method. */
interface RawPart {
  compression?: { magic?: string }
  compressedContent?: Uint8Array
}
const DEFLATE = '\x08\x00'

/** Where a part's chunks come from: Node's own zlib for deflated parts (several times faster than jszip's pako), else jszip's stream. */
function partChunks(entry: JSZip.JSZipObject): StreamHelper {
  const raw = (entry as unknown as { _data?: RawPart })._data
  if (raw?.compressedContent instanceof Uint8Array && raw.compression?.magic === DEFLATE) {
    const inflate = createInflateRaw({ chunkSize: 1 << 16 })
    const content = raw.compressedContent
    const helper: StreamHelper = {
      on: (event: string, callback: (arg?: never) => void) => {
        inflate.on(event, callback)
        return helper
      },
      resume: () => {
        inflate.end(content)
        return helper
      },
      pause: () => {
        inflate.destroy()
        return helper
      },
    } as StreamHelper
    return helper
  }
  return (entry as JSZip.JSZipObject & { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array')
}

/**
 * Feeds a part to `onText` chunk by chunk, so a large sheet is never held as one string. A deflated part is
 * inflated by Node's zlib from the compressed bytes jszip read; other parts go through jszip's internal stream
 * (its Node stream wrapper is an old readable-stream that cannot be iterated).
 */
export function streamPart(zip: Zip, path: string, onText: (text: string) => void): Promise<void> {
  const entry = zip.file(path)
  if (!entry) return Promise.reject(new UserError('import.corruptFile', { detail: `${path} missing` }))
  return new Promise((resolve, reject) => {
    let decoder: TextDecoder | undefined
    let total = 0
    let settled = false
    const fail = (error: unknown) => {
      if (settled) return
      settled = true
      stream.pause()
      reject(error instanceof UserError || error instanceof EngineFault ? error : new UserError('import.corruptFile', { detail: `${path}: ${error instanceof Error ? error.message : String(error)}` }))
    }
    const stream = partChunks(entry)
    stream
      .on('data', (chunk) => {
        if (settled) return
        try {
          total += chunk.length
          if (total > READ_LIMITS.partBytes) throw new UserError('import.fileTooLarge', { limitMb: Math.round(READ_LIMITS.partBytes / 1048576) })
          decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : 'utf-8')
          onText(decoder.decode(chunk, { stream: true }))
        } catch (error) {
          fail(error)
        }
      })
      .on('error', fail)
      .on('end', () => {
        if (settled) return
        try {
          if (decoder) onText(decoder.decode())
          settled = true
          resolve()
        } catch (error) {
          fail(error)
        }
      })
      .resume()
  })
}

/** The parts of a zip path relative to another part, as relationship targets are written. */
export function resolvePartPath(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const base = fromPart.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') base.pop()
    else if (segment !== '.' && segment !== '') base.push(segment)
  }
  return base.join('/')
}
