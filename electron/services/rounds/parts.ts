import { eq } from 'drizzle-orm'
import { challenges, workshops } from '../../../db/schema'
import { challengeFields, workshopFields } from '../../../shared/api/rounds'
import type { Challenge, Workshop } from '../../../shared/domain/rounds'
import type { z } from 'zod'
import { UserError } from '../../../shared/errors'
import { audit } from '../audit'
import type { ServiceContext } from '../context'
import { getRound } from './rounds'

function getChallenge(ctx: ServiceContext, id: number): Challenge {
  const row = ctx.conn.orm.select().from(challenges).where(eq(challenges.id, id)).get()
  if (!row) throw new UserError('rounds.challengeNotFound', { id })
  return row
}

function getWorkshop(ctx: ServiceContext, id: number): Workshop {
  const row = ctx.conn.orm
    .select({ id: workshops.id, roundId: workshops.roundId, title: workshops.title, heldOn: workshops.heldOn, capacity: workshops.capacity })
    .from(workshops)
    .where(eq(workshops.id, id))
    .get()
  if (!row) throw new UserError('rounds.workshopNotFound', { id })
  return row
}

export function addChallenge(ctx: ServiceContext, roundId: number, input: z.input<typeof challengeFields>): Challenge {
  const fields = challengeFields.parse(input)
  return ctx.conn.sqlite.transaction(() => {
    getRound(ctx, roundId)
    const { id } = ctx.conn.orm.insert(challenges).values({ ...fields, roundId }).returning({ id: challenges.id }).get()
    const challenge = getChallenge(ctx, id)
    audit(ctx, 'challenge', id, 'create', null, challenge)
    return challenge
  })()
}

export function updateChallenge(ctx: ServiceContext, id: number, input: z.input<typeof challengeFields>): Challenge {
  const fields = challengeFields.parse(input)
  return ctx.conn.sqlite.transaction(() => {
    const before = getChallenge(ctx, id)
    ctx.conn.orm.update(challenges).set(fields).where(eq(challenges.id, id)).run()
    const after = getChallenge(ctx, id)
    audit(ctx, 'challenge', id, 'update', before, after)
    return after
  })()
}

/** A challenge that teams or nominations already use stays. */
export function removeChallenge(ctx: ServiceContext, id: number): { removed: true } {
  return ctx.conn.sqlite.transaction(() => {
    const before = getChallenge(ctx, id)
    const used = ctx.conn.sqlite
      .prepare('SELECT EXISTS (SELECT 1 FROM teams WHERE challenge_id = ?) OR EXISTS (SELECT 1 FROM nominations WHERE challenge_id = ?) AS used')
      .get(id, id) as { used: number }
    if (used.used) throw new UserError('rounds.challengeInUse', { title: before.title })
    ctx.conn.orm.delete(challenges).where(eq(challenges.id, id)).run()
    audit(ctx, 'challenge', id, 'delete', before, null)
    return { removed: true as const }
  })()
}

export function addWorkshop(ctx: ServiceContext, roundId: number, input: z.input<typeof workshopFields>): Workshop {
  const fields = workshopFields.parse(input)
  return ctx.conn.sqlite.transaction(() => {
    getRound(ctx, roundId)
    const { id } = ctx.conn.orm.insert(workshops).values({ ...fields, roundId }).returning({ id: workshops.id }).get()
    const workshop = getWorkshop(ctx, id)
    audit(ctx, 'workshop', id, 'create', null, workshop)
    return workshop
  })()
}

export function updateWorkshop(ctx: ServiceContext, id: number, input: z.input<typeof workshopFields>): Workshop {
  const fields = workshopFields.parse(input)
  return ctx.conn.sqlite.transaction(() => {
    const before = getWorkshop(ctx, id)
    ctx.conn.orm.update(workshops).set(fields).where(eq(workshops.id, id)).run()
    const after = getWorkshop(ctx, id)
    audit(ctx, 'workshop', id, 'update', before, after)
    return after
  })()
}

/** A workshop with recorded attendance stays. */
export function removeWorkshop(ctx: ServiceContext, id: number): { removed: true } {
  return ctx.conn.sqlite.transaction(() => {
    const before = getWorkshop(ctx, id)
    const used = ctx.conn.sqlite.prepare('SELECT EXISTS (SELECT 1 FROM workshop_attendance WHERE workshop_id = ?) AS used').get(id) as { used: number }
    if (used.used) throw new UserError('rounds.workshopInUse', { title: before.title })
    ctx.conn.orm.delete(workshops).where(eq(workshops.id, id)).run()
    audit(ctx, 'workshop', id, 'delete', before, null)
    return { removed: true as const }
  })()
}
