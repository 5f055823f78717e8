import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NOMINATIONS, run, runJson, world } from './world'

const nominationsOf = (w: Awaited<ReturnType<typeof world>>, email: string) =>
  w.sql('SELECT n.status, n.withdrawn_reason AS reason FROM nominations n JOIN people p ON p.id = n.person_id WHERE lower(p.email) = ?', email)

/** Every byte of the database as it is on disk (with its write-ahead log, if one is left). */
function fileBytes(db: string): Buffer {
  return Buffer.concat([readFileSync(db), ...(existsSync(`${db}-wal`) ? [readFileSync(`${db}-wal`)] : [])])
}

describe('importing a person whose data was erased', () => {
  it('flags the row as an error, lists it in the JSON report, and imports it only with --allow-erased', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    expect((await run('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid')).code).toBe(0)
    expect((await run('--db', w.db, 'person', 'erase', '--email', 'ana.novak@mf.si', '--yes')).code).toBe(0)
    expect(nominationsOf(w, 'ana.novak@mf.si')).toEqual([])
    expect(w.sql("SELECT status, withdrawn_reason AS reason, withdrawn_on AS \"on\" FROM nominations WHERE withdrawn_reason IS NOT NULL"))
      .toEqual([{ status: 'withdrawn', reason: 'erasure', on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }])

    const again = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--dry-run')
    expect(again.code).toBe(1)
    const erasedOn = (w.sql('SELECT substr(erased_at, 1, 10) AS d FROM erasures')[0] as { d: string }).d
    expect(again.json.erased).toEqual([{ row: 4, erasedOn, overridden: false }, { row: 7, erasedOn, overridden: false }])
    expect(again.json.errors).toContainEqual({
      row: 4, column: 'C', field: 'email', code: 'erased_person',
      message: expect.stringContaining('this person’s data was erased on'),
    })
    // The repeated row of the same person in the file is the same person: it is stopped too.
    expect(again.json.errors.filter((e: { code: string }) => e.code === 'erased_person').map((e: { row: number }) => e.row)).toEqual([4, 7])

    const skipped = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid')
    expect(skipped.json).toMatchObject({ imported: 0 })
    expect(w.sql("SELECT count(*) AS n FROM people WHERE lower(email) = 'ana.novak@mf.si'")).toEqual([{ n: 0 }])

    const allowed = await runJson('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid', '--allow-erased')
    expect(allowed.code).toBe(0)
    expect(allowed.json.erased).toEqual([{ row: 4, erasedOn, overridden: true }, { row: 7, erasedOn, overridden: true }])
    expect(allowed.json.imported).toBe(1)
    expect(nominationsOf(w, 'ana.novak@mf.si')).toEqual([{ status: 'nominated', reason: null }])
    // Imported on purpose: the mark is gone, so the next file with her is an ordinary re-import.
    expect(w.sql('SELECT count(*) AS n FROM erasures')).toEqual([{ n: 0 }])
    expect(w.sql("SELECT action FROM audit_log WHERE action = 'import_erased'")).toEqual([{ action: 'import_erased' }])
  })

  it('keeps only a keyed hash: neither the address nor its plain SHA-256 is anywhere in the file', async () => {
    const w = await world()
    const path = await w.file('prijave.xlsx', NOMINATIONS)
    await run('--db', w.db, 'nominations', 'import', path, '--round', 'Krog 2026', '--skip-invalid')
    await run('--db', w.db, 'person', 'erase', '--email', 'ANA.NOVAK@mf.si', '--yes')
    const bytes = fileBytes(w.db)
    const { hash } = w.sql('SELECT email_hash AS hash FROM erasures')[0] as { hash: string }
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    for (const form of ['ana.novak@mf.si', 'ANA.NOVAK@mf.si', ' ana.novak@mf.si']) {
      const sha = createHash('sha256').update(form.trim()).digest('hex')
      expect(hash).not.toBe(sha)
      expect(bytes.includes(Buffer.from(sha)), `sha256 of ${form}`).toBe(false)
      expect(bytes.includes(Buffer.from(sha.toUpperCase())), `SHA256 of ${form}`).toBe(false)
      expect(bytes.includes(createHash('sha256').update(form.trim()).digest()), `raw sha256 of ${form}`).toBe(false)
    }
    expect(bytes.includes(Buffer.from('ana.novak@mf.si'))).toBe(false)
    expect(bytes.includes(Buffer.from('ANA.NOVAK@mf.si'))).toBe(false)
    // Keyed: a second database with its own key gives another hash for the same address.
    const other = await world()
    await run('--db', other.db, 'nominations', 'import', await other.file('prijave.xlsx', NOMINATIONS), '--round', 'Krog 2026', '--skip-invalid')
    await run('--db', other.db, 'person', 'erase', '--email', 'ana.novak@mf.si', '--yes')
    expect(other.sql('SELECT email_hash AS hash FROM erasures')).not.toEqual([{ hash }])
  })
})
