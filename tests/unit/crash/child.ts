import { dirname, join } from 'node:path'
import { openDatabase } from '../../../db/open'
import type { ServiceContext } from '../../../electron/services/context'
import { loadDemoData } from '../../../electron/services/demo'
import { anonymiseRound } from '../../../electron/services/privacy/anonymise'
import { restoreBackup } from '../../../electron/services/settings/backups'

/**
 * The process the crash tests kill: opens the database, says "ready", runs one big write, says "done".
 * `demo` loads the demo data set (one transaction); `anonymise <round id>` makes a backup and then anonymises
 * every person of the round (one transaction); `restore <file>` backs up the open file and replaces it with
 * the given backup.
 */
const [file, step, arg] = process.argv.slice(2)
const conn = await openDatabase(file!, { create: false })
const ctx: ServiceContext = {
  conn,
  user: 'crash-test',
  now: () => new Date('2026-11-22T10:00:00Z'),
  defaultBackupFolder: join(dirname(file!), 'backups'),
  reopen: (f) => openDatabase(f, { create: false }),
}
process.stdout.write('ready\n')
if (step === 'demo') loadDemoData(conn)
else if (step === 'anonymise') await anonymiseRound(ctx, Number(arg), false)
else if (step === 'restore') await restoreBackup(ctx, arg!)
else throw new Error(`unknown step ${step}`)
process.stdout.write('done\n')
ctx.conn.sqlite.close()
