import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { UserError } from '../../../shared/errors'

const IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' }

/** Reads a logo for the letterhead: only small PNG, JPEG or SVG files. */
export function readImageAsDataUrl(file: string): { dataUrl: string } {
  const type = IMAGE_TYPES[extname(file).toLowerCase()]
  if (!type) throw new UserError('settings.logoFormat', { path: file })
  let size: number
  try {
    size = statSync(file).size
  } catch {
    throw new UserError('settings.fileNotFound', { path: file })
  }
  if (size > 1_000_000) throw new UserError('settings.logoTooLarge', { path: file })
  return { dataUrl: `data:${type};base64,${readFileSync(file).toString('base64')}` }
}
