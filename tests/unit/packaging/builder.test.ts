import { existsSync, readFileSync } from 'node:fs'
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

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; main: string; scripts: Record<string, string> }

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
    const order = ["'electron-vite.js'), 'build'", "'electron-builder', 'cli.js'", "'--publish', 'never'", "'rebuild', 'better-sqlite3'"].map((step) => script.indexOf(step))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // The rebuild does not depend on packaging having worked.
    expect(script).toMatch(/const packed = run\([^\n]*\nconst restored = run\('npm', \['rebuild', 'better-sqlite3'\]\)/)
  })
})
