import type { FieldDefinition, ImportProfile } from '../fields'
import { organisationKey } from '../identity'

const TAX_NUMBER = ['davcna stevilka', 'davcna st', 'davcna', 'ds', 'id za ddv', 'identifikacijska stevilka za ddv', 'tax number', 'tax no', 'tax id', 'vat number', 'vat id', 'tin']

export const PARTNER_FIELDS: readonly FieldDefinition[] = [
  {
    name: 'name', kind: 'text', maxLength: 200,
    synonyms: ['naziv', 'ime organizacije', 'naziv organizacije', 'organizacija', 'partnerska organizacija', 'partner', 'ime', 'name', 'organisation', 'organization', 'organisation name', 'organization name', 'company', 'partner name'],
    label: { sl: 'Naziv organizacije', en: 'Organisation name' }, example: { sl: 'Primer d.o.o.', en: 'Example Ltd' },
  },
  { name: 'shortName', kind: 'text', maxLength: 60, synonyms: ['kratko ime', 'kratica', 'kratek naziv', 'skrajsano ime', 'skrajsani naziv', 'short name', 'abbreviation', 'acronym'], label: { sl: 'Kratko ime', en: 'Short name' } },
  { name: 'sector', kind: 'sector', synonyms: ['sektor', 'vrsta organizacije', 'tip organizacije', 'vrsta', 'tip', 'sector', 'type', 'organisation type', 'organization type'], label: { sl: 'Sektor', en: 'Sector' } },
  { name: 'taxNumber', kind: 'taxNumber', synonyms: TAX_NUMBER, label: { sl: 'Davčna številka', en: 'Tax number' } },
  { name: 'registrationNumber', kind: 'registrationNumber', synonyms: ['maticna stevilka', 'maticna st', 'ms', 'registration number', 'registration no', 'company number', 'reg no'], label: { sl: 'Matična številka', en: 'Registration number' } },
  { name: 'street', kind: 'text', synonyms: ['naslov', 'ulica', 'ulica in hisna stevilka', 'sedez', 'address', 'street', 'street address'], label: { sl: 'Naslov', en: 'Street address' } },
  { name: 'postcode', kind: 'postcode', synonyms: ['postna stevilka', 'postna st', 'post st', 'post code', 'postcode', 'postal code', 'zip', 'zip code'], label: { sl: 'Poštna številka', en: 'Postcode' } },
  { name: 'city', kind: 'text', synonyms: ['kraj', 'mesto', 'posta', 'city', 'town', 'place'], label: { sl: 'Kraj', en: 'City' } },
  { name: 'website', kind: 'url', synonyms: ['spletna stran', 'splet', 'spletni naslov', 'www', 'website', 'web', 'web site', 'url', 'homepage'], label: { sl: 'Spletna stran', en: 'Website' } },
  { name: 'partnerSince', kind: 'year', synonyms: ['partner od', 'partner od leta', 'leto vstopa', 'vkljucen od', 'v programu od', 'partner since', 'since', 'year joined', 'member since'], label: { sl: 'Partner od (leto)', en: 'Partner since (year)' } },
  { name: 'status', kind: 'status', synonyms: ['status', 'stanje', 'aktivnost', 'state'], label: { sl: 'Stanje', en: 'Status' } },
  { name: 'contactName', kind: 'text', synonyms: ['kontaktna oseba', 'koordinator', 'koordinatorka', 'kontakt', 'ime kontaktne osebe', 'contact', 'contact person', 'contact name', 'coordinator'], label: { sl: 'Kontaktna oseba', en: 'Contact person' } },
  { name: 'contactEmail', kind: 'email', synonyms: ['e posta kontaktne osebe', 'e posta', 'email', 'e mail', 'kontaktni e naslov', 'contact email', 'contact e mail'], label: { sl: 'E-pošta kontaktne osebe', en: 'Contact e-mail' } },
  { name: 'contactPhone', kind: 'phone', synonyms: ['telefon kontaktne osebe', 'telefon', 'tel', 'phone', 'contact phone', 'telephone'], label: { sl: 'Telefon kontaktne osebe', en: 'Contact phone' } },
]

export const partnersProfile: ImportProfile = {
  kind: 'partners',
  fields: PARTNER_FIELDS,
  required: ['name', 'sector'],
  recommended: ['taxNumber'],
  dateRanges: [],
  sheetNameHints: ['partner', 'organizac', 'seznam', 'organisation', 'organization', 'list'],
  identity: (values) => organisationKey(values, { name: 'name', taxNumber: 'taxNumber' }),
}
