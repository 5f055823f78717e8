import { audit } from '../audit'
import type { ServiceContext } from '../context'
import { loadDemoData } from './index'

/** Loads the demo data set into an empty database and records that it did. */
export function loadDemo(ctx: ServiceContext, seed?: number) {
  const summary = loadDemoData(ctx.conn, { seed })
  ctx.conn.sqlite.transaction(() => audit(ctx, 'database', null, 'demo', null, summary))()
  return summary
}
