import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** How far up from this module's folder the migrations are looked for (db/ → 0, out/cli/chunks → 3). */
const LEVELS_UP = 3

/**
 * The committed SQL migrations. In the repository (tests) they sit next to this file; from the built CLI
 * (out/cli/cli.mjs and its chunks in out/cli/chunks) they are the repository's db/migrations, or a `migrations`
 * folder beside the bundle where it is shipped without the repository. The bundled app's main passes the
 * folder explicitly.
 */
export function defaultMigrationsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  let folder = here
  for (let level = 0; level <= LEVELS_UP; level++) {
    for (const candidate of [join(folder, 'migrations'), join(folder, 'db', 'migrations')]) {
      if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate
    }
    folder = dirname(folder)
  }
  throw new Error(`Migrations folder not found near ${here}`)
}
