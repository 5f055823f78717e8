import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statsApi } from '../../../shared/api/stats'
import { statsHandlers } from '../../../electron/services/stats/handlers'
import { getStatistics } from '../../../electron/services/stats/statistics'
import type { ServiceContext } from '../../../electron/services/context'
import { buildWorld } from './world'

let world: Awaited<ReturnType<typeof buildWorld>>
let ctx: ServiceContext
beforeAll(async () => {
  world = await buildWorld()
  ctx = { conn: world.f.conn, user: 'tester', now: () => new Date('2026-11-22T10:00:00Z'), defaultBackupFolder: world.f.dir, reopen: async () => world.f.conn }
})
afterAll(() => world.f.close())

const auditRows = () => world.f.conn.sqlite.prepare("SELECT action, after FROM audit_log WHERE entity = 'statistics'").all() as Array<{ action: string; after: string }>

describe('statistics over IPC', () => {
  it('accepts a year, a range or a round and refuses anything else with the field named', () => {
    expect(statsApi.get.input.safeParse({ period: { year: 2024 } }).success).toBe(true)
    expect(statsApi.get.input.safeParse({ period: { from: 2015, to: 2024 } }).success).toBe(true)
    expect(statsApi.get.input.safeParse({ period: { roundId: 3 } }).success).toBe(true)
    const backwards = statsApi.get.input.safeParse({ period: { from: 2024, to: 2015 } })
    expect(backwards.success).toBe(false)
    expect(statsApi.get.input.safeParse({ period: { year: 20024 } }).success).toBe(false)
  })

  it('returns the same figures as the service', async () => {
    expect(await statsHandlers.get(ctx, { period: { year: 2024 } })).toEqual(getStatistics(ctx.conn, { year: 2024 }))
  })

  it('exports the workbook, and records an export with personal data in the audit log (only then)', async () => {
    const plain = await statsHandlers.export(ctx, { period: { year: 2024 }, file: join(world.f.dir, 'a.xlsx'), language: 'en', detail: true, includePersonalData: false })
    expect(plain).toMatchObject({ file: join(world.f.dir, 'a.xlsx'), detailRows: 8 })
    expect(auditRows()).toEqual([])
    await statsHandlers.export(ctx, { period: { year: 2024 }, file: join(world.f.dir, 'b.xlsx'), language: 'sl', detail: false, includePersonalData: true })
    const rows = auditRows()
    expect(rows).toHaveLength(1)
    expect(JSON.parse(rows[0]!.after)).toMatchObject({ personalData: true, rows: 8, period: { year: 2024 } })
  })
})
