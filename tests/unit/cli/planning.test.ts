import { describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/run'
import { placeByHand, setLocked } from '../../../electron/services/planning/store/changes'
import { plannedWorld, snapshot } from '../planning/store/world'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  // The round is planned before it begins (the world's clock): nothing may start before today plus the notice.
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date('2026-02-02T10:00:00Z') })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

/** Two ministries sending, two companies and an NGO hosting, each with one place in April–May. */
async function world() {
  const w = await plannedWorld()
  const finance = w.org('Ministrstvo za finance', 'ministry')
  const health = w.org('Ministrstvo za zdravje', 'ministry')
  const bank = w.org('Banka Čebelica d.d.', 'company')
  const mill = w.org('Mlin Žito d.o.o.', 'company')
  const kres = w.org('Zavod Kres', 'ngo')
  // The CLI opens the file on its own connection, as a second process would; the test keeps its own open.
  const plan = (...extra: string[]) => run('--db', w.file, 'round', 'plan', '--round', String(w.round), '--json', ...extra)
  return { ...w, finance, health, bank, mill, kres, plan }
}

describe('round plan', () => {
  it('--dry-run prints the diff and writes nothing; --undo brings the previous proposal back', async () => {
    const w = await world()
    w.offer(w.bank, 1)
    w.offer(w.mill, 1)
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
    await w.plan()
    w.nominate(w.health, 'Bor Kos', [w.bank, w.mill])
    const before = snapshot(w.db, w.round)
    const dry = await w.plan('--dry-run')
    expect(dry.code).toBe(0)
    const json = JSON.parse(dry.stdout)
    expect(json.dryRun).toBe(true)
    expect(json.diff.counts).toEqual({ moved: 0, new: 1, dropped: 0, kept: 1 })
    expect(json.diff.entries.find((e: { kind: string }) => e.kind === 'new')).toMatchObject({ name: 'Bor Kos', after: { hostName: 'Mlin Žito d.o.o.' } })
    expect(snapshot(w.db, w.round)).toEqual(before)

    const stored = await w.plan()
    expect(JSON.parse(stored.stdout).diff.counts).toEqual(json.diff.counts)
    expect(w.db.prepare("SELECT count(*) AS n FROM placements WHERE round_id = ?").get(w.round)).toEqual({ n: 2 })
    const undo = await run('--db', w.file, 'round', 'plan', '--round', String(w.round), '--undo', '--json')
    expect(undo.code).toBe(0)
    expect(JSON.parse(undo.stdout)).toEqual({ restored: 1, removed: 2 })
    expect(w.db.prepare("SELECT nomination_id AS n FROM placements WHERE round_id = ?").all(w.round)).toEqual([{ n: ana }])
    // The first proposal replaced nothing, so there is nothing further back.
    const empty = await run('--db', w.file, 'round', 'restore-proposal', '--round', String(w.round))
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('no earlier proposal')
  })

  it('prints exactly the issue’s JSON, proven optimal, and stores the proposal with sectors, scores and statuses', async () => {
    const w = await world()
    const mentor = w.mentor(w.bank, 'Marta Mentor')
    w.offer(w.bank, 1, '2026-04-01', '2026-05-31', mentor)
    w.offer(w.mill, 1)
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank, w.mill])
    const bor = w.nominate(w.health, 'Bor Kos', [w.bank, w.mill])
    const cene = w.nominate(w.health, 'Cene Bizjak', [w.bank])
    const result = await w.plan()
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(Object.keys(json)).toEqual(['placed', 'unplaced', 'score', 'optimal', 'placements', 'unplacedReasons', 'diff', 'dryRun'])
    // Two places, three people: best is one 1st choice (3) and one 2nd choice (2); Cene has only the bank.
    expect(json).toMatchObject({ placed: 2, unplaced: 1, score: 5, optimal: true })
    // Five working days from Wednesday 1 April 2026: the weekend and Easter Monday (6 April) are skipped.
    expect(json.placements).toEqual([
      { nomination: ana, host: w.mill, from: '2026-04-01', to: '2026-04-08', preferenceRank: 2 },
      { nomination: bor, host: w.bank, from: '2026-04-01', to: '2026-04-08', preferenceRank: 1 },
    ].sort((a, b) => a.nomination - b.nomination))
    expect(json.unplacedReasons).toEqual([{ nomination: cene, code: 'all-full', params: expect.any(Object) }])

    const stored = w.db.prepare('SELECT nomination_id, host_organisation_id, home_sector, host_sector, status, locked, score, mentor_contact_id FROM placements ORDER BY nomination_id').all()
    expect(stored).toEqual([
      { nomination_id: ana, host_organisation_id: w.mill, home_sector: 'ministry', host_sector: 'company', status: 'proposed', locked: 0, score: 2, mentor_contact_id: null },
      { nomination_id: bor, host_organisation_id: w.bank, home_sector: 'ministry', host_sector: 'company', status: 'proposed', locked: 0, score: 3, mentor_contact_id: mentor },
    ])
    expect(w.db.prepare('SELECT status FROM nominations ORDER BY id').all()).toEqual([{ status: 'proposed' }, { status: 'proposed' }, { status: 'nominated' }])
    expect(w.db.prepare("SELECT action FROM audit_log WHERE entity = 'round'").all()).toEqual([{ action: 'plan' }])

    const listed = await run('--db', w.file, 'round', 'placements', '--round', 'Krog 2026', '--json')
    expect(JSON.parse(listed.stdout).map((p: { name: string; hostName: string }) => [p.name, p.hostName])).toEqual([
      ['Bor Kos', 'Banka Čebelica d.d.'],
      ['Ana Novak', 'Mlin Žito d.o.o.'],
    ])
  })

  it('says why in the user’s language and exits 1 on a bad round', async () => {
    const w = await world()
    w.offer(w.bank, 1)
    w.nominate(w.finance, 'Ana Novak', [w.bank], { from: '2026-09-01', to: '2026-09-30' })
    const sl = await run('--db', w.file, '--lang', 'sl', 'round', 'plan', '--round', String(w.round))
    expect(sl.code).toBe(0)
    expect(sl.stdout).toContain('0 izmenjav, 1 brez mesta, 0 točk')
    expect(sl.stdout).toContain('Noben primeren gostitelj nima ponudbe v obdobju, ko je udeleženec na voljo')
    expect(await run('--db', w.file, 'round', 'plan', '--round', 'Nobeden')).toMatchObject({ code: 1, stdout: '' })
    expect((await run('--db', w.file, 'round', 'plan')).stderr).toContain('--round')
  })

  // Each rule: the same nomination is placed without it and left out with it, for the reason the rule gives.
  const rules: Array<[string, string, (w: Awaited<ReturnType<typeof world>>, nomination: () => number) => void]> = [
    ['own organisation', 'no-eligible-host', (w) => w.db.prepare('UPDATE people SET organisation_id = ?').run(w.bank)],
    ['conflict of interest', 'no-eligible-host', (w) => w.conflict(w.bank, w.finance, 'regulates the bank')],
    ['sector (cross-sector by default)', 'no-eligible-host', (w) => w.db.prepare("UPDATE organisations SET sector = 'public-body' WHERE id = ?").run(w.bank)],
    ['availability', 'availability', (w) => w.db.prepare("UPDATE nominations SET available_from = '2026-07-01', available_to = '2026-07-31'").run()],
    ['duration within availability', 'window-too-short', (w) => w.db.prepare("UPDATE nominations SET available_from = '2026-04-01', available_to = '2026-04-03'").run()],
    ['capacity', 'all-full', (w) => {
      const other = w.nominate(w.health, 'Bor Kos', [w.bank])
      w.db.prepare("INSERT INTO placements (round_id, nomination_id, home_organisation_id, host_organisation_id, home_sector, host_sector, starts_on, ends_on, status) VALUES (?, ?, ?, ?, 'ministry', 'company', '2026-04-01', '2026-04-05', 'confirmed')").run(w.round, other, w.health, w.bank)
    }],
  ]
  for (const [rule, code, breakIt] of rules) {
    it(`respects the rule: ${rule}`, async () => {
      const w = await world()
      w.offer(w.bank, 1)
      const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
      const placed = JSON.parse((await w.plan()).stdout)
      expect(placed.placements.map((p: { nomination: number }) => p.nomination)).toContain(ana)
      breakIt(w, () => ana)
      const json = JSON.parse((await w.plan()).stdout)
      expect(json.placements.map((p: { nomination: number }) => p.nomination)).not.toContain(ana)
      expect(json.unplacedReasons).toContainEqual(expect.objectContaining({ nomination: ana, code }))
      expect(json.optimal).toBe(true)
    })
  }

  it('keeps locked, confirmed and hand-made placements and plans the rest around them', async () => {
    const w = await world()
    w.offer(w.bank, 1)
    w.offer(w.mill, 2)
    const ana = w.nominate(w.finance, 'Ana Novak', [w.bank])
    const bor = w.nominate(w.health, 'Bor Kos', [w.bank, w.mill])
    const first = JSON.parse((await w.plan()).stdout)
    const anaAtBank = first.placements.find((p: { nomination: number }) => p.nomination === ana)
    expect(anaAtBank.host).toBe(w.bank)
    // Bor is moved to the bank by hand (the bank is then over capacity: a reason is needed) and locked.
    expect(() => placeByHand(w.ctx, { nominationId: bor, hostOrganisationId: w.bank, startsOn: '2026-04-06', endsOn: '2026-04-10' })).toThrow(/overrideNeeded/)
    const moved = placeByHand(w.ctx, { nominationId: bor, hostOrganisationId: w.bank, startsOn: '2026-04-06', endsOn: '2026-04-10', overrideReason: 'The bank agreed to a second guest' })
    expect(moved).toMatchObject({ locked: true, overrideReason: 'The bank agreed to a second guest', preferenceRank: 1 })
    const again = JSON.parse((await w.plan()).stdout)
    expect(again.placements).toContainEqual({ nomination: bor, host: w.bank, from: '2026-04-06', to: '2026-04-10', preferenceRank: 1 })
    // The lock holds the bank's only place, so Ana (unlocked) is moved to the mill, a host she did not name.
    expect(again).toMatchObject({ placed: 2, optimal: true })
    expect(again.placements.find((p: { nomination: number }) => p.nomination === ana)).toMatchObject({ host: w.mill, preferenceRank: 0 })
    // Unlocking lets the proposal move Bor back to where the rules allow.
    setLocked(w.ctx, moved.id, false)
    const third = JSON.parse((await w.plan()).stdout)
    expect(third.placements.find((p: { nomination: number }) => p.nomination === bor).host).toBe(w.mill)
  })

  it('stores all or nothing: a failure half-way leaves placements, statuses and the audit log as they were', async () => {
    const w = await world()
    w.offer(w.bank, 1)
    w.offer(w.mill, 1)
    w.nominate(w.finance, 'Ana Novak', [w.bank])
    w.nominate(w.health, 'Bor Kos', [w.mill])
    await w.plan()
    w.nominate(w.health, 'Cene Bizjak', [w.mill])
    w.db.prepare('UPDATE offers SET places = 2').run()
    const before = snapshot(w.db, w.round)
    w.db.exec(`CREATE TRIGGER fail_third AFTER INSERT ON placements WHEN (SELECT count(*) FROM placements) >= 3
               BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const failed = await w.plan()
    expect(failed.code).toBe(2)
    expect(snapshot(w.db, w.round)).toEqual(before)
  })
})
