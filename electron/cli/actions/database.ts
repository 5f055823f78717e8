import { resolve } from 'node:path'
import { backupTo } from '../../../db/backup'
import { UserError } from '../../../shared/errors'
import type { RestoreDrop } from '../../../shared/domain/settings'
import { translate } from '../../../shared/i18n/format'
import { restoreDropMessages } from '../../../shared/i18n/restoreSummary'
import { loadDemo } from '../../services/demo/load'
import { previewRestore, restoreBackup } from '../../services/settings/restore'
import { appInfo } from '../../services/settings/info'
import { text, type CliRun } from '../command'

export const runInit: CliRun = (ctx, args) => {
  const info = appInfo(ctx!)
  return { json: info, text: translate(args.lang, 'cli.initDone', { file: info.databaseFile, version: info.schemaVersion }) }
}

export const runDemo: CliRun = (ctx, args) => {
  const seedText = text(args.values, 'seed')
  if (seedText !== undefined && !/^\d+$/.test(seedText)) throw new UserError('cli.badNumber', { option: '--seed', value: seedText })
  const summary = loadDemo(ctx!, seedText === undefined ? undefined : Number(seedText))
  const info = appInfo(ctx!)
  return { json: { ...info, demo: summary }, text: translate(args.lang, 'cli.demoDone', info.counts) }
}

export const runBackup: CliRun = async (ctx, args) => {
  const out = text(args.values, 'out')
  if (!out) throw new UserError('cli.missingOption', { option: '--out' })
  const file = await backupTo(ctx!.conn.sqlite, resolve(out))
  return { json: { file }, text: translate(args.lang, 'cli.backupDone', { file }) }
}

export const runRestore: CliRun = async (ctx, args) => {
  const file = args.positionals[0]
  if (!file) throw new UserError('cli.missingArgument', { argument: '<backup-file>' })
  const summary = (drop: RestoreDrop) => restoreDropMessages(drop).map((m) => translate(args.lang, m.key, m.values))
  if (args.values['dry-run'] === true) {
    const preview = previewRestore(ctx!, file)
    return { json: preview, text: [translate(args.lang, 'cli.restorePreview', { file: preview.backup.file }), ...summary(preview)].join('\n') }
  }
  const result = await restoreBackup(ctx!, file)
  return {
    json: result,
    text: [translate(args.lang, 'cli.restoreDone', { file: result.restoredFrom, safety: result.safetyBackup }), ...summary(result.dropped)].join('\n'),
  }
}
