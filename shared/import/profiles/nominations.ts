import type { FieldDefinition, ImportProfile } from '../fields'
import { personKey } from '../identity'

const preference = (n: 1 | 2 | 3, ordinalSl: string, ordinalEn: string): FieldDefinition => ({
  name: `preference${n}`,
  kind: 'text',
  synonyms: [
    `zelena organizacija ${n}`, `zelena gostiteljska organizacija ${n}`, `zelena organizacija gostiteljica ${n}`,
    `${n} zelena organizacija`, `zelja ${n}`, `${n} zelja`, `${ordinalSl} zelja`, `${ordinalSl} izbira`, `izbira ${n}`,
    `gostitelj ${n}`, `zeleni gostitelj ${n}`, `preference ${n}`, `preferred organisation ${n}`, `preferred organization ${n}`,
    `preferred host ${n}`, `host preference ${n}`, `${ordinalEn} choice`, `choice ${n}`, `${n}st choice`, `${n}nd choice`, `${n}rd choice`,
  ],
  label: { sl: `Želena organizacija ${n}`, en: `Preferred organisation ${n}` },
})

export const NOMINATION_FIELDS: readonly FieldDefinition[] = [
  {
    name: 'fullName', kind: 'fullName', splitsInto: ['firstName', 'lastName'],
    synonyms: ['ime in priimek', 'priimek in ime', 'ime priimek', 'priimek ime', 'ime in priimek udelezenca', 'ime in priimek kandidata',
      'ime in priimek zaposlenega', 'full name', 'name', 'name and surname', 'first and last name', 'surname and name', 'last name first name',
      'participant', 'participant name', 'employee', 'employee name', 'udelezenec', 'udelezenka', 'kandidat', 'kandidatka', 'zaposleni', 'nominiranec', 'nominirana oseba'],
    label: { sl: 'Ime in priimek', en: 'Full name' }, template: false,
  },
  { name: 'firstName', kind: 'text', synonyms: ['ime', 'first name', 'firstname', 'given name', 'forename', 'ime udelezenca', 'ime kandidata'], label: { sl: 'Ime', en: 'First name' }, example: { sl: 'Ana', en: 'Ana' }, maxLength: 100 },
  { name: 'lastName', kind: 'text', synonyms: ['priimek', 'last name', 'lastname', 'surname', 'family name', 'priimek udelezenca'], label: { sl: 'Priimek', en: 'Last name' }, example: { sl: 'Novak', en: 'Novak' }, maxLength: 100 },
  {
    name: 'email', kind: 'email',
    synonyms: ['e posta', 'eposta', 'e mail', 'email', 'mail', 'e postni naslov', 'e mail naslov', 'email naslov', 'elektronska posta', 'elektronski naslov',
      'naslov e poste', 'sluzbena e posta', 'email address', 'e mail address', 'work email'],
    label: { sl: 'E-pošta', en: 'E-mail' }, example: { sl: 'ana.novak@primer.si', en: 'ana.novak@example.com' },
  },
  {
    name: 'phone', kind: 'phone',
    synonyms: ['telefon', 'tel', 'tel st', 'telefonska stevilka', 'gsm', 'mobitel', 'mobilni telefon', 'mobilna stevilka', 'kontaktna stevilka', 'phone', 'phone number', 'telephone', 'mobile', 'mobile phone'],
    label: { sl: 'Telefon', en: 'Phone' }, example: { sl: '041 123 456', en: '+386 41 123 456' },
  },
  {
    name: 'organisation', kind: 'text', maxLength: 200,
    synonyms: ['organizacija', 'delodajalec', 'maticna organizacija', 'ime organizacije', 'naziv organizacije', 'organizacija delodajalec', 'podjetje', 'institucija', 'ustanova',
      'napotitvena organizacija', 'employer', 'organisation', 'organization', 'home organisation', 'home organization', 'organisation name', 'organization name', 'company', 'institution', 'employer name'],
    label: { sl: 'Organizacija', en: 'Organisation' },
  },
  {
    name: 'taxNumber', kind: 'taxNumber',
    synonyms: ['davcna stevilka', 'davcna st', 'davcna', 'ds', 'id za ddv', 'identifikacijska stevilka za ddv', 'davcna stevilka organizacije', 'davcna stevilka delodajalca',
      'tax number', 'tax no', 'tax id', 'vat number', 'vat id', 'vat no', 'tin'],
    label: { sl: 'Davčna številka', en: 'Tax number' },
  },
  { name: 'jobTitle', kind: 'text', synonyms: ['delovno mesto', 'naziv delovnega mesta', 'funkcija', 'polozaj', 'naziv', 'job title', 'position', 'role', 'job'], label: { sl: 'Delovno mesto', en: 'Job title' }, example: { sl: 'Svetovalka', en: 'Adviser' } },
  { name: 'department', kind: 'text', synonyms: ['oddelek', 'organizacijska enota', 'notranja organizacijska enota', 'notranja org enota', 'org enota', 'notranja enota', 'oe', 'sluzba', 'department', 'unit', 'division', 'team'], label: { sl: 'Oddelek', en: 'Department' } },
  {
    name: 'availability', kind: 'dateRange', splitsInto: ['availableFrom', 'availableTo'],
    synonyms: ['razpolozljivost', 'razpolozljivost od do', 'na voljo od do', 'termin', 'obdobje', 'availability', 'available', 'available from to', 'period', 'dates'],
    label: { sl: 'Razpoložljivost', en: 'Availability' }, template: false,
  },
  {
    name: 'availableFrom', kind: 'date',
    synonyms: ['razpolozljivost od', 'razpolozljiv od', 'razpolozljiva od', 'na voljo od', 'od', 'datum od', 'termin od', 'zacetek', 'zeleni zacetek', 'available from', 'availability from', 'from', 'start', 'start date', 'date from'],
    label: { sl: 'Razpoložljivost od', en: 'Available from' }, example: { sl: '2. 3. 2026', en: '2 March 2026' },
  },
  {
    name: 'availableTo', kind: 'date',
    synonyms: ['razpolozljivost do', 'razpolozljiv do', 'razpolozljiva do', 'na voljo do', 'do', 'datum do', 'termin do', 'konec', 'available to', 'available until', 'availability to', 'to', 'until', 'end', 'end date', 'date to'],
    label: { sl: 'Razpoložljivost do', en: 'Available to' }, example: { sl: '27. 3. 2026', en: '27 March 2026' },
  },
  { name: 'durationDays', kind: 'integer', synonyms: ['trajanje', 'trajanje dni', 'trajanje v dneh', 'stevilo dni', 'dni', 'st dni', 'duration', 'duration days', 'duration in days', 'days', 'number of days'], label: { sl: 'Trajanje (dni)', en: 'Duration (days)' }, example: { sl: 5, en: 5 } },
  preference(1, 'prva', 'first'),
  preference(2, 'druga', 'second'),
  preference(3, 'tretja', 'third'),
  { name: 'challenge', kind: 'text', synonyms: ['izziv', 'izbrani izziv', 'tema', 'challenge', 'topic'], label: { sl: 'Izziv', en: 'Challenge' } },
  { name: 'gender', kind: 'gender', synonyms: ['spol', 'gender', 'sex'], label: { sl: 'Spol', en: 'Gender' } },
  { name: 'languages', kind: 'languages', synonyms: ['jeziki', 'jezik', 'tuji jeziki', 'znanje jezikov', 'znanje tujih jezikov', 'languages', 'language', 'language skills', 'spoken languages'], label: { sl: 'Jeziki', en: 'Languages' }, example: { sl: 'slovenščina, angleščina', en: 'Slovenian, English' } },
  { name: 'notes', kind: 'longText', synonyms: ['opombe', 'opomba', 'komentar', 'komentarji', 'posebnosti', 'notes', 'note', 'comments', 'comment', 'remarks'], label: { sl: 'Opombe', en: 'Notes' } },
  {
    name: 'consent', kind: 'yesNo',
    synonyms: ['soglasje', 'privolitev', 'soglasje gdpr', 'soglasje za obdelavo osebnih podatkov', 'privolitev v obdelavo osebnih podatkov', 'strinjanje', 'consent', 'gdpr consent', 'gdpr', 'data consent'],
    label: { sl: 'Soglasje (da/ne)', en: 'Consent (yes/no)' }, example: { sl: 'da', en: 'yes' },
  },
]

export const nominationsProfile: ImportProfile = {
  kind: 'nominations',
  fields: NOMINATION_FIELDS,
  required: ['firstName', 'lastName', ['organisation', 'taxNumber']],
  recommended: ['email'],
  dateRanges: [['availableFrom', 'availableTo']],
  organisation: { name: 'organisation', taxNumber: 'taxNumber' },
  organisationReferences: ['preference1', 'preference2', 'preference3'],
  sheetNameHints: ['nominac', 'prijav', 'kandidat', 'udelez', 'zaposlen', 'seznam', 'nominat', 'participant', 'candidate', 'employee', 'applicant'],
  identity: (values) => personKey(values, { email: 'email', first: 'firstName', last: 'lastName', organisation: 'organisation', taxNumber: 'taxNumber' }),
}
