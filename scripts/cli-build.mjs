// Builds the command line into one bundle, out/cli/cli.mjs (package.json `bin`), with a chunk per command
// family: a command loads only its own services and libraries. `node scripts/cli-build.mjs` builds it;
// scripts/desk.mjs imports `isCliStale` and `buildCli` to rebuild it when a source is newer.
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_BUNDLE = join(root, 'out', 'cli', 'cli.mjs')
/** esbuild's account of the build (which sources and libraries went into which chunk), for the tests. */
export const CLI_METAFILE = join(root, 'out', 'cli', 'meta.json')

/** What the bundle is made of: a change to any of these makes it stale. */
const SOURCE_FOLDERS = ['electron', 'db', 'shared']
const SOURCE_FILES = ['package.json', 'package-lock.json', 'scripts/cli-build.mjs']

function newestIn(folder) {
  let newest = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path))
    else if (/\.(ts|tsx|js|mjs|cjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/** True when the bundle is missing or older than a source file (a few milliseconds: only mtimes are read). */
export function isCliStale() {
  if (!existsSync(CLI_BUNDLE)) return true
  const built = statSync(CLI_BUNDLE).mtimeMs
  const sources = Math.max(
    ...SOURCE_FOLDERS.map((f) => newestIn(join(root, f))),
    ...SOURCE_FILES.map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0)),
  )
  return sources > built
}

/**
 * Not bundled: better-sqlite3 is native (the installed app has its own build for Electron), playwright-core reads
 * its own files at run time.
 */
const RUNTIME_PACKAGES = ['better-sqlite3', 'playwright-core']

/**
 * The runtime packages are loaded with require(), not import: require() also searches NODE_PATH, which is how the
 * installer's launcher (build/cli/) points the bundle at the app's own node_modules inside resources/.
 */
function loadedByRequire(packages) {
  const filter = new RegExp(`^(${packages.map((p) => p.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')).join('|')})(/.*)?$`)
  return {
    name: 'loaded-by-require',
    setup(build) {
      build.onResolve({ filter }, (args) =>
        args.kind === 'require-call' ? { path: args.path, external: true } : { path: args.path, namespace: 'loaded-by-require' },
      )
      build.onLoad({ filter: /.*/, namespace: 'loaded-by-require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)})`, loader: 'js' }))
    },
  }
}

export async function buildCli() {
  const { build } = await import('esbuild')
  const outdir = dirname(CLI_BUNDLE)
  rmSync(outdir, { recursive: true, force: true })
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: 'electron/cli.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [loadedByRequire(RUNTIME_PACKAGES)],
    external: ['electron'],
    // CommonJS libraries inside an ES module bundle still call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  })
  writeFileSync(CLI_METAFILE, JSON.stringify(result.metafile))
  return result
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now()
  await buildCli()
  process.stdout.write(`CLI built: ${CLI_BUNDLE} (${Date.now() - started} ms)\n`)
}
