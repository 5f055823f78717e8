import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { checkPlacement } from '../../../electron/services/planning/check'
import { proposePlan } from '../../../electron/services/planning/propose'
import { directionCase } from '../../../electron/services/stats/sql'
import { SECTORS, type Sector } from '../../../shared/domain/enums'
import { directionOf } from '../../../shared/domain/sectors'
import { EXCHANGE_KINDS, exchangeDirection, parseRoundRules, type ExchangeKind } from '../../../shared/planning/rules'
import { violationMessage } from '../../../shared/planning/messages'
import { translate } from '../../../shared/i18n/format'
import * as stats from '../../../shared/stats/definitions'
import { march, nomination, offer, org, ORGS, round, type OrgName } from './fixtures'

const PAIRS = SECTORS.flatMap((home) => SECTORS.map((host) => [home, host] as const))
const orgOf = (sector: Sector) => Object.keys(ORGS).find((name) => ORGS[name]!.sector === sector) as OrgName
/** A second organisation of the same sector, so that an exchange within a sector is not one at home. */
const otherOf = (sector: Sector, not: OrgName) => Object.keys(ORGS).find((name) => ORGS[name]!.sector === sector && name !== not) as OrgName | undefined

/** What each kind of the round rule allows, in the directions the statistics report. */
const ALLOWED: Record<ExchangeKind, readonly string[]> = {
  'public-private': ['publicToPrivate', 'privateToPublic'],
  'within-public': ['withinPublic'],
  'with-ngos': ['withNgos'],
  'within-private': ['withinPrivate'],
  cross: [],
}

describe('one vocabulary of sectors and directions', () => {
  it('the planner and the statistics (in TypeScript and in SQL) give every pair of sectors the same direction', () => {
    const sqlite = new Database(':memory:')
    const sqlDirection = sqlite.prepare(`SELECT ${directionCase('@home', '@host')} AS d`).pluck()
    for (const [home, host] of PAIRS) {
      const direction = directionOf(home, host)
      expect(stats.directionOf(home, host), `${home} → ${host}`).toBe(direction)
      expect(exchangeDirection(home, host), `${home} → ${host}`).toBe(direction)
      expect(sqlDirection.get({ home, host }), `${home} → ${host}`).toBe(direction)
    }
    sqlite.close()
  })

  it('each round-rule kind allows exactly the directions of its label, for every pair of sectors, in the planner and the check', () => {
    for (const kind of EXCHANGE_KINDS.filter((k) => k !== 'cross')) {
      for (const [home, host] of PAIRS) {
        const homeOrg = orgOf(home)
        const hostOrg = home === host ? otherOf(host, homeOrg) : orgOf(host)
        if (!hostOrg) continue
        const instance = round({ nominations: [nomination(1, homeOrg, [hostOrg])], offers: [offer(1, hostOrg, 1)], rules: { sectorKinds: [kind] } })
        const allowed = ALLOWED[kind].includes(directionOf(home, host))
        const planned = proposePlan(instance).placements.some((p) => p.hostOrganisationId === org(hostOrg))
        expect(planned, `${kind}: ${home} → ${host}`).toBe(allowed)
        const broken = checkPlacement(instance, { nominationId: 1, hostOrganisationId: org(hostOrg), offerId: 1, from: march(2), to: march(6) }, [])
        expect(broken.some((v) => v.rule === 'sector'), `${kind}: ${home} → ${host}`).toBe(!allowed)
      }
    }
  })

  it('"between the public and the private sector" does not let a ministry send someone to an NGO, and says why', () => {
    const instance = round({
      nominations: [nomination(1, 'ministry', ['ngo', 'company'])],
      offers: [offer(1, 'ngo', 1), offer(2, 'company', 1)],
      rules: { sectorKinds: ['public-private'] },
    })
    const plan = proposePlan(instance)
    expect(plan.placements[0]).toMatchObject({ hostOrganisationId: org('company') })
    expect(plan.placements[0]!.explanation.choices).toMatchObject([{ choice: 1, reason: 'sector', kind: 'withNgos' }])
    const violations = checkPlacement(instance, { nominationId: 1, hostOrganisationId: org('ngo'), offerId: 1, from: march(2), to: march(6) }, [])
    expect(violations).toEqual([{ rule: 'sector', params: { kind: 'withNgos' } }])
    const m = violationMessage(violations[0]!)
    expect(translate('sl', m.key, m.values)).toBe('Vrsta izmenjave v tem krogu ni dovoljena (z nevladnimi organizacijami)')
    expect(translate('en', m.key, m.values)).toBe('This kind of exchange is not allowed in this round (with NGOs)')
  })

  it('reads a rule stored by an earlier version ("cross") as before: the public sector with either other side', () => {
    const rules = parseRoundRules('{"sectorKinds":["cross"]}')
    expect(rules.sectorKinds).toEqual(['cross'])
    const allowed = PAIRS.filter(([home, host]) => {
      const homeOrg = orgOf(home)
      const hostOrg = home === host ? otherOf(host, homeOrg) : orgOf(host)
      if (!hostOrg) return false
      const instance = round({ nominations: [nomination(1, homeOrg, [hostOrg])], offers: [offer(1, hostOrg, 1)], rules })
      return proposePlan(instance).placed === 1
    })
    expect(allowed.map(([a, b]) => `${a}>${b}`).sort()).toEqual(
      ['ministry>company', 'ministry>association', 'ministry>ngo', 'public-body>company', 'public-body>association', 'public-body>ngo',
        'company>ministry', 'company>public-body', 'association>ministry', 'association>public-body', 'ngo>ministry', 'ngo>public-body'].sort(),
    )
  })
})
