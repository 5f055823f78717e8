// The floor for `partners list --json`: plain Node opens the same file with better-sqlite3 and prints the same
// rows in the same order and shape. Plain JavaScript on purpose: no TypeScript loader in the measured process.
import Database from 'better-sqlite3'

const db = new Database(process.argv[2], { readonly: true, fileMustExist: true })
const rows = db
  .prepare(
    `SELECT id, name, short_name AS shortName, sector, tax_number AS taxNumber, city, partner_since AS partnerSince, status
       FROM organisations ORDER BY sort_key, id`,
  )
  .all()
db.close()
process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
