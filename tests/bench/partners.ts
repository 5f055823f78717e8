import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../db/open'
import type { ServiceContext } from '../../electron/services/context'
import { findDuplicates } from '../../electron/services/partners/duplicates'
import { listOrganisations } from '../../electron/services/partners/list'
import { organisationKeys } from '../../electron/services/partners/keys'
import { SECTORS } from '../../shared/domain/enums'
import { medianMs, type BenchResult } from './measure'

const WORDS = ['Železniško', 'Čebelarstvo', 'Šumi', 'Zavod', 'Društvo', 'Agencija', 'Ministrstvo', 'Cvet', 'Kres', 'Lipa', 'Sava', 'Drava', 'Mura', 'Krka', 'Soča']
const CITIES = ['Ljubljana', 'Maribor', 'Celje', 'Kranj', 'Koper', 'Novo mesto', 'Murska Sobota', 'Škofja Loka', 'Žalec', 'Črnomelj']

/** 5,000 organisations, then the queries behind the Partners screen. */
export async function benchPartners(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-'))
  const conn = await openDatabase(join(dir, 'bench.sqlite'), { create: true })
  const ctx: ServiceContext = { conn, user: 'bench', now: () => new Date(), defaultBackupFolder: dir, reopen: (f) => openDatabase(f, { create: false }) }
  const insert = conn.sqlite.prepare(
    'INSERT INTO organisations (name, sector, city, partner_since, status, sort_key, search_key, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const loadStart = performance.now()
  conn.sqlite.transaction(() => {
    for (let i = 0; i < 5000; i++) {
      const name = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${i} d.o.o.`
      const city = CITIES[i % CITIES.length]!
      const keys = organisationKeys({ name, shortName: null, taxNumber: null, city })
      insert.run(name, SECTORS[i % SECTORS.length], city, 2015 + (i % 12), i % 17 === 0 ? 'former' : 'active', keys.sortKey, keys.searchKey, keys.searchText)
    }
  })()
  const loadMs = performance.now() - loadStart
  const results: BenchResult[] = [
    { name: 'partners: insert 5,000 organisations (one transaction)', value: Math.round(loadMs), unit: 'ms' },
    { name: 'partners: whole list sorted by name (5,000 rows)', value: await medianMs(() => listOrganisations(ctx, {})), unit: 'ms', target: '≤ 50 ms' },
    { name: 'partners: first page of 100 sorted by name', value: await medianMs(() => listOrganisations(ctx, { limit: 100 })), unit: 'ms', target: '≤ 50 ms' },
    { name: 'partners: whole list sorted by town (sl_key)', value: await medianMs(() => listOrganisations(ctx, { sortBy: 'city' })), unit: 'ms', target: '≤ 50 ms' },
    { name: 'partners: search "zelezn" (diacritics-free)', value: await medianMs(() => listOrganisations(ctx, { search: 'zelezn' })), unit: 'ms', target: '≤ 50 ms' },
    { name: 'partners: search + sector filter, page of 100', value: await medianMs(() => listOrganisations(ctx, { search: 'sava 1', sectors: ['company'], limit: 100 })), unit: 'ms', target: '≤ 50 ms' },
    { name: 'partners: duplicate check on create', value: await medianMs(() => findDuplicates(ctx, { name: 'Železniško Čebelarstvo 99 d.d.' })), unit: 'ms', target: '≤ 50 ms' },
  ]
  conn.sqlite.close()
  rmSync(dir, { recursive: true, force: true })
  return results
}
