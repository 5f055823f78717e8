import { existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)

/** electron-builder's own loader and schema check (the installers cannot be built here: no Electron binary). */
interface BuilderConfig {
  appId?: string
  productName?: string
  files?: Array<{ filter?: string[] } | string>
  asarUnpack?: string[]
  npmRebuild?: boolean
  icon?: string
  extraMetadata?: Record<string, unknown>
  extraResources?: Array<{ from: string; to: string; filter?: string[] }>
  electronFuses?: Record<string, boolean>
  win?: { target?: Array<{ target: string }> }
  nsis?: { oneClick?: boolean; perMachine?: boolean; allowElevation?: boolean; deleteAppDataOnUninstall?: boolean }
  linux?: { target?: Array<{ target: string }> }
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (projectDir: string, configPath: string | null, configFromOptions: null) => Promise<BuilderConfig>
  validateConfiguration: (config: BuilderConfig, log: unknown) => Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

let config: BuilderConfig
beforeAll(async () => {
  config = await getConfig(resolve('.'), null, null)
})

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; main: string; scripts: Record<string, string>; bin: Record<string, string> }

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('names the app and takes the version from package.json', () => {
    expect(config).toMatchObject({ productName: 'Exchange Desk', appId: 'si.gov.exchangedesk' })
    expect(config.extraMetadata?.version).toBeUndefined()
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('builds a per-user Windows installer without administrator rights, and a Linux AppImage', () => {
    expect(config.win?.target?.map((t) => t.target)).toEqual(['nsis'])
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false })
    expect(config.linux?.target?.map((t) => t.target)).toEqual(['AppImage'])
  })

  it('packages the build, the migrations and package.json, with the Electron build of better-sqlite3 unpacked', () => {
    const filters = (config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])))
    expect(filters).toEqual(expect.arrayContaining(['out/**', 'db/migrations/**', 'package.json']))
    expect(pkg.main.startsWith('out/')).toBe(true)
    expect(existsSync('db/migrations/meta/_journal.json')).toBe(true)
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**')
    expect(config.npmRebuild).toBe(true)
  })

  it('has a 512 × 512 PNG icon', () => {
    const png = readFileSync(config.icon ?? '')
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512])
  })

  it('finds the migrations and the database driver in the installed app', () => {
    const main = readFileSync('electron/main.ts', 'utf8')
    expect(main).toMatch(/migrationsFolder = join\(app\.getAppPath\(\), 'db', 'migrations'\)/)
    // The installed app uses the driver electron-builder rebuilt; only development passes another one.
    expect(main).toMatch(/nativeBinding = app\.isPackaged \? undefined : process\.env\.EXCHANGE_DESK_SQLITE_BINDING/)
  })

  it('is run by `npm run package`, which builds first and gives tests and the CLI their Node driver back afterwards', () => {
    expect(pkg.scripts.package).toBe('node scripts/package.mjs')
    const script = readFileSync('scripts/package.mjs', 'utf8')
    const order = ["'electron-vite.js'), 'build'", "'scripts', 'cli-build.mjs'", "'electron-builder', 'cli.js'", "'--publish', 'never'", "'rebuild', 'better-sqlite3'"].map((step) => script.indexOf(step))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // The rebuild does not depend on packaging having worked.
    expect(script).toMatch(/const packed = run\([^\n]*\nconst restored = run\('npm', \['rebuild', 'better-sqlite3'\]\)/)
  })

  it('carries the CLI bundle, its migrations and a launcher that runs it with the app’s own binary as Node', () => {
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        { from: 'out/cli', to: 'cli', filter: ['**/*', '!meta.json'] },
        { from: 'build/cli', to: 'cli' },
        { from: 'db/migrations', to: 'migrations' },
      ]),
    )
    // Once, outside the asar archive; not a second time inside it.
    expect((config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])))).toContain('!out/cli/**')
    expect(pkg.bin['exchange-desk']).toBe('out/cli/cli.mjs')
    // The launchers need ELECTRON_RUN_AS_NODE: the fuse stays on, and the file says why.
    expect(config.electronFuses?.runAsNode).toBe(true)
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(/# The runAsNode fuse stays on: the launchers above need ELECTRON_RUN_AS_NODE/)
    const windows = readFileSync('build/cli/exchange-desk.cmd', 'utf8')
    expect(windows).toContain('set ELECTRON_RUN_AS_NODE=1')
    expect(windows).toContain(`"%~dp0..\\..\\${config.productName}.exe" "%~dp0cli.mjs" %*`)
    expect(windows).toContain('app.asar.unpacked\\node_modules')
    expect(windows.split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true)
    const linux = readFileSync('build/cli/exchange-desk', 'utf8')
    expect(linux.startsWith('#!/bin/sh\n')).toBe(true)
    expect(linux).toContain(`ELECTRON_RUN_AS_NODE=1 NODE_PATH="$here/../app.asar.unpacked/node_modules:$here/../app.asar/node_modules" exec "$here/../../${pkg.name}" "$here/cli.mjs" "$@"`)
    expect(statSync('build/cli/exchange-desk').mode & 0o111).not.toBe(0)
  })
})
