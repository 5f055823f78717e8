import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { UserError } from '../../shared/errors'

/**
 * Writes a whole file or nothing: into a temporary file beside the target, then renamed over it, so an
 * interrupted export never leaves half a file where the user expects a complete one.
 */
export function writeFileAtomically(file: string, content: string | Buffer): string {
  const target = resolve(file)
  if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) throw new UserError('file.folderMissing', { path: dirname(target) })
  if (existsSync(target) && statSync(target).isDirectory()) throw new UserError('file.isDirectory', { path: target })
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new UserError('file.cannotWrite', { path: target, detail: error instanceof Error ? error.message : String(error) })
  }
  return target
}
