import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../../electron/services/context'
import { getBoard } from '../../../electron/services/planning/store/board'
import { listRounds } from '../../../electron/services/rounds/rounds'
import { getStatistics } from '../../../electron/services/stats/statistics'
import { translate } from '../../../shared/i18n/format'
import { demoContext } from '../privacy/helpers'

let ctx: ServiceContext
let cleanup: () => void
beforeEach(async () => ({ ctx, cleanup } = await demoContext()))
afterEach(() => cleanup())

describe('one definition per count word', () => {
  it('Rounds and Planning show the same number of exchanges for a round, and say how it relates to the statistics’ participants', () => {
    const round = listRounds(ctx).find((r) => r.status === 'open')!
    const db = ctx.conn.sqlite
    const byStatus = (status: string) => db.prepare('SELECT count(*) FROM placements WHERE round_id = ? AND status = ?').pluck().get(round.id, status) as number
    const expected = {
      proposed: byStatus('proposed'),
      confirmed: byStatus('confirmed'),
      completed: byStatus('completed'),
    }
    expect(round.exchanges).toEqual({ ...expected, exchanges: expected.proposed + expected.confirmed + expected.completed, counted: expected.confirmed + expected.completed })
    expect(round.placements).toBe(round.exchanges.exchanges)
    expect(expected.proposed).toBeGreaterThan(0)

    const board = getBoard(ctx, round.id)
    expect(board.exchanges).toEqual(round.exchanges)
    // The last proposal's figure is about nominations placed then, not today's exchanges: its words say so.
    expect(translate('sl', 'planning.board.lastProposal', { placed: 104, score: 3 })).not.toMatch(/izmenjav/)

    const stats = getStatistics(ctx.conn, { roundId: round.id })
    expect(stats.participants.total).toBe(round.exchanges.counted)

    const sl = translate('sl', 'counts.exchangesCaption', { ...round.exchanges })
    expect(sl).toMatch(new RegExp(`${expected.proposed} predlagan\\w*, ${expected.confirmed} potrjen\\w*, ${expected.completed} opravljen\\w*`))
    expect(translate('sl', 'counts.exchangesCaption', { proposed: 1, confirmed: 2, completed: 3, counted: 5, exchanges: 6 })).toContain('1 predlagana, 2 potrjeni, 3 opravljene')
    expect(sl).toContain(`le potrjene in opravljene (${round.exchanges.counted})`)
    expect(translate('en', 'counts.exchangesCaption', { ...round.exchanges })).toContain(`(${round.exchanges.counted})`)
    expect(translate('sl', 'counts.exchanges', { count: round.exchanges.exchanges })).toMatch(/^\d+ izmenjav/)
    expect(translate('sl', 'counts.participantsCaption', {})).toMatch(/Udeleženci so potrjene in opravljene izmenjave/)
  })
})
