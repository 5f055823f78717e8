import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db/open'
import { createOrganisation } from '../../../electron/services/partners/organisations'

/**
 * A database on a read-only medium (a write-protected stick, a CD, a share mounted read-only) is refused with a
 * clear message and left untouched. File permissions stand in for the medium. Root ignores them, so when the
 * tests run as root the CLI runs as the unprivileged user "nobody" (uid 65534), for whom they hold.
 */
const asRoot = process.getuid?.() === 0
const NOBODY = 65534
/** Root without the right to switch users (some containers) cannot test permissions at all: skipped, saying why. */
const cannotDropRoot = asRoot && spawnSync(process.execPath, ['-e', ''], { uid: NOBODY, gid: NOBODY }).status !== 0
const root = mkdtempSync(join(tmpdir(), 'desk-readonly-'))
let template: string

beforeAll(async () => {
  chmodSync(root, 0o755)
  template = join(root, 'template.sqlite')
  const conn = await openDatabase(template, { create: true })
  createOrganisation({ conn, user: 'tester', now: () => new Date(), defaultBackupFolder: join(root, 'backups'), reopen: (f) => openDatabase(f, { create: false }) }, { name: 'Zavod Kres', sector: 'ngo' })
  conn.sqlite.close()
}, 30_000)

afterAll(() => {
  for (const dir of [root]) {
    spawnSync('chmod', ['-R', 'u+w', dir])
    rmSync(dir, { recursive: true, force: true })
  }
})

/** The CLI as the user runs it, as "nobody" when we are root. */
function desk(file: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', resolve('electron/cli.ts'), '--db', file, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, HOME: root },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  })
}

/** A copy of the database in its own folder, with the given modes (folder, file), as "nobody" would own it. */
function placed(name: string, folderMode: number, fileMode: number): string {
  const folder = join(root, name)
  mkdirSync(folder)
  const file = join(folder, 'desk.sqlite')
  copyFileSync(template, file)
  if (asRoot) spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, folder])
  chmodSync(file, fileMode)
  chmodSync(folder, folderMode)
  return file
}

describe.skipIf(cannotDropRoot)('a database on a read-only medium (skipped when running as root that cannot run a process as another user: root ignores file permissions)', () => {
  it('works when the medium is writable (the check below can fail)', () => {
    const file = placed('writable', 0o755, 0o644)
    const result = desk(file, 'partners', 'list', '--json')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Zavod Kres')
  }, 60_000)

  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  it.each([
    ['a read-only file', 0o755, 0o444, 'en', (file: string) => `The database “${file}” cannot be written (read-only medium or network drive?)`],
    ['a read-only folder (no room for the write-ahead log)', 0o555, 0o644, 'sl', (file: string) => `V bazo podatkov „${file}“ ni mogoče pisati (samo za branje ali omrežni pogon?)`],
  ])('%s: a clear message in the user’s language, exit 1, nothing written', (_what, folderMode, fileMode, lang, message) => {
    const file = placed(`ro-${folderMode.toString(8)}-${fileMode.toString(8)}`, folderMode, fileMode)
    const before = readFileSync(file)
    const result = desk(file, 'partners', 'list', '--lang', lang)
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toMatch(new RegExp(`^${escaped(message(file))}: attempt to write a readonly database$`))
    expect(readFileSync(file).equals(before)).toBe(true)
    // SQLite may leave an empty write-ahead log beside a read-only file; nothing may be in it.
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0)
  }, 60_000)
})
