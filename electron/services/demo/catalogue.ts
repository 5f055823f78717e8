import type { TownKey } from './places'

export type Sector = 'ministry' | 'public-body' | 'company' | 'ngo' | 'association'

/**
 * One partner organisation of the demo programme. Ministries and public bodies carry their real names (they
 * are public institutions); companies, NGOs and associations are invented, so no real business appears in a
 * demo. `since` is the year the organisation first took part; the history generator relies on it.
 */
export interface OrgSpec {
  name: string
  shortName?: string
  sector: Sector
  town: TownKey
  /** A fixed street address (ministries); others get a drawn one. */
  street?: string
  since: number
  /** Last year it took part; it is a former partner afterwards. */
  leftAfter?: number
  /** Taking a break from this year on. */
  pausedFrom?: number
  /** A Slovenian branch of an international group: its people often work in English. */
  international?: boolean
  notes?: string
}

const ministry = (name: string, shortName: string, street: string, since: number): OrgSpec => ({
  name, shortName, sector: 'ministry', town: 'Ljubljana', street, since,
})
const company = (name: string, town: TownKey, since: number, extra: Partial<OrgSpec> = {}): OrgSpec => ({
  name, sector: 'company', town, since, ...extra,
})
const publicBody = (name: string, shortName: string, town: TownKey, street: string, since: number): OrgSpec => ({
  name, shortName, sector: 'public-body', town, street, since,
})
const ngo = (name: string, town: TownKey, since: number, extra: Partial<OrgSpec> = {}): OrgSpec => ({
  name, sector: 'ngo', town, since, ...extra,
})

/** Five ministries in the 2015 pilot, then one a year until eight in 2018; the digital ministry was founded in 2023. */
export const MINISTRIES: OrgSpec[] = [
  { ...ministry('Ministrstvo za javno upravo', 'MJU', 'Tržaška cesta 21', 2015), notes: 'Nosilec programa; pisarna programa izmenjav.' },
  ministry('Ministrstvo za finance', 'MF', 'Župančičeva ulica 3', 2015),
  ministry('Ministrstvo za zdravje', 'MZ', 'Štefanova ulica 5', 2015),
  ministry('Ministrstvo za gospodarstvo, turizem in šport', 'MGTŠ', 'Kotnikova ulica 5', 2015),
  ministry('Ministrstvo za okolje, podnebje in energijo', 'MOPE', 'Langusova ulica 4', 2015),
  ministry('Ministrstvo za delo, družino, socialne zadeve in enake možnosti', 'MDDSZEM', 'Štukljeva cesta 44', 2016),
  ministry('Ministrstvo za kmetijstvo, gozdarstvo in prehrano', 'MKGP', 'Dunajska cesta 22', 2017),
  ministry('Ministrstvo za pravosodje', 'MP', 'Župančičeva ulica 3', 2018),
  ministry('Ministrstvo za digitalno preobrazbo', 'MDP', 'Davčna ulica 1', 2023),
]

/** Other public bodies join mostly when exchanges opened to the whole public sector in 2023. */
export const PUBLIC_BODIES: OrgSpec[] = [
  publicBody('Statistični urad Republike Slovenije', 'SURS', 'Ljubljana', 'Litostrojska cesta 54', 2019),
  publicBody('Agencija za energijo', 'AGEN-RS', 'Maribor', 'Strossmayerjeva ulica 30', 2023),
  publicBody('Mestna občina Kranj', 'MO Kranj', 'Kranj', 'Slovenski trg 1', 2023),
  publicBody('Nacionalni inštitut za javno zdravje', 'NIJZ', 'Ljubljana', 'Trubarjeva cesta 2', 2024),
]

/** Thirty companies in the pilot, 46 by 2018, a few later; three have left and two are pausing. */
export const COMPANIES: OrgSpec[] = [
  company('Železniško transportna družba d.o.o.', 'Ljubljana', 2015, { shortName: 'ŽTD' }),
  company('Čebelarstvo Žužemberk d.o.o.', 'Zuzemberk', 2015),
  company('Šumi Soft d.d.', 'Maribor', 2015),
  company('Kovinarstvo Štajerc d.o.o.', 'Ptuj', 2015),
  company('Lesni inženiring Žagar d.o.o.', 'SlovenjGradec', 2015),
  company('Računalništvo Čadež d.o.o.', 'SkofjaLoka', 2015),
  company('Gradnje Krašovec d.d.', 'NovoMesto', 2015, { leftAfter: 2019, notes: 'Sodelovanje končano po reorganizaciji družbe.' }),
  company('Mlekarstvo Šmarnica d.o.o.', 'Smarje', 2015),
  company('Zavarovalnica Kresnik d.d.', 'Ljubljana', 2015),
  company('Hranilnica Gorjanci d.d.', 'NovoMesto', 2015),
  company('Sončne elektrarne Ščavničar d.o.o.', 'MurskaSobota', 2015),
  company('Logistika Drava-Mura d.o.o.', 'Maribor', 2015),
  company('Farmacevtika Žitnik d.d.', 'Kranj', 2015),
  company('Tekstil Čufar d.o.o.', 'Jesenice', 2015, { pausedFrom: 2025, notes: 'Sodelovanje začasno prekinjeno zaradi prestrukturiranja.' }),
  company('Pivovarna Šentjurski hmelj d.o.o.', 'Sentjur', 2015),
  company('Telekomunikacije Kras d.o.o.', 'Sezana', 2015),
  company('Steklarstvo Ščurek d.o.o.', 'Trbovlje', 2015, { leftAfter: 2020 }),
  company('Avtoservis Štrukelj d.o.o.', 'Celje', 2015),
  company('Elektro inštalacije Žnidaršič d.o.o.', 'Grosuplje', 2015),
  company('Embalaža Šuštar d.o.o.', 'Vrhnika', 2015),
  company('Svetovanje Škerjanc in partnerji d.o.o.', 'Ljubljana', 2015, { shortName: 'Škerjanc in partnerji' }),
  company('Notranja oprema Žibert d.o.o.', 'Kamnik', 2015),
  company('Podatkovni center Šiška d.o.o.', 'Ljubljana', 2015),
  company('Optika Žužek d.o.o.', 'Domzale', 2015),
  company('Tiskarna Čretnik d.o.o.', 'Zalec', 2015),
  company('Komunikacijska agencija Ščitnik d.o.o.', 'Ljubljana', 2015),
  company('Northbridge Consulting d.o.o.', 'Ljubljana', 2015, { international: true }),
  company('Alpine Data Systems d.o.o.', 'Ljubljana', 2015, { international: true, shortName: 'ADS' }),
  company('Danubia Pharma d.o.o.', 'Ljubljana', 2015, { international: true }),
  company('Meridian Logistics Slovenija d.o.o.', 'Koper', 2015, { international: true }),
  company('Kemija Kočevar d.o.o.', 'Kocevje', 2016),
  company('Medicinski pripomočki Jerič d.o.o.', 'Idrija', 2016),
  company('Kmetijska zadruga Šavrinka z.o.o.', 'Koper', 2016),
  company('Ribištvo Piranski zaliv d.o.o.', 'Piran', 2016, { leftAfter: 2021 }),
  company('Robotika Ferjančič d.o.o.', 'Ajdovscina', 2016),
  company('Kamnolom Kozjansko d.o.o.', 'Brezice', 2016),
  company('Helix Software Solutions d.o.o.', 'Maribor', 2016, { international: true }),
  company('Vinarstvo Goriški grič d.o.o.', 'NovaGorica', 2016),
  company('Gozdarstvo Pohorski les d.o.o.', 'Ravne', 2017),
  company('Varnostne storitve Straža d.o.o.', 'Velenje', 2017, { pausedFrom: 2025 }),
  company('Električna vozila Ćosić d.o.o.', 'Krsko', 2017),
  company('Corvina Retail Adriatic d.o.o.', 'Ljubljana', 2017, { international: true }),
  company('Prehrana Šoštanj d.d.', 'Sostanj', 2017),
  company('Gostinstvo Pri Čuku d.o.o.', 'Radovljica', 2018),
  company('Bluewater Engineering d.o.o.', 'Celje', 2018, { international: true }),
  company('Turistične storitve Bohinjka d.o.o.', 'Bled', 2018),
  company('Energetske rešitve Hočevar d.o.o.', 'Litija', 2020),
  company('Digitalne rešitve Koroška d.o.o.', 'Ravne', 2022),
  company('Lindqvist Nordic Energy d.o.o.', 'Ljubljana', 2024, { international: true }),
  company('Zeleni transport Črnomelj d.o.o.', 'Crnomelj', 2025),
]

/** NGOs take part only since 2023, when exchanges opened to the non-governmental sector. */
export const NGOS: OrgSpec[] = [
  ngo('Zavod Odprta uprava', 'Ljubljana', 2023),
  ngo('Zavod za prostovoljstvo Sončnica', 'Celje', 2023),
  ngo('Društvo Čaplja za naravo ob Muri', 'Lendava', 2023),
  ngo('Zavod Mladi podjetniki Štajerske', 'Maribor', 2023),
  ngo('Društvo za pomoč starejšim Žarek', 'Ljubljana', 2023),
  ngo('Zavod Digitalna vključenost', 'Ljubljana', 2023),
  ngo('Društvo Šola zaupanja', 'Kranj', 2024),
  ngo('Zavod za trajnostni razvoj Krpan', 'Postojna', 2024, { pausedFrom: 2026 }),
  ngo('Društvo Most do zaposlitve', 'NovoMesto', 2024),
  ngo('Zavod Žive meje', 'NovaGorica', 2025),
  ngo('Društvo za kulturno dediščino Čipka', 'Idrija', 2025),
  ngo('Zavod Šport za vse Velenje', 'Velenje', 2026),
]

/** The chamber co-ran the programme with the ministry from the pilot on (an AmCham-like body, invented here). */
export const ASSOCIATIONS: OrgSpec[] = [
  {
    name: 'Zbornica mednarodnih podjetij v Sloveniji', shortName: 'ZMPS', sector: 'association', town: 'Ljubljana', since: 2015,
    international: true, notes: 'Sokoordinator programa od pilotnega kroga 2015.',
  },
  { name: 'Združenje za sodobno upravljanje', sector: 'association', town: 'Maribor', since: 2019 },
  {
    name: 'Gospodarsko interesno združenje Digitalni zavezniki', shortName: 'GIZ Digitalni zavezniki', sector: 'association',
    town: 'Ljubljana', since: 2022,
  },
]

export const ALL_ORGANISATIONS: OrgSpec[] = [...MINISTRIES, ...PUBLIC_BODIES, ...COMPANIES, ...NGOS, ...ASSOCIATIONS]

/** Pairs that must not exchange people: a regulator and whom it regulates, or direct competitors. */
export const CONFLICTS: readonly (readonly [string, string, string])[] = [
  [
    'Ministrstvo za okolje, podnebje in energijo', 'Sončne elektrarne Ščavničar d.o.o.',
    'Ministrstvo odloča o subvencijah za sončne elektrarne, ki jih gradi družba.',
  ],
  [
    'Agencija za energijo', 'Lindqvist Nordic Energy d.o.o.',
    'Agencija je regulator trga z energijo, na katerem deluje družba.',
  ],
  [
    'Agencija za energijo', 'Energetske rešitve Hočevar d.o.o.',
    'Agencija je regulator trga z energijo, na katerem deluje družba.',
  ],
  ['Ministrstvo za zdravje', 'Farmacevtika Žitnik d.d.', 'Ministrstvo odloča o razvrščanju zdravil družbe na listo.'],
  ['Ministrstvo za zdravje', 'Danubia Pharma d.o.o.', 'Ministrstvo odloča o razvrščanju zdravil družbe na listo.'],
  ['Ministrstvo za finance', 'Zavarovalnica Kresnik d.d.', 'Ministrstvo pripravlja predpise o zavarovalništvu.'],
  [
    'Ministrstvo za kmetijstvo, gozdarstvo in prehrano', 'Mlekarstvo Šmarnica d.o.o.',
    'Družba prejema kmetijske subvencije ministrstva.',
  ],
  ['Zavarovalnica Kresnik d.d.', 'Hranilnica Gorjanci d.d.', 'Neposredna konkurenca pri varčevalnih produktih.'],
]
