import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The committed SQL migrations. In the repository (CLI, tests) they sit next to this file; in the bundled app
 * main passes the folder explicitly, because the bundle lives elsewhere.
 */
export function defaultMigrationsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const candidate of [join(here, 'migrations'), resolve(here, '../../db/migrations')]) {
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate
  }
  throw new Error(`Migrations folder not found near ${here}`)
}
