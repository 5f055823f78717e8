/**
 * Words the demo data is made of: job titles (Slovenian titles are gendered, so each comes as [m, f]),
 * departments that host participants, and the short feedback people actually write after an exchange.
 */
export type Gendered = readonly [male: string, female: string]

export const PUBLIC_JOB_TITLES: readonly Gendered[] = [
  ['svetovalec', 'svetovalka'],
  ['višji svetovalec', 'višja svetovalka'],
  ['sekretar', 'sekretarka'],
  ['podsekretar', 'podsekretarka'],
  ['vodja sektorja', 'vodja sektorja'],
  ['analitik', 'analitičarka'],
  ['pravnik', 'pravnica'],
  ['strokovni sodelavec', 'strokovna sodelavka'],
  ['projektni vodja', 'projektna vodja'],
  ['referent', 'referentka'],
]

export const COMPANY_JOB_TITLES: readonly Gendered[] = [
  ['vodja projektov', 'vodja projektov'],
  ['razvijalec programske opreme', 'razvijalka programske opreme'],
  ['kadrovnik', 'kadrovnica'],
  ['vodja prodaje', 'vodja prodaje'],
  ['finančni analitik', 'finančna analitičarka'],
  ['inženir kakovosti', 'inženirka kakovosti'],
  ['skrbnik ključnih kupcev', 'skrbnica ključnih kupcev'],
  ['vodja proizvodnje', 'vodja proizvodnje'],
  ['tehnolog', 'tehnologinja'],
  ['strokovnjak za trženje', 'strokovnjakinja za trženje'],
]

export const NGO_JOB_TITLES: readonly Gendered[] = [
  ['koordinator programov', 'koordinatorka programov'],
  ['vodja projektov', 'vodja projektov'],
  ['strokovni delavec', 'strokovna delavka'],
  ['direktor zavoda', 'direktorica zavoda'],
]

export const ENGLISH_JOB_TITLES = [
  'Project Manager', 'Software Engineer', 'HR Business Partner', 'Key Account Manager', 'Financial Analyst',
  'Quality Engineer', 'Operations Lead', 'Marketing Specialist',
] as const

export const CONTACT_TITLES = {
  coordinator: {
    public: ['vodja kadrovske službe', 'vodja kadrovske službe'], other: ['vodja kadrovske službe', 'vodja kadrovske službe'], en: 'HR Manager',
  },
  mentor: { public: ['vodja sektorja', 'vodja sektorja'], other: ['vodja oddelka', 'vodja oddelka'], en: 'Team Lead' },
  signatory: { public: ['generalni sekretar', 'generalna sekretarka'], other: ['direktor', 'direktorica'], en: 'Managing Director' },
  /** NGOs have no HR department; programme staff deal with the office. */
  ngo: { coordinator: ['vodja programov', 'vodja programov'], mentor: ['vodja projektov', 'vodja projektov'] },
} as const

export const PUBLIC_DEPARTMENTS = [
  'Sektor za kadre', 'Direktorat za informatiko', 'Služba za odnose z javnostmi', 'Sektor za proračun',
  'Direktorat za javni sektor', 'Sektor za pravne zadeve', 'Služba za evropske zadeve', 'Sektor za analize in razvoj',
] as const

export const COMPANY_DEPARTMENTS = [
  'Razvoj', 'Prodaja in trženje', 'Kadrovska služba', 'Finance in računovodstvo', 'Informatika', 'Proizvodnja',
  'Kakovost', 'Nabava in logistika',
] as const

export const NGO_DEPARTMENTS = ['Programi', 'Prostovoljstvo', 'Projektna pisarna'] as const

/** Feedback by rating band, as [said by or of a man, of a woman]: Slovenian past tense agrees with gender. */
export type FeedbackTexts = Record<'good' | 'mixed' | 'poor', readonly Gendered[]>

const same = (text: string): Gendered => [text, text]

/** What a participant says after the stay. */
export const PARTICIPANT_FEEDBACK: FeedbackTexts = {
  good: [
    same('Odlična izkušnja, drugačen pogled na naše delo.'),
    ['Mentor se je posvetil meni in nalogam, veliko sem se naučil.', 'Mentor se je posvetil meni in nalogam, veliko sem se naučila.'],
    ['Spoznal sem, kako hitro se lahko sprejemajo odločitve.', 'Spoznala sem, kako hitro se lahko sprejemajo odločitve.'],
    same('Nove ideje za naše postopke, ki jih že uvajamo.'),
    same('Zelo dobro organizirano, priporočam sodelavcem.'),
    same('Presenetila me je odprtost in pripravljenost na sodelovanje.'),
    same('Dragocen vpogled v delo druge strani, stereotipi so padli.'),
  ],
  mixed: [
    same('Koristno, a teden je bil prekratek za pravi projekt.'),
    same('Dobra izkušnja, vendar je bilo preveč sestankov.'),
    same('Zanimivo, naloge bi lahko bile bolj konkretne.'),
  ],
  poor: [
    same('Gostitelj ni imel pripravljenih nalog.'),
    ['Mentor je bil ves teden odsoten, sem pa spoznal ekipo.', 'Mentor je bil ves teden odsoten, sem pa spoznala ekipo.'],
  ],
}

/** What the host says about its guest. */
export const HOST_FEEDBACK: FeedbackTexts = {
  good: [
    ['Udeleženec je prinesel sveže poglede in se hitro vključil.', 'Udeleženka je prinesla sveže poglede in se hitro vključila.'],
    ['Zelo motiviran udeleženec, sodelovanje nadaljujemo.', 'Zelo motivirana udeleženka, sodelovanje nadaljujemo.'],
    same('Koristna izmenjava za obe strani.'),
    ['Pripravil je predlog izboljšave, ki ga bomo uporabili.', 'Pripravila je predlog izboljšave, ki ga bomo uporabili.'],
    same('Ekipa je izmenjavo ocenila kot navdihujočo.'),
  ],
  mixed: [
    same('Dobro sodelovanje, a časa za pripravo je bilo premalo.'),
    ['Udeleženec bi potreboval več predznanja s področja.', 'Udeleženka bi potrebovala več predznanja s področja.'],
  ],
  poor: [
    ['Udeleženec je izmenjavo predčasno končal.', 'Udeleženka je izmenjavo predčasno končala.'],
    same('Pričakovanja obeh strani niso bila usklajena.'),
  ],
}

export function ratingBand(rating: number): 'good' | 'mixed' | 'poor' {
  return rating >= 4 ? 'good' : rating === 3 ? 'mixed' : 'poor'
}

export const WITHDRAWAL_NOTES = [
  'Umik zaradi delovnih obveznosti.',
  'Umik iz osebnih razlogov.',
  'Zamenjava delovnega mesta pred začetkom izmenjave.',
] as const
