// The reference for `nominations import`, whole process: exceljs' streaming reader and prepared inserts of
// people and nominations in one transaction, without checks, matching, backup or history. The import through
// the CLI does all of those and should still be no slower. Usage: node referenceImport.mjs <db> <xlsx>
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'

const [file, workbookPath] = process.argv.slice(2)
const HEADER_ROW = 2
const db = new Database(file, { fileMustExist: true })
const organisationByName = new Map(db.prepare('SELECT name, id FROM organisations').all().map((r) => [r.name, r.id]))
const roundId = db.prepare('SELECT id FROM rounds ORDER BY id LIMIT 1').pluck().get()
const insertPerson = db.prepare('INSERT INTO people (organisation_id, first_name, last_name, email, phone, job_title, gender) VALUES (?, ?, ?, ?, ?, ?, ?)')
const insertNomination = db.prepare(
  'INSERT INTO nominations (round_id, person_id, available_from, available_to, duration_days, preference_1, preference_2, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
)
const text = (value) => (value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'object' ? String(value.text ?? value.result ?? '') : String(value))

let rows = 0
const begin = db.prepare('BEGIN')
const commit = db.prepare('COMMIT')
begin.run()
for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(workbookPath, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' })) {
  for await (const row of sheet) {
    if (row.number <= HEADER_ROW) continue
    const v = row.values
    const organisation = organisationByName.get(text(v[5])) ?? null
    if (organisation === null) continue
    const person = insertPerson.run(organisation, text(v[1]), text(v[2]), text(v[3]), text(v[4]), text(v[7]), text(v[15])).lastInsertRowid
    insertNomination.run(roundId, person, text(v[9]), text(v[10]), Number(v[11]) || null, organisationByName.get(text(v[12])) ?? null, organisationByName.get(text(v[13])) ?? null, text(v[17]))
    rows++
  }
  break
}
commit.run()
db.close()
process.stdout.write(`${JSON.stringify({ imported: rows })}\n`)
