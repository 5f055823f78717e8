/**
 * The programme's published history, year by year: the 2015 pilot (5 ministries, 30 companies, 27 people for
 * about a week), five-fold growth to 2018, mixed teams and workshops from 2016, and from 2023 "Izmenjave za
 * sodelovanje": rolling, open to exchanges within the public sector and with NGOs, each with a driver.
 * Counts between the published points are invented but keep the shape (a dip in 2020 for the epidemic).
 */
/** The day the demo data describes: what lies before it has happened, what lies after is still planned. */
export const AS_OF = '2026-11-23'

export type PlacementKind = 'publicToPrivate' | 'privateToPublic' | 'withinPublic' | 'ngoToPublic' | 'publicToNgo'

export interface ChallengePlan {
  title: string
  description: string | null
}

export interface WorkshopPlan {
  title: string
  heldOn: string
  capacity: number
}

/** The open round's unfinished business, so planning has work to do. */
export interface PendingPlan {
  window: readonly [string, string]
  confirmed: number
  proposed: number
  unplaced: number
}

export interface RoundPlan {
  year: number
  name: string
  kind: 'call' | 'rolling'
  startsOn: string
  endsOn: string
  status: 'closed' | 'open'
  notes: string | null
  /** Completed exchanges: the participants of the round. */
  completed: number
  withdrawn: number
  /** Periods in which exchanges took place. */
  windows: readonly (readonly [string, string])[]
  /** Length of a stay in working days, drawn uniformly from this list. */
  durations: readonly number[]
  /** Share of partners that take part in a year after the one they joined (all do, up to 2018, as published). */
  returningShare: number
  kinds: readonly (readonly [PlacementKind, number])[]
  challenges: readonly ChallengePlan[]
  teamsPerChallenge: number
  workshops: readonly WorkshopPlan[]
  pending?: PendingPlan
}

const CROSS_SECTOR = [['publicToPrivate', 55], ['privateToPublic', 45]] as const
const OPEN_EXCHANGES = [
  ['publicToPrivate', 27], ['privateToPublic', 23], ['withinPublic', 26], ['ngoToPublic', 12], ['publicToNgo', 12],
] as const

const challenge = (title: string, description: string | null = null): ChallengePlan => ({ title, description })
const workshop = (title: string, heldOn: string, capacity = 25): WorkshopPlan => ({ title, heldOn, capacity })

const callRound = (year: number, completed: number, rest: Partial<RoundPlan>): RoundPlan => ({
  year,
  name: `Partnerstvo za spremembe ${year}`,
  kind: 'call',
  startsOn: `${year}-02-01`,
  endsOn: `${year}-12-15`,
  status: 'closed',
  notes: null,
  completed,
  withdrawn: Math.round(completed / 30),
  windows: [[`${year}-04-04`, `${year}-06-17`], [`${year}-09-19`, `${year}-11-25`]],
  durations: [5, 5, 5, 10],
  returningShare: 1,
  kinds: CROSS_SECTOR,
  challenges: [],
  teamsPerChallenge: 1,
  workshops: [],
  ...rest,
})

const rollingRound = (year: number, completed: number, rest: Partial<RoundPlan>): RoundPlan => ({
  ...callRound(year, completed, rest),
  name: `Izmenjave za sodelovanje ${year}`,
  kind: 'rolling',
  startsOn: `${year}-01-01`,
  endsOn: `${year}-12-31`,
  windows: [[`${year}-01-16`, `${year}-06-30`], [`${year}-09-04`, `${year}-12-15`]],
  durations: [2, 3, 5, 5, 10],
  returningShare: 0.75,
  kinds: OPEN_EXCHANGES,
  ...rest,
})

export const ROUND_PLANS: readonly RoundPlan[] = [
  callRound(2015, 27, {
    name: 'Partnerstvo za spremembe 2015 (pilot)',
    startsOn: '2015-06-15',
    endsOn: '2015-12-18',
    notes: 'Pilotni krog s Zbornico mednarodnih podjetij: 5 ministrstev, 30 podjetij, 27 zaposlenih na enotedenski izmenjavi.',
    withdrawn: 0,
    windows: [['2015-10-05', '2015-11-27']],
    durations: [5],
  }),
  callRound(2016, 62, {
    notes: 'Prvič mešane skupine za izbrane izzive in delavnice za nove kompetence.',
    challenges: [
      challenge('Sodelovanje med ministrstvi'), challenge('Motivacija zaposlenih'),
      challenge('E-javne storitve'), challenge('Zmanjševanje administrativnih ovir'),
    ],
    workshops: [workshop('Agilni pristopi k delu', '2016-05-12'), workshop('Čustvena inteligenca in vodenje', '2016-10-06')],
  }),
  callRound(2017, 98, {
    challenges: [
      challenge('Sodelovanje med ministrstvi', 'Kako ministrstva hitreje usklajujejo skupne naloge.'),
      challenge('Motivacija zaposlenih', 'Kako ohraniti zavzetost zaposlenih brez finančnih spodbud.'),
      challenge('Slovenska nacionalna znamka (I Feel Slovenia)', 'Kako podjetja in država skupaj gradijo znamko države.'),
      challenge('E-javne storitve', 'Kako storitve države postanejo preproste za uporabnike.'),
      challenge('Veščine 21. stoletja', 'Katere veščine potrebujejo zaposleni v obeh sektorjih.'),
    ],
    teamsPerChallenge: 2,
    workshops: [
      workshop('Oblikovanje storitev po meri uporabnika', '2017-05-18'), workshop('Komunikacija brez stereotipov', '2017-06-08'),
      workshop('Agilni pristopi k delu', '2017-10-12', 30),
    ],
  }),
  callRound(2018, 135, {
    notes: 'Petkratna rast v treh letih: 8 ministrstev in 46 podjetij.',
    challenges: [
      challenge('Veščine 21. stoletja'), challenge('Digitalna preobrazba storitev'),
      challenge('Privabljanje mladih talentov'), challenge('Boljša zakonodaja'),
    ],
    teamsPerChallenge: 2,
    workshops: [
      workshop('Inovativno reševanje problemov (design thinking)', '2018-04-19', 30), workshop('Vodenje sprememb', '2018-05-24'),
      workshop('Nastopanje in predstavljanje idej', '2018-09-27'), workshop('Podatkovna pismenost', '2018-11-08'),
    ],
  }),
  callRound(2019, 128, {
    returningShare: 0.9,
    challenges: [challenge('Odprti podatki'), challenge('Privabljanje mladih talentov'), challenge('Prijazna uprava za podjetja')],
    teamsPerChallenge: 2,
    workshops: [
      workshop('Podatkovna pismenost', '2019-04-11'), workshop('Coaching za vodje', '2019-06-06'),
      workshop('Timsko delo med sektorji', '2019-10-17', 30),
    ],
  }),
  callRound(2020, 54, {
    notes: 'Zaradi epidemije covid-19 so bile spomladanske izmenjave prekinjene; večina je potekala jeseni.',
    returningShare: 0.6,
    windows: [['2020-02-10', '2020-03-06'], ['2020-09-14', '2020-10-16']],
    durations: [3, 5, 5],
    challenges: [challenge('Delo na daljavo'), challenge('Digitalna preobrazba storitev')],
    workshops: [workshop('Vodenje timov na daljavo', '2020-10-08', 40)],
  }),
  callRound(2021, 71, {
    returningShare: 0.7,
    windows: [['2021-06-07', '2021-07-09'], ['2021-09-13', '2021-11-26']],
    durations: [3, 5, 5],
    challenges: [challenge('Zeleni prehod'), challenge('Hibridno delo')],
    workshops: [workshop('Hibridno delo v praksi', '2021-06-17'), workshop('Odporna organizacija', '2021-10-14')],
  }),
  callRound(2022, 96, {
    returningShare: 0.85,
    challenges: [challenge('Zeleni prehod'), challenge('Umetna inteligenca v javni upravi'), challenge('Privabljanje talentov')],
    workshops: [
      workshop('Umetna inteligenca za začetnike', '2022-05-05'), workshop('Zeleni prehod v praksi', '2022-09-29'),
      workshop('Čustvena inteligenca in vodenje', '2022-11-10'),
    ],
  }),
  rollingRound(2023, 88, {
    notes: 'Po koncu projekta Inovativen.si: izmenjave tudi znotraj javnega sektorja in z nevladnimi organizacijami, brez rokov.',
    challenges: [challenge('Skupni procesi med organizacijami'), challenge('Prenos dobrih praks')],
    workshops: [
      workshop('Prenos dobrih praks med organizacijami', '2023-03-16'), workshop('Skupni procesi: od ideje do izvedbe', '2023-10-19'),
    ],
  }),
  rollingRound(2024, 74, {
    challenges: [challenge('Umetna inteligenca v javni upravi'), challenge('Enostavnejši postopki za podjetja')],
    workshops: [
      workshop('Projektno sodelovanje med organizacijami', '2024-04-18'), workshop('Umetna inteligenca v vsakdanjem delu', '2024-10-10', 30),
    ],
  }),
  rollingRound(2025, 81, {
    challenges: [challenge('Medgeneracijski prenos znanja'), challenge('Podatkovno podprte odločitve')],
    workshops: [
      workshop('Mentorstvo na izmenjavi', '2025-03-13'), workshop('Podatkovno podprte odločitve', '2025-06-05'),
      workshop('Komunikacija v medgeneracijskih timih', '2025-10-16'),
    ],
  }),
  rollingRound(2026, 58, {
    status: 'open',
    notes: 'Interes za izmenjavo je mogoče izraziti kadar koli; decembrske izmenjave so še v načrtovanju.',
    windows: [['2026-01-12', '2026-06-26'], ['2026-09-07', '2026-11-20']],
    challenges: [challenge('Dostopnost digitalnih storitev'), challenge('Zeleno javno naročanje')],
    teamsPerChallenge: 0,
    workshops: [
      workshop('Dostopne digitalne storitve', '2026-03-19'), workshop('Mentorstvo na izmenjavi', '2026-10-15'),
      workshop('Zaključno srečanje udeležencev 2026', '2026-12-10', 40),
    ],
    pending: { window: ['2026-11-30', '2026-12-23'], confirmed: 8, proposed: 14, unplaced: 24 },
  }),
]
