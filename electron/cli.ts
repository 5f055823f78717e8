#!/usr/bin/env node
// `npm run desk` runs in the package folder; paths on the command line are meant from where the user typed it.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD)

// Loaded, not imported: a broken installation (the database driver missing) is then an internal error, exit 2,
// like any other, rather than Node's crash at start-up.
import('./cli/run')
  .then(({ runCli }) =>
    runCli(process.argv.slice(2), {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
    }),
  )
  .then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`)
      process.exitCode = 2
    },
  )
