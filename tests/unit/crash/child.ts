import { dirname, join } from 'node:path'
import { openDatabase } from '../../../db/open'
import type { ServiceContext } from '../../../electron/services/context'

/**
 * The process the crash tests kill: opens the database, says "ready", runs one big write, says "done".
 * `demo` loads the demo data set with its letterhead (one transaction); `anonymise <round id>` makes a backup and then anonymises
 * every person of the round (one transaction); `restore <file>` backs up the open file and replaces it with
 * the given backup; `import <round id> <file>` imports a nominations file (a backup, then one transaction;
 * unknown organisations created); `plan <round id>` computes and stores the round's proposal; `letters <round id>
 * <folder>` records every letter of the round's confirmed placements and writes them as one merged PDF (the
 * folder is relative to the database's).
 */
const [file, step, arg, extra] = process.argv.slice(2)
const conn = await openDatabase(file!, { create: false })
const ctx: ServiceContext = {
  conn,
  user: 'crash-test',
  now: () => new Date('2026-11-22T10:00:00Z'),
  defaultBackupFolder: join(dirname(file!), 'backups'),
  reopen: (f) => openDatabase(f, { create: false }),
}
/** Says "ready" and waits a moment, so that a kill sent at once lands before the step (the test's first kill does). */
const ready = async () => {
  process.stdout.write('ready\n')
  await new Promise((resolve) => setTimeout(resolve, 100))
}
// Each step loads only its own services (before "ready"), so the dozens of children a test starts start fast.
switch (step) {
  case 'demo': {
    const { loadDemo } = await import('../../../electron/services/demo/load')
    await ready()
    loadDemo(ctx)
    break
  }
  case 'anonymise': {
    const { anonymiseRound } = await import('../../../electron/services/privacy/anonymise')
    await ready()
    await anonymiseRound(ctx, Number(arg), false)
    break
  }
  case 'restore': {
    const { restoreBackup } = await import('../../../electron/services/settings/restore')
    await ready()
    await restoreBackup(ctx, arg!)
    break
  }
  case 'import': {
    const { commitImport } = await import('../../../electron/services/import/store/commit')
    const { previewForDatabase } = await import('../../../electron/services/import/store/prepare')
    await ready()
    const request = { kind: 'nominations' as const, roundId: Number(arg), createOrganisations: true }
    const { preview, world } = await previewForDatabase(ctx, { path: extra! }, request)
    await commitImport(ctx, preview, world, request, { skipInvalid: true })
    break
  }
  case 'plan': {
    const { planRound } = await import('../../../electron/services/planning/store/proposal')
    await ready()
    await planRound(ctx, Number(arg))
    break
  }
  case 'letters': {
    const { generateLetters } = await import('../../../electron/services/letters/generate')
    const { openChromiumPrinter } = await import('../../../electron/services/letters/printer')
    await ready()
    await generateLetters(ctx, () => openChromiumPrinter(), { roundId: Number(arg), kind: 'all', lang: 'auto' }, { folder: join(dirname(file!), extra!), mergedFileName: 'round.pdf' })
    break
  }
  default:
    throw new Error(`unknown step ${step}`)
}
process.stdout.write('done\n')
ctx.conn.sqlite.close()
