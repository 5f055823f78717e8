#!/usr/bin/env node
import { runCli } from './cli/run'

// `npm run desk` runs in the package folder; paths on the command line are meant from where the user typed it.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD)

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`)
    process.exitCode = 2
  },
)
