import Database from 'better-sqlite3'
import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import { runCli } from '../../../../electron/cli/run'
import { tempDir } from '../../../helpers/db'
import { TAX, xlsxBuffer, type CellSpec } from '../helpers/workbooks'

export async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

export async function runJson(...argv: string[]) {
  const result = await run(...argv, '--json')
  return { ...result, json: result.stdout ? JSON.parse(result.stdout) : null }
}

/** A fresh database with three partners and a round, made through the CLI as a user would. */
export async function world() {
  const dir = tempDir()
  const db = join(dir, 'desk.sqlite')
  await run('--db', db, 'init')
  await run('--db', db, 'partners', 'add', '--name', 'Ministrstvo za finance', '--sector', 'ministry', '--tax-number', TAX.ministry)
  await run('--db', db, 'partners', 'add', '--name', 'Čebelica d.o.o.', '--sector', 'company', '--tax-number', TAX.company)
  await run('--db', db, 'partners', 'add', '--name', 'Društvo Zeleni krog', '--sector', 'ngo', '--tax-number', TAX.ngo)
  await run('--db', db, 'rounds', 'add', '--name', 'Krog 2026', '--from', '2026-01-01', '--to', '2026-12-31')
  const file = async (name: string, rows: CellSpec[][], startRow = 1) => {
    const path = join(dir, name)
    writeFileSync(path, await xlsxBuffer([{ name: 'Prijave', rows, startRow }]))
    return path
  }
  return { dir, db, file, sql: (query: string, ...params: unknown[]) => withDb(db, (d) => d.prepare(query).all(...params)) }
}

export function withDb<T>(file: string, use: (db: Database.Database) => T): T {
  const db = new Database(file)
  try {
    return use(db)
  } finally {
    db.close()
  }
}

/** Every row of every table, in id order: two equal dumps mean the same content. */
export function dump(file: string): string {
  return withDb(file, (db) => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name)
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]))
  })
}

export const HEADER = ['Ime', 'Priimek', 'E-pošta', 'Telefon', 'Organizacija', 'Davčna številka', 'Razpoložljivost od', 'Razpoložljivost do', 'Soglasje']

/** Five people: two clean, one bad e-mail (row 5), one from an unknown organisation (row 6), one repeated (row 7). */
export const NOMINATIONS: CellSpec[][] = [
  ['Prijava zaposlenih na izmenjavo 2026'],
  [],
  HEADER,
  ['Ana', 'Novak', 'ana.novak@mf.si', '041 123 456', 'Ministrstvo za finance', TAX.ministry, '2. 3. 2026', '27. 3. 2026', 'da'],
  ['Jan', 'Kos', 'jan.kos@', '', 'CEBELICA d.o.o.', '', '12.3.2026', '2026-04-10', 'da'],
  ['Maja', 'Zupan', 'maja@neznano.si', '', 'Neznano podjetje d.o.o.', '', '', '', 'ne'],
  ['Ana', 'Novak', 'ANA.NOVAK@mf.si', '', 'Ministrstvo za finance', '', '', '', 'da'],
  ['Peter', 'Horvat', '', '', 'Drustvo zeleni krog', '', '', '', 'da'],
]
