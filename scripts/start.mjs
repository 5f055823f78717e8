// Starts Exchange Desk: checks that Electron's binary is there, prepares a better-sqlite3 build for Electron's
// ABI (tests and the CLI keep the Node build in node_modules), builds the app and launches it.
import { spawnSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

function fail(message) {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

let electronBinary
try {
  electronBinary = require('electron')
} catch {
  fail(
    'Exchange Desk cannot start: the Electron program is not installed (npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed). ' +
      'On a computer with internet access run "npm rebuild electron" (or delete node_modules and run "npm ci" again), then "npm start". ' +
      'The command line (npm run desk -- --help) and the tests (npm test) work without it.',
  )
}

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
const sqliteSource = dirname(require.resolve('better-sqlite3/package.json'))
const sqliteForElectron = join(root, '.cache', `better-sqlite3-electron-${electronVersion}-${process.platform}-${process.arch}`)
const binding = join(sqliteForElectron, 'build', 'Release', 'better_sqlite3.node')

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' })
  return result.status === 0
}

if (!existsSync(binding)) {
  process.stdout.write(`Preparing the database driver for Electron ${electronVersion} (once)…\n`)
  mkdirSync(sqliteForElectron, { recursive: true })
  cpSync(sqliteSource, sqliteForElectron, { recursive: true, filter: (src) => !src.includes(`${join('build', '')}`) })
  const prebuilt = run(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], sqliteForElectron)
  const built =
    prebuilt ||
    run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'], sqliteForElectron)
  if (!built || !existsSync(binding))
    fail('Exchange Desk cannot start: the database driver could not be prepared for Electron (no prebuilt download and no C++ build tools). Install the build tools for node-gyp and run npm start again.')
}

if (!run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], root)) fail('Exchange Desk cannot start: the build failed (see above).')

const child = spawn(electronBinary, [root], { stdio: 'inherit', env: { ...process.env, EXCHANGE_DESK_SQLITE_BINDING: binding } })
child.on('exit', (code) => process.exit(code ?? 0))
