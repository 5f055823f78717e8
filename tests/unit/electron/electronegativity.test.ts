import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const run = promisify(execFile)

interface Finding {
  check: string
  level: string
  file: string
  /** The source line the finding points at (the CSV report's own sample column is not reliably quoted). */
  sample: string
}

interface Sarif {
  runs: Array<{
    results: Array<{
      ruleId: string
      level: string
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>
    }>
  }>
}

/**
 * Runs Doyensec's Electronegativity on a folder and reads its SARIF report (JSON). The check that downloads
 * Electron's release list is left out: it needs the network, and the Electron version is pinned and updated by
 * hand.
 */
async function scan(input: string): Promise<{ findings: Finding[]; log: string }> {
  const out = join(mkdtempSync(join(tmpdir(), 'desk-eneg-')), 'findings.sarif')
  const electronVersion = (require('electron/package.json') as { version: string }).version
  const { stdout, stderr } = await run(
    process.execPath,
    [require.resolve('@doyensec/electronegativity/dist/index.js'), '-i', input, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', out],
    { env: { ...process.env, LANG: 'en-US' }, timeout: 90_000 },
  )
  const report = JSON.parse(readFileSync(out, 'utf8')) as Sarif
  const findings = report.runs.flatMap((r) =>
    r.results.map((f) => {
      const where = f.locations[0]!.physicalLocation
      const source = join(input, where.artifactLocation.uri)
      // Global checks with nothing to point at name no file at all.
      const lines = existsSync(source) && statSync(source).isFile() ? readFileSync(source, 'utf8').split('\n') : []
      return { check: f.ruleId, level: f.level, file: where.artifactLocation.uri, sample: lines[where.region.startLine - 1] ?? '' }
    }),
  )
  return { findings, log: stdout + stderr }
}

/**
 * Every finding must be here, with the reason it was accepted after review; anything else fails the test,
 * whatever its severity. Electronegativity reads window options only when they are written inline in
 * `new BrowserWindow({...})`; ours come from secureWindowOptions() in electron/window.ts (window.test.ts checks
 * them, and the test below checks that no window is made any other way).
 */
const ACCEPTED: Array<{ check: string; file: string; sample: RegExp; reason: string }> = [
  { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main.ts', sample: /new BrowserWindow\(secureWindowOptions\(/, reason: 'contextIsolation: true is set in secureWindowOptions()' },
  { check: 'SANDBOX_JS_CHECK', file: 'main.ts', sample: /new BrowserWindow\(secureWindowOptions\(/, reason: 'sandbox: true is set in secureWindowOptions()' },
  { check: 'AUXCLICK_JS_CHECK', file: 'main.ts', sample: /new BrowserWindow\(secureWindowOptions\(/, reason: 'a middle click can only ask for a new window, and setWindowOpenHandler denies every one' },
  { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'letterPrinter.ts', sample: /new BrowserWindow\(printWindowOptions\(/, reason: 'contextIsolation: true is set in printWindowOptions()' },
  { check: 'SANDBOX_JS_CHECK', file: 'letterPrinter.ts', sample: /new BrowserWindow\(printWindowOptions\(/, reason: 'sandbox: true is set in printWindowOptions()' },
  { check: 'AUXCLICK_JS_CHECK', file: 'letterPrinter.ts', sample: /new BrowserWindow\(printWindowOptions\(/, reason: 'the print window is never shown and runs no JavaScript, so nobody can click in it' },
  { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main.ts', sample: /openExternal\(/, reason: 'only https: links, and only after the user confirms (checked below)' },
  { check: 'CSP_GLOBAL_CHECK', file: 'main.ts', sample: /./, reason: 'the policy is a constant in window.ts the tool cannot evaluate; window.test.ts checks it in the headers and index.html' },
]
const accepted = (f: Finding) => ACCEPTED.some((a) => a.check === f.check && f.file.endsWith(a.file) && a.sample.test(f.sample))

let ours: { findings: Finding[]; log: string }
let unsafe: { findings: Finding[]; log: string }
beforeAll(async () => {
  const fixture = mkdtempSync(join(tmpdir(), 'desk-eneg-unsafe-'))
  writeFileSync(
    join(fixture, 'main.ts'),
    "import { BrowserWindow } from 'electron'\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } })\n",
  )
  ;[ours, unsafe] = await Promise.all([scan(resolve('electron')), scan(fixture)])
}, 120_000)

describe('Electronegativity on electron/', () => {
  it('finds nothing beyond the reviewed findings, of any severity, and parses every file', () => {
    expect(ours.findings.filter((f) => !accepted(f))).toEqual([])
    expect(ours.log).not.toMatch(/error parsing/i)
  })

  it('still finds each reviewed finding, so the list says what the tool sees today', () => {
    expect(ACCEPTED.filter((a) => !ours.findings.some((f) => f.check === a.check && f.file.endsWith(a.file) && a.sample.test(f.sample))).map((a) => a.check)).toEqual([])
  })

  it('does report an unsafe window, so the check above can fail', () => {
    expect(unsafe.findings.map((f) => f.check)).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    )
  })
})

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? sources(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []))

/**
 * What the tool rates only informational (nodeIntegration: true is "informational" to it since Electron 5) or does
 * not look for, checked directly in every main-process source file.
 */
describe('our own checks on electron/', () => {
  const files = sources('electron').map((file) => ({ file, text: readFileSync(file, 'utf8') }))
  const offending = (pattern: RegExp) => files.filter((f) => pattern.test(f.text)).map((f) => f.file)

  it.each([
    ['nodeIntegration turned on', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/],
    ['context isolation turned off', /contextIsolation\s*:\s*false/],
    ['the sandbox turned off', /sandbox\s*:\s*false/],
    ['web security turned off', /webSecurity\s*:\s*false/],
    ['insecure content allowed', /allowRunningInsecureContent\s*:\s*true/],
    ['webview tags enabled', /webviewTag\s*:\s*true/],
    ['the remote module', /@electron\/remote|enableRemoteModule|require\(['"]electron['"]\)\.remote/],
    ['script built from data and run in a page', /executeJavaScript\(\s*`[^`]*\$\{/],
    ['security switched off on the command line', /appendSwitch\(['"](?:no-sandbox|disable-web-security)/],
  ])('has no %s', (_what, pattern) => {
    expect(offending(pattern)).toEqual([])
  })

  it('opens external links only for https: and after the user confirms', () => {
    const opening = files.filter((f) => f.text.includes('openExternal('))
    expect(opening.map((f) => f.file)).toEqual(['electron/main.ts'])
    for (const { file, text } of opening) expect(text, file).toMatch(/startsWith\('https:'\)[\s\S]*showMessageBox[\s\S]*openExternal\(/)
  })

  it('makes every window through secureWindowOptions() or printWindowOptions()', () => {
    const windows = files.flatMap(({ file, text }) => [...text.matchAll(/new BrowserWindow\(([^)]*)/g)].map((m) => `${file}: ${m[1]}`))
    expect(windows.sort()).toEqual([
      'electron/letterPrinter.ts: printWindowOptions(',
      'electron/letterPrinter.ts: printWindowOptions(',
      'electron/main.ts: secureWindowOptions(preloadPath(here',
    ])
  })
})
