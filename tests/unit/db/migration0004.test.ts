import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db/open'
import { previousMigrations } from '../../helpers/previousMigrations'

describe('migration 0004 on a file made by the previous version', () => {
  it('records consent that came from a file as given on the import day, and leaves the rest without consent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-0004-'))
    try {
      const file = join(dir, 'desk.sqlite')
      const old = await openDatabase(file, { create: true, migrationsFolder: previousMigrations(dir, 4) })
      const db = old.sqlite
      const org = Number(db.prepare("INSERT INTO organisations (name, sector, sort_key, search_key, search_text) VALUES ('O', 'company', '', '', '')").run().lastInsertRowid)
      const round = Number(db.prepare("INSERT INTO rounds (name) VALUES ('R')").run().lastInsertRowid)
      const batch = Number(db.prepare("INSERT INTO import_batches (kind, round_id, file_name, imported_at, summary) VALUES ('nominations', ?, 'a.xlsx', '2026-03-04T10:00:00.000Z', '{}')").run(round).lastInsertRowid)
      const nominate = db.prepare('INSERT INTO nominations (round_id, person_id, consent, import_batch_id) VALUES (?, ?, ?, ?)')
      for (const [consent, fromBatch] of [[1, true], [0, true], [1, false]] as const) {
        const person = db.prepare('INSERT INTO people (organisation_id) VALUES (?)').run(org).lastInsertRowid
        nominate.run(round, person, consent, fromBatch ? batch : null)
      }
      db.close()
      const migrated = await openDatabase(file, { create: false })
      try {
        const rows = migrated.sqlite.prepare('SELECT consent, consent_on, consent_method, consent_withdrawn_on, withdrawn_reason FROM nominations ORDER BY id').all()
        expect(rows).toEqual([
          { consent: 1, consent_on: '2026-03-04', consent_method: 'file', consent_withdrawn_on: null, withdrawn_reason: null },
          { consent: 0, consent_on: null, consent_method: null, consent_withdrawn_on: null, withdrawn_reason: null },
          { consent: 1, consent_on: null, consent_method: 'file', consent_withdrawn_on: null, withdrawn_reason: null },
        ])
        const tables = migrated.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('erasures', 'proposal_snapshots') ORDER BY name").pluck().all()
        expect(tables).toEqual(['erasures', 'proposal_snapshots'])
      } finally {
        migrated.sqlite.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
