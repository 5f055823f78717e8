import { organisationNameKey } from '../../text'
import type { FieldDefinition, ImportProfile } from '../fields'

export const OFFER_FIELDS: readonly FieldDefinition[] = [
  {
    name: 'organisation', kind: 'text', maxLength: 200,
    synonyms: ['organizacija', 'gostiteljska organizacija', 'organizacija gostiteljica', 'gostitelj', 'ime organizacije', 'naziv organizacije', 'host', 'host organisation', 'host organization', 'organisation', 'organization', 'company'],
    label: { sl: 'Gostiteljska organizacija', en: 'Host organisation' },
  },
  { name: 'taxNumber', kind: 'taxNumber', synonyms: ['davcna stevilka', 'davcna st', 'davcna', 'ds', 'tax number', 'tax id', 'vat number', 'tin'], label: { sl: 'Davčna številka', en: 'Tax number' } },
  { name: 'places', kind: 'integer', synonyms: ['stevilo mest', 'st mest', 'mesta', 'prosta mesta', 'kapaciteta', 'stevilo udelezencev', 'places', 'number of places', 'capacity', 'slots', 'positions'], label: { sl: 'Število mest', en: 'Places' }, example: { sl: 2, en: 2 } },
  { name: 'from', kind: 'date', synonyms: ['od', 'datum od', 'termin od', 'na voljo od', 'zacetek', 'from', 'start', 'start date', 'available from', 'date from'], label: { sl: 'Od', en: 'From' }, example: { sl: '2. 3. 2026', en: '2 March 2026' } },
  { name: 'to', kind: 'date', synonyms: ['do', 'datum do', 'termin do', 'na voljo do', 'konec', 'to', 'until', 'end', 'end date', 'available to', 'date to'], label: { sl: 'Do', en: 'To' }, example: { sl: '27. 3. 2026', en: '27 March 2026' } },
  { name: 'department', kind: 'text', synonyms: ['oddelek', 'organizacijska enota', 'sluzba', 'department', 'unit', 'division', 'team'], label: { sl: 'Oddelek', en: 'Department' } },
  { name: 'mentorName', kind: 'text', synonyms: ['mentor', 'mentorica', 'ime mentorja', 'mentor ime in priimek', 'ime in priimek mentorja', 'mentor name'], label: { sl: 'Mentor', en: 'Mentor' } },
  { name: 'mentorEmail', kind: 'email', synonyms: ['e posta mentorja', 'mentor e posta', 'email mentorja', 'e mail mentorja', 'mentor email', 'mentor e mail', 'e posta', 'email', 'e mail'], label: { sl: 'E-pošta mentorja', en: 'Mentor e-mail' } },
  { name: 'languages', kind: 'languages', synonyms: ['jeziki', 'jezik', 'jezik dela', 'delovni jezik', 'languages', 'language', 'working language'], label: { sl: 'Jeziki', en: 'Languages' } },
]

export const offersProfile: ImportProfile = {
  kind: 'offers',
  fields: OFFER_FIELDS,
  required: [['organisation', 'taxNumber'], 'places'],
  recommended: ['mentorEmail'],
  dateRanges: [['from', 'to']],
  organisation: { name: 'organisation', taxNumber: 'taxNumber' },
  sheetNameHints: ['ponudb', 'gostit', 'mesta', 'offer', 'host', 'places'],
  identity: (values) => {
    const org = typeof values.taxNumber === 'string' && values.taxNumber ? `tax:${values.taxNumber}` : organisationNameKey(String(values.organisation ?? ''))
    if (!org) return null
    return `offer:${org}|${String(values.department ?? '').toLowerCase()}|${String(values.from ?? '')}`
  },
}
