// `npm run package [-- electron-builder options]`: the installers for this platform (Windows: NSIS, per user;
// Linux: AppImage), configured in electron-builder.yml. electron-builder rebuilds better-sqlite3 in node_modules
// for Electron's ABI before it packs it; afterwards the Node build is rebuilt, whether packaging worked or not,
// so that `npm test` and `npm run desk` keep working. Needs the network (Electron and the driver's prebuilt
// binary are downloaded), so it cannot run on a machine where Electron cannot be downloaded. The CLI bundle
// (out/cli) is built too: the installer carries it with a launcher (electron-builder.yml, extraResources).
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0

if (!run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']) || !run(process.execPath, [join(root, 'scripts', 'cli-build.mjs')])) {
  process.stderr.write('Packaging stopped: the build failed (see above).\n')
  process.exit(1)
}
const packed = run(process.execPath, [join(root, 'node_modules', 'electron-builder', 'cli.js'), '--publish', 'never', ...process.argv.slice(2)])
const restored = run('npm', ['rebuild', 'better-sqlite3'])
if (!restored) process.stderr.write('The database driver for Node could not be rebuilt: run "npm rebuild better-sqlite3" before "npm test".\n')
if (!packed) process.stderr.write('Packaging failed (see above). Nothing was written outside the "dist" folder.\n')
else process.stdout.write(`The installers are in ${join(root, 'dist')}.\n`)
process.exit(packed && restored ? 0 : 1)
