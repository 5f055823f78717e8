import { execFile } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { withTaxCheckDigit } from '../../shared/text'

export interface BenchResult {
  name: string
  value: number
  unit: string
  target?: string
}

const HEADER = [
  'Ime', 'Priimek', 'E-pošta', 'Telefon', 'Organizacija', 'Davčna številka', 'Delovno mesto', 'Oddelek', 'Razpoložljivost od',
  'Razpoložljivost do', 'Trajanje (dni)', 'Želena organizacija 1', 'Želena organizacija 2', 'Izziv', 'Spol', 'Jeziki', 'Opombe', 'Soglasje',
]
const FIRST = ['Ana', 'Jan', 'Maja', 'Luka', 'Špela', 'Žiga', 'Eva', 'Tomaž', 'Nina', 'Matej']
const LAST = ['Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Vidmar', 'Čeh']
const ORGS = Array.from({ length: 300 }, (_, i) => ({ name: `Organizacija ${i + 1} d.o.o.`, tax: withTaxCheckDigit(String(2000000 + i * 37)) ?? '' }))

/**
 * A nominations sheet as partners fill it: mostly real date cells, a share of dates typed as text, phones in
 * local form, a few wrong e-mails and repeated people, so every check of the engine does its work.
 */
export async function writeNominations(path: string, rows: number): Promise<void> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true })
  const sheet = workbook.addWorksheet('Prijave')
  sheet.addRow(['Seznam nominiranih za izmenjavo']).commit()
  sheet.addRow(HEADER).commit()
  for (let i = 0; i < rows; i++) {
    const org = ORGS[i % ORGS.length]!
    const day = 1 + (i % 20)
    const typedDates = i % 10 === 0
    const row = sheet.addRow([
      FIRST[i % FIRST.length], `${LAST[(i / 10) % LAST.length | 0]}${i}`, i % 500 === 7 ? `oseba${i}@` : `oseba${i % 99_000}@primer.si`,
      `041 ${String(100000 + (i % 900000)).padStart(6, '0')}`, org.name, org.tax, 'Svetovalec', `Sektor ${i % 12}`,
      typedDates ? `${day}. 3. 2026` : new Date(Date.UTC(2026, 2, day)), typedDates ? `${day + 7}. marca 2026` : new Date(Date.UTC(2026, 2, day + 7)),
      5, ORGS[(i + 1) % ORGS.length]!.name, ORGS[(i + 2) % ORGS.length]!.name, 'Motivacija zaposlenih', i % 2 ? 'M' : 'Ž', 'slovenščina, angleščina', i % 7 === 0 ? 'Vegetarijanka' : null, 'da',
    ])
    if (!typedDates) {
      row.getCell(9).numFmt = 'd. m. yyyy'
      row.getCell(10).numFmt = 'd. m. yyyy'
    }
    row.commit()
  }
  sheet.commit()
  await workbook.commit()
}

/** Runs one import in a fresh process, so its peak memory is the import's own. */
async function measureInChild(path: string, mode: '--measure' | '--whole'): Promise<{ ms: number; cpuMs: number; rssMb: number; rows: number; valid: number; imported?: number }> {
  const self = fileURLToPath(import.meta.url)
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', self, mode, path], { maxBuffer: 1 << 20 })
  return JSON.parse(stdout.trim().split('\n').pop()!)
}

async function measure(path: string): Promise<void> {
  const { previewImportFile } = await import('../../electron/services/import/preview')
  const { nominationsProfile } = await import('../../shared/import/profiles')
  // Load the libraries the import uses lazily, as a running app would have them, before the clock starts.
  await Promise.all([import('jszip'), import('date-fns'), import('libphonenumber-js/min')])
  const started = performance.now()
  const cpu = process.cpuUsage()
  const preview = await previewImportFile(path, nominationsProfile)
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  const rssMb = process.resourceUsage().maxRSS / 1024
  // CPU time is reported too: on a shared machine the wall clock also counts other processes' turns.
  const cpuMs = (used.user + used.system) / 1000
  console.log(JSON.stringify({ ms: Math.round(ms), cpuMs: Math.round(cpuMs), rssMb: Math.round(rssMb), rows: preview.counts.rows, valid: preview.counts.valid }))
}

/** A fresh database with the file's 300 partner organisations and a round, made before the clock starts. */
export async function benchDatabase(dir: string) {
  const { openDatabase } = await import('../../db/open')
  const { organisationKeys } = await import('../../electron/services/partners/keys')
  const file = join(dir, 'bench.sqlite')
  const conn = await openDatabase(file, { create: true })
  const insert = conn.sqlite.prepare('INSERT INTO organisations (name, sector, tax_number, sort_key, search_key, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  conn.sqlite.transaction(() => {
    for (const org of ORGS) {
      const keys = organisationKeys({ name: org.name, shortName: null, taxNumber: org.tax, city: null })
      insert.run(org.name, 'company', org.tax || null, keys.sortKey, keys.searchKey, keys.searchText, '2026-01-01', '2026-01-01')
    }
    conn.sqlite.prepare("INSERT INTO rounds (name, kind) VALUES ('Bench', 'call')").run()
  })()
  return conn
}

/**
 * The whole import as the CLI runs it: read, validate, match organisations, find people already in the round,
 * back up, then write people, nominations and the batch in one transaction (invalid rows skipped).
 */
async function measureWhole(path: string): Promise<void> {
  const { previewForDatabase } = await import('../../electron/services/import/store/prepare')
  const { commitImport } = await import('../../electron/services/import/store/commit')
  const dir = await mkdtemp(join(tmpdir(), 'exchange-desk-import-db-'))
  const conn = await benchDatabase(dir)
  const ctx = { conn, user: 'bench', now: () => new Date(), defaultBackupFolder: join(dir, 'backups'), reopen: () => Promise.reject(new Error('no reopen')) }
  await Promise.all([import('jszip'), import('date-fns'), import('libphonenumber-js/min')])
  const started = performance.now()
  const cpu = process.cpuUsage()
  const request = { kind: 'nominations' as const, roundId: 1 }
  const { preview, world } = await previewForDatabase(ctx, { path }, request)
  const outcome = await commitImport(ctx, preview, world, request, { skipInvalid: true })
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  const rssMb = process.resourceUsage().maxRSS / 1024
  conn.sqlite.close()
  await rm(dir, { recursive: true, force: true })
  console.log(JSON.stringify({ ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000), rssMb: Math.round(rssMb), rows: preview.counts.rows, valid: preview.counts.valid, imported: outcome.imported }))
}

export async function benchImport(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'exchange-desk-import-'))
  const results: BenchResult[] = []
  try {
    for (const [rows, timeTarget, memoryTarget] of [[10_000, '≤ 1.0 s whole import', undefined], [100_000, '≤ 6.5 s whole import', '≤ 350 MB whole import']] as const) {
      const path = join(dir, `nominations-${rows}.xlsx`)
      await writeNominations(path, rows)
      const size = (await stat(path)).size
      const run = await measureInChild(path, '--measure')
      if (run.rows !== rows) throw new Error(`expected ${rows} rows, the preview has ${run.rows}`)
      const label = `${rows / 1000}k rows`
      results.push({ name: `import preview ${label}: file size`, value: Math.round(size / 1024), unit: 'KiB' })
      results.push({ name: `import preview ${label}: read + parse + validate`, value: run.ms, unit: 'ms' })
      results.push({ name: `import preview ${label}: CPU time (all threads)`, value: run.cpuMs, unit: 'ms' })
      results.push({ name: `import preview ${label}: peak RSS of the process`, value: run.rssMb, unit: 'MB' })
      results.push({ name: `import preview ${label}: rows valid`, value: run.valid, unit: 'rows' })
      const whole = await measureInChild(path, '--whole')
      if (whole.imported !== run.valid) throw new Error(`expected ${run.valid} rows imported, ${whole.imported} were`)
      results.push({ name: `whole import ${label}: read + validate + dedupe + backup + write`, value: whole.ms, unit: 'ms', target: timeTarget })
      results.push({ name: `whole import ${label}: CPU time (all threads)`, value: whole.cpuMs, unit: 'ms' })
      results.push({ name: `whole import ${label}: peak RSS of the process`, value: whole.rssMb, unit: 'MB', ...(memoryTarget ? { target: memoryTarget } : {}) })
      results.push({ name: `whole import ${label}: rows imported`, value: whole.imported ?? 0, unit: 'rows' })
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  return results
}

if (process.argv[2] === '--measure' && process.argv[3]) await measure(process.argv[3])
else if (process.argv[2] === '--whole' && process.argv[3]) await measureWhole(process.argv[3])
else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.table(await benchImport())
