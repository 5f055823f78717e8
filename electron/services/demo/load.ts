import { audit } from '../audit'
import type { ServiceContext } from '../context'
import { readSetting, setMinistry } from '../settings/settings'
import { loadDemoData } from './index'

/** A letterhead for the demo, so its letters can be printed at once; never over details the user has entered. */
const DEMO_MINISTRY = {
  name: 'Ministrstvo za javno upravo',
  nameEn: 'Ministry of Public Administration',
  street: 'Tržaška cesta 21',
  postcode: '1000',
  city: 'Ljubljana',
  signatoryName: 'mag. Nataša Kovačič',
  signatoryTitle: 'generalna direktorica Direktorata za javni sektor',
  place: 'Ljubljana',
  referencePattern: '0100-12/{year}-{seq}',
  footer: 'T: 01 478 16 00 · E: gp.mju@gov.si · www.gov.si',
  logoDataUrl: null,
}

/**
 * Loads the demo data set into an empty database, with its letterhead, and records that it did: all in one
 * transaction, so a crash leaves either all of it or an empty file (the crash tests kill it at random moments).
 */
export function loadDemo(ctx: ServiceContext, seed?: number) {
  return ctx.conn.sqlite.transaction(() => {
    const summary = loadDemoData(ctx.conn, { seed })
    audit(ctx, 'database', null, 'demo', null, summary)
    if (readSetting(ctx, 'ministry', null) === null) setMinistry(ctx, DEMO_MINISTRY)
    return summary
  }).immediate()
}
