import { StatsFixture } from './fixture'

/**
 * A small programme whose figures are worked out by hand in the tests (stats.test.ts explains each).
 * 2015: a pilot of two placements. 2023: an organisation that is still a public body, a stay over new year.
 * 2024: eight counted placements with every direction, a withdrawn and a proposed one, a person placed twice,
 * an organisation that changed sector, an NGO, an association, an organisation that only offered places.
 */
export async function buildWorld() {
  const f = await StatsFixture.create()
  const o = {
    minA: f.org('Ministrstvo A', 'ministry', 2015),
    minB: f.org('Ministrstvo B', 'ministry', null),
    pb: f.org('Zavod P', 'public-body', 2020),
    coA: f.org('Podjetje A d.o.o.', 'company', 2024),
    coB: f.org('Podjetje B d.d.', 'company', null),
    ngo: f.org('Društvo N', 'ngo', 2024),
    assoc: f.org('Zbornica Z', 'association', 2019),
    change: f.org('Agencija S', 'public-body', 2018),
    offerOnly: f.org('Podjetje O d.o.o.', 'company', null),
    withdrawnOnly: f.org('Podjetje W d.o.o.', 'company', null),
    signedOnly: f.org('Podjetje Q d.o.o.', 'company', 2024),
    pilotCo: f.org('Pilotno podjetje d.o.o.', 'company', 2015),
  }
  const r = {
    y2015: f.round('Partnerstvo 2015', '2015-06-15'),
    y2023: f.round('Izmenjave 2023', '2023-01-01'),
    y2024: f.round('Izmenjave 2024', '2024-01-01'),
    y2025: f.round('Izmenjave 2025', '2025-01-01'),
  }
  f.placement({ round: r.y2015, home: o.minA, host: o.pilotCo, startsOn: '2015-10-05', endsOn: '2015-10-09' })
  f.placement({ round: r.y2015, home: o.pilotCo, host: o.minA, startsOn: '2015-10-12', endsOn: '2015-10-16' })

  const p11 = f.placement({ round: r.y2023, home: o.change, host: o.coB, startsOn: '2023-05-08', endsOn: '2023-05-12', daysActual: 5 })
  const p12 = f.placement({ round: r.y2023, home: o.coB, host: o.minA, startsOn: '2023-12-27', endsOn: '2024-01-05', daysActual: 6 })
  f.setSector(o.change, 'company')

  const p1 = f.placement({ round: r.y2024, home: o.minA, host: o.coA, startsOn: '2024-03-04', endsOn: '2024-03-08', driver: 'process', gender: 'f', daysActual: 5, participantRating: 5, hostRating: 4 })
  const p2 = f.placement({ round: r.y2024, home: o.coA, host: o.minA, startsOn: '2024-04-08', endsOn: '2024-04-12', driver: 'project', gender: 'm', daysActual: 4, participantRating: 4, hostRating: 4 })
  const p3 = f.placement({ round: r.y2024, home: o.minA, host: o.pb, startsOn: '2024-05-06', endsOn: '2024-05-10', status: 'confirmed', driver: 'practice' })
  f.placement({ round: r.y2024, home: o.ngo, host: o.minB, startsOn: '2024-06-03', endsOn: '2024-06-07', driver: 'process', gender: 'f', daysActual: 5, participantRating: 3, hostRating: 5 })
  const p5 = f.placement({ round: r.y2024, home: o.assoc, host: o.coB, startsOn: '2024-09-02', endsOn: '2024-09-04', gender: 'x', daysActual: 3, participantRating: 2, hostRating: 0 })
  const p6 = f.placement({ round: r.y2024, home: o.change, host: o.pb, startsOn: '2024-10-07', endsOn: '2024-10-11', driver: 'project', gender: 'm', daysActual: 5, participantRating: 5, hostRating: 3 })
  const p7 = f.placement({ round: r.y2024, home: o.minB, host: o.coB, startsOn: '2024-12-23', endsOn: '2025-01-03', status: 'confirmed', driver: 'practice', gender: 'f' })
  f.placement({ round: r.y2024, home: o.minA, host: o.withdrawnOnly, startsOn: '2024-11-04', endsOn: '2024-11-08', status: 'withdrawn', gender: 'm', participantRating: 1 })
  f.placement({ round: r.y2024, home: o.coA, host: o.minB, startsOn: '2024-11-11', endsOn: '2024-11-15', status: 'proposed', gender: 'm' })
  f.placement({ round: r.y2024, home: o.minA, host: o.ngo, startsOn: '2024-11-18', endsOn: '2024-11-22', driver: 'process', person: p1.person, daysActual: 5, participantRating: 4 })
  f.offer(r.y2024, o.offerOnly, 2)
  f.offer(r.y2024, o.coA, 1)

  f.placement({ round: r.y2025, home: o.coA, host: o.minA, startsOn: '2025-02-03', endsOn: '2025-02-07' })
  f.placement({ round: r.y2024, home: o.coB, host: o.minA, startsOn: '2025-01-13', endsOn: '2025-01-17' })

  const c23 = f.challenge(r.y2023, 'Skupni procesi')
  f.team(r.y2023, c23, [p11.person, p12.person])
  const [c1, c2] = [f.challenge(r.y2024, 'Izziv 1'), f.challenge(r.y2024, 'Izziv 2'), f.challenge(r.y2024, 'Izziv 3')]
  const noPlacement = f.person(o.pb, 'f', 'Brez')
  f.team(r.y2024, c1!, [p1.person, p2.person])
  f.team(r.y2024, c2!, [p3.person, p7.person])
  f.team(r.y2024, c1!, [p6.person, p5.person])
  f.team(r.y2024, c2!, [noPlacement, p2.person])

  f.workshop(r.y2024, '2024-05-15', 20, [[p1.person, true], [p2.person, true], [p3.person, false]])
  f.workshop(r.y2024, null, null, [[p1.person, true]])
  f.workshop(r.y2024, '2025-01-20', 15, [[p5.person, true]])
  f.workshop(r.y2023, '2024-01-10', 10, [[p7.person, true]])

  return { f, o, r }
}
