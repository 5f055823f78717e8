// `npm run desk -- …`: runs the built command line, building it first when a source is newer than the bundle.
import { pathToFileURL } from 'node:url'
import { buildCli, CLI_BUNDLE, isCliStale } from './cli-build.mjs'

if (isCliStale()) {
  process.stderr.write('Building the command line (out/cli)…\n')
  await buildCli()
}
await import(pathToFileURL(CLI_BUNDLE).href)
