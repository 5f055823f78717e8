import { UserError } from '../../../../shared/errors'
import type { WorkshopAttendee } from '../../../../shared/planning/board'
import { audit } from '../../audit'
import type { ServiceContext } from '../../context'
import { getRound } from '../../rounds/rounds'

/** Everyone registered for the round's workshops, workshop by workshop, in Slovenian alphabetical order. */
export function listAttendance(ctx: ServiceContext, roundId: number): WorkshopAttendee[] {
  getRound(ctx, roundId)
  return (
    ctx.conn.sqlite
      .prepare(
        `SELECT a.workshop_id AS workshopId, a.person_id AS personId,
                NULLIF(trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')), '') AS name,
                o.name AS organisationName, a.attended
           FROM workshop_attendance a JOIN workshops w ON w.id = a.workshop_id JOIN people pe ON pe.id = a.person_id
           JOIN organisations o ON o.id = pe.organisation_id
          WHERE w.round_id = ? ORDER BY a.workshop_id, pe.sort_key, a.person_id`,
      )
      .all(roundId) as Array<Omit<WorkshopAttendee, 'attended'> & { attended: number }>
  ).map((r) => ({ ...r, attended: r.attended === 1 }))
}

function workshopRound(ctx: ServiceContext, workshopId: number): { roundId: number; capacity: number | null; title: string } {
  const row = ctx.conn.sqlite.prepare('SELECT round_id AS roundId, capacity, title FROM workshops WHERE id = ?').get(workshopId) as
    | { roundId: number; capacity: number | null; title: string }
    | undefined
  if (!row) throw new UserError('rounds.workshopNotFound', { id: workshopId })
  return row
}

/** Registers a participant of the round for a workshop, within its capacity. */
export function registerForWorkshop(ctx: ServiceContext, workshopId: number, personId: number): WorkshopAttendee[] {
  const db = ctx.conn.sqlite
  return db.transaction(() => {
    const w = workshopRound(ctx, workshopId)
    if (!db.prepare('SELECT 1 FROM nominations WHERE round_id = ? AND person_id = ?').get(w.roundId, personId)) {
      throw new UserError('planning.notAParticipant', { person: personId })
    }
    if (db.prepare('SELECT 1 FROM workshop_attendance WHERE workshop_id = ? AND person_id = ?').get(workshopId, personId)) return listAttendance(ctx, w.roundId)
    const count = (db.prepare('SELECT count(*) AS n FROM workshop_attendance WHERE workshop_id = ?').get(workshopId) as { n: number }).n
    if (w.capacity !== null && count >= w.capacity) throw new UserError('planning.workshopFull', { title: w.title, capacity: w.capacity })
    db.prepare('INSERT INTO workshop_attendance (workshop_id, person_id, attended) VALUES (?, ?, 0)').run(workshopId, personId)
    audit(ctx, 'workshop', workshopId, 'register', null, { personId })
    return listAttendance(ctx, w.roundId)
  })()
}

export function unregisterFromWorkshop(ctx: ServiceContext, workshopId: number, personId: number): WorkshopAttendee[] {
  return ctx.conn.sqlite.transaction(() => {
    const w = workshopRound(ctx, workshopId)
    const changes = ctx.conn.sqlite.prepare('DELETE FROM workshop_attendance WHERE workshop_id = ? AND person_id = ?').run(workshopId, personId).changes
    if (changes > 0) audit(ctx, 'workshop', workshopId, 'unregister', { personId }, null)
    return listAttendance(ctx, w.roundId)
  })()
}

export function setAttended(ctx: ServiceContext, workshopId: number, personId: number, attended: boolean): WorkshopAttendee[] {
  return ctx.conn.sqlite.transaction(() => {
    const w = workshopRound(ctx, workshopId)
    const changes = ctx.conn.sqlite
      .prepare('UPDATE workshop_attendance SET attended = ? WHERE workshop_id = ? AND person_id = ?')
      .run(attended ? 1 : 0, workshopId, personId).changes
    if (changes === 0) throw new UserError('planning.notRegistered', { person: personId, title: w.title })
    audit(ctx, 'workshop', workshopId, attended ? 'attended' : 'absent', null, { personId })
    return listAttendance(ctx, w.roundId)
  })()
}
