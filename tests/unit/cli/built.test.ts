import { spawnSync } from 'node:child_process'
import { cpSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCli, CLI_BUNDLE, CLI_METAFILE, isCliStale } from '../../../scripts/cli-build.mjs'
import { tempDir } from '../../helpers/db'

/** The bundle users run (package.json `bin`, `npm run desk`), as a process of its own. */
function cli(...args: string[]) {
  return spawnCli(CLI_BUNDLE, args)
}

function spawnCli(bundle: string, args: string[], env: Record<string, string> = {}, cwd?: string) {
  const result = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', cwd, env: { ...process.env, INIT_CWD: '', ...env } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

interface Metafile {
  outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }>
}

/**
 * Every source and library evaluated before a command runs: the entry, the command table it loads (electron/cli.ts
 * imports ./cli/run dynamically) and the chunks those import statically, transitively.
 */
function loadedAtStart(meta: Metafile): string[] {
  const entry = relative(process.cwd(), CLI_BUNDLE)
  const seen = new Set<string>()
  const loaded: string[] = []
  const visit = (output: string) => {
    if (seen.has(output)) return
    seen.add(output)
    const chunk = meta.outputs[output]
    if (!chunk) return
    loaded.push(...Object.keys(chunk.inputs))
    for (const imported of chunk.imports) {
      // A package left outside the bundle counts as loaded if a loaded chunk names it at all.
      if (imported.external) loaded.push(`node_modules/${imported.path}`)
      else if (imported.kind === 'import-statement' || (output === entry && imported.kind === 'dynamic-import')) visit(imported.path)
    }
  }
  visit(entry)
  return loaded
}

beforeAll(async () => {
  if (isCliStale()) await buildCli()
}, 120_000)

describe('the built CLI', () => {
  it('prints its help and exits 0', () => {
    const help = cli('--help')
    expect(help.code).toBe(0)
    expect(help.stderr).toBe('')
    for (const command of ['demo', 'partners list', 'nominations import', 'letters', 'stats export']) expect(help.stdout).toContain(command)
  })

  it('loads the demo, lists partners as JSON only on stdout, and answers a wrong sector with exit 1', () => {
    const db = join(tempDir(), 'built.sqlite')
    const demo = cli('--db', db, 'demo', '--json')
    expect(demo.code).toBe(0)
    const organisations = (JSON.parse(demo.stdout) as { counts: { organisations: number } }).counts.organisations
    expect(organisations).toBeGreaterThan(10)
    const list = cli('--db', db, 'partners', 'list', '--json')
    expect(list).toMatchObject({ code: 0, stderr: '' })
    const rows = JSON.parse(list.stdout) as Array<{ id: number; name: string; sector: string }>
    expect(rows).toHaveLength(organisations)
    expect(rows[0]).toMatchObject({ id: expect.any(Number), name: expect.any(String), sector: expect.any(String) })
    const names = rows.map((r) => r.name)
    expect(names).toEqual([...names].sort(new Intl.Collator('sl').compare))
    const bad = cli('--db', db, 'partners', 'add', '--name', 'X', '--sector', 'nope', '--json')
    expect(bad).toMatchObject({ code: 1, stdout: '' })
    expect(bad.stderr).toContain('There is no sector “nope”')
    expect(cli('--db', join(tempDir(), 'absent.sqlite'), '--lang', 'sl', 'partners', 'list').code).toBe(1)
  }, 60_000)

  it('evaluates no heavy library before a command needs it', () => {
    const meta = JSON.parse(readFileSync(CLI_METAFILE, 'utf8')) as Metafile
    const atStart = loadedAtStart(meta)
    expect(atStart.some((input) => input.endsWith('electron/cli/run.ts'))).toBe(true)
    for (const heavy of ['exceljs', 'pdf-lib', 'playwright-core', 'jszip', 'papaparse', 'iconv-lite', 'libphonenumber-js'])
      expect(atStart.filter((input) => input.includes(`node_modules/${heavy}/`) || input === `node_modules/${heavy}`)).toEqual([])
    // The libraries are in the bundle, each in a chunk of its own commands.
    const everything = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs))
    for (const bundled of ['exceljs', 'pdf-lib', 'jszip']) expect(everything.some((input) => input.includes(`node_modules/${bundled}/`))).toBe(true)
  })

  it('runs from the installer’s layout: resources/cli beside resources/migrations, packages found through NODE_PATH', () => {
    // As build/cli/exchange-desk lays it out, with this repository's node_modules standing in for the app's.
    const resources = join(tempDir(), 'resources')
    cpSync(dirname(CLI_BUNDLE), join(resources, 'cli'), { recursive: true })
    cpSync('db/migrations', join(resources, 'migrations'), { recursive: true })
    const db = join(resources, '..', 'installed.sqlite')
    const env = { NODE_PATH: resolve('node_modules') }
    const bundle = join(resources, 'cli', 'cli.mjs')
    expect(spawnCli(bundle, ['--db', db, 'partners', 'add', '--name', 'Zavod Kres', '--sector', 'ngo'], env, resources)).toMatchObject({ code: 0, stderr: '' })
    const list = spawnCli(bundle, ['--db', db, 'partners', 'list', '--json'], env, resources)
    expect(list.code).toBe(0)
    expect((JSON.parse(list.stdout) as Array<{ name: string }>).map((r) => r.name)).toEqual(['Zavod Kres'])
    // Without the app's node_modules the driver is missing: an internal error (exit 2), not a hang or a crash dump.
    expect(spawnCli(bundle, ['--db', db, 'partners', 'list'], {}, resources).code).toBe(2)
  })
})
