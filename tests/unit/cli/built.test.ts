import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCli, CLI_BUNDLE, CLI_METAFILE, isCliStale } from '../../../scripts/cli-build.mjs'
import { tempDir } from '../../helpers/db'

/** The bundle users run (package.json `bin`, `npm run desk`), as a process of its own. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { encoding: 'utf8', env: { ...process.env, INIT_CWD: '' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

interface Metafile {
  outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }>
}

/** Every source and library the entry evaluates before a command runs: the chunks it imports statically, transitively. */
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
      if (imported.kind !== 'import-statement') continue
      if (imported.external) loaded.push(`node_modules/${imported.path}`)
      else visit(imported.path)
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
})
