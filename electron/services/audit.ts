import type { ServiceContext } from './context'

/** Records one change; call it inside the transaction that makes the change, so both land or neither. */
export function audit(
  ctx: ServiceContext,
  entity: string,
  entityId: number | null,
  action: string,
  before: unknown,
  after: unknown,
): void {
  ctx.conn.sqlite
    .prepare('INSERT INTO audit_log (at, user, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(
      ctx.now().toISOString(),
      ctx.user,
      entity,
      entityId,
      action,
      before === null ? null : JSON.stringify(before),
      after === null ? null : JSON.stringify(after),
    )
}

/** Only the fields that changed, as {field: [before, after]}. */
export function changedFields<T extends object>(before: T, after: T): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {}
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[String(key)] = [before[key], after[key]]
  }
  return changes
}
