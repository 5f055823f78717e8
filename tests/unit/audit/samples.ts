/**
 * One entry of every record kind and action the services write to the audit log, with values shaped as the
 * services store them (see `audit(ctx, …)` across electron/services). words.test.ts checks this list covers
 * every call site and that none of it reaches a person as a code.
 */
export interface Sample {
  entity: string
  entityId: number | null
  action: string
  before: unknown
  after: unknown
}

const placement = {
  id: 991, nominationId: 412, hostOrganisationId: 17, hostName: 'Ministrstvo za pravosodje', hostSector: 'ministry', offerId: 439,
  mentorContactId: 62, mentorName: 'Gašper Blatnik', startsOn: '2026-11-22', endsOn: '2026-12-05', driver: 'process', status: 'proposed',
  locked: false, overrideReason: null, score: 3, preferenceRank: 1, daysActual: null, participantRating: null, participantFeedback: null,
  hostRating: null, hostFeedback: null, explanation: { rank: 1, alternatives: 2 },
}
const moved = { ...placement, hostOrganisationId: 31, hostName: 'Zavod Kres', hostSector: 'ngo', offerId: null, mentorContactId: null, mentorName: null, score: 0, preferenceRank: 0 }
const offer = { id: 439, organisationId: 17, organisationName: 'Ministrstvo za pravosodje', sector: 'ministry', places: 2, used: 1, availableFrom: '2026-11-01', availableTo: null, department: 'Sektor za EU', mentorContactId: 62, mentorName: 'Gašper Blatnik', languages: ['sl', 'en'] }
const ministry = {
  name: 'Ministrstvo za javno upravo', nameEn: 'Ministry of Public Administration', street: 'Tržaška cesta 21', postcode: '1000', city: 'Ljubljana',
  place: 'Ljubljana', signatoryName: 'dr. Ana Novak', signatoryTitle: 'državna sekretarka', referencePattern: '0100-12/{year}-{n}', footer: 'T: 01 478 12 00', logoDataUrl: null,
}
const references = Array.from({ length: 15 }, (_, i) => `0100-12/2026-${i + 1}`)
const consentBefore = { consent: false, consentOn: null, consentMethod: null, consentWithdrawnOn: null }
const consentAfter = { consent: true, consentOn: '2026-11-20', consentMethod: 'email', consentWithdrawnOn: null }
const rules = { sectorKinds: ['cross'], defaultDurationDays: 10, reciprocity: false, teamSize: 5, noticeWorkingDays: 10 }

export const SAMPLES: Sample[] = [
  { entity: 'organisation', entityId: 17, action: 'create', before: null, after: { id: 17, name: 'Zavod Kres', shortName: 'Kres', sector: 'ngo', taxNumber: '12345678', registrationNumber: '1234567000', street: 'Trubarjeva 1', postcode: '1000', city: 'Ljubljana', country: 'SI', website: null, partnerSince: '2019-03-01', status: 'active', notes: null, taxNumberForeign: false, createdAt: '2026-11-20T10:00:00.000Z' } },
  { entity: 'organisation', entityId: 18, action: 'create', before: null, after: { importBatch: 7 } },
  { entity: 'organisation', entityId: 17, action: 'update', before: { name: 'Zavod Kres', city: 'Ljubljana' }, after: { city: ['Ljubljana', 'Maribor'], partnerSince: [null, '2020-01-01'] } },
  { entity: 'organisation', entityId: 17, action: 'status', before: { status: 'active' }, after: { status: 'paused' } },
  { entity: 'organisation', entityId: 17, action: 'delete', before: { id: 17, name: 'Zavod Kres', sector: 'ngo', status: 'former' }, after: null },
  { entity: 'contact', entityId: 62, action: 'create', before: null, after: { id: 62, organisationId: 17, fullName: 'Gašper Blatnik', role: 'mentor', jobTitle: 'svetovalec', email: 'gasper.blatnik@example.si', phone: '+38631555222', language: 'sl', gender: 'm', active: true } },
  { entity: 'contact', entityId: 62, action: 'update', before: { phone: '+38631555222' }, after: { phone: ['+38631555222', '014781200'], gender: ['m', 'f'], language: ['sl', 'en'] } },
  { entity: 'contact', entityId: 62, action: 'activate', before: { active: false }, after: { active: true } },
  { entity: 'contact', entityId: 62, action: 'deactivate', before: { active: true }, after: { active: false } },
  { entity: 'round', entityId: 3, action: 'create', before: null, after: { id: 3, name: 'Izmenjave 2027', kind: 'rolling', startsOn: '2027-01-01', endsOn: '2027-12-31', status: 'draft', notes: null } },
  { entity: 'round', entityId: 3, action: 'update', before: { status: 'draft' }, after: { status: ['draft', 'planning'], endsOn: ['2027-12-31', '2027-11-30'] } },
  { entity: 'round', entityId: 3, action: 'rules', before: rules, after: { ...rules, sectorKinds: ['public-private', 'cross', 'within-public', 'with-ngos'], reciprocity: true } },
  { entity: 'round', entityId: 3, action: 'plan', before: { replacedProposals: 4 }, after: { placed: 24, score: 61, optimal: true, locked: 2, unplaced: 3, earliestStart: '2026-12-07', moved: 2, new: 20, dropped: 1, kept: 2 } },
  { entity: 'round', entityId: 3, action: 'restoreProposal', before: { placements: [991, 992] }, after: { snapshot: 5, takenAt: '2026-11-21T09:30:00.000Z', placements: [983, 978, 977], backup: 'exchange-desk-before-restore-2026-11-21.sqlite' } },
  { entity: 'round', entityId: 3, action: 'teams-propose', before: { teams: 0 }, after: { teams: [{ name: 'Skupina 1', members: [12, 13, 14] }, { name: 'Skupina 2', members: [15, 16] }] } },
  { entity: 'round', entityId: 3, action: 'teams-edit', before: { teams: 2 }, after: { teams: [{ name: 'Skupina 1', members: [12, 13] }] } },
  { entity: 'round', entityId: 3, action: 'anonymise', before: null, after: { people: 40, participants: 30, nominees: 10, dueOnly: true } },
  { entity: 'challenge', entityId: 4, action: 'create', before: null, after: { id: 4, roundId: 3, title: 'Digitalizacija', description: 'Manj papirja' } },
  { entity: 'challenge', entityId: 4, action: 'update', before: { id: 4, roundId: 3, title: 'Digitalizacija' }, after: { id: 4, roundId: 3, title: 'Digitalna preobrazba' } },
  { entity: 'challenge', entityId: 4, action: 'delete', before: { id: 4, roundId: 3, title: 'Digitalna preobrazba' }, after: null },
  { entity: 'workshop', entityId: 8, action: 'create', before: null, after: { id: 8, roundId: 3, title: 'Uvodna delavnica', heldOn: '2027-01-15', capacity: 30 } },
  { entity: 'workshop', entityId: 8, action: 'update', before: { id: 8, heldOn: '2027-01-15' }, after: { id: 8, heldOn: '2027-01-22' } },
  { entity: 'workshop', entityId: 8, action: 'delete', before: { id: 8, title: 'Uvodna delavnica' }, after: null },
  { entity: 'workshop', entityId: 8, action: 'register', before: null, after: { personId: 12 } },
  { entity: 'workshop', entityId: 8, action: 'unregister', before: { personId: 12 }, after: null },
  { entity: 'workshop', entityId: 8, action: 'attended', before: null, after: { personId: 12 } },
  { entity: 'workshop', entityId: 8, action: 'absent', before: null, after: { personId: 12 } },
  { entity: 'offer', entityId: 439, action: 'create', before: null, after: offer },
  { entity: 'offer', entityId: 439, action: 'update', before: offer, after: { ...offer, places: 3, availableTo: '2027-03-31' } },
  { entity: 'offer', entityId: 439, action: 'delete', before: offer, after: null },
  { entity: 'placement', entityId: 991, action: 'create', before: null, after: { ...placement, violations: [] } },
  { entity: 'placement', entityId: 991, action: 'move', before: placement, after: { ...moved, overrideReason: 'Dogovor s gostiteljem', violations: ['sector', 'dates'] } },
  { entity: 'placement', entityId: 991, action: 'confirm', before: placement, after: { ...placement, status: 'confirmed' } },
  { entity: 'placement', entityId: 991, action: 'complete', before: { ...placement, status: 'confirmed' }, after: { ...placement, status: 'completed', daysActual: 12, participantRating: 5, participantFeedback: 'Odlično', hostRating: 4, hostFeedback: 'Zelo dobro' } },
  { entity: 'placement', entityId: 991, action: 'lock', before: placement, after: { ...placement, locked: true } },
  { entity: 'placement', entityId: 991, action: 'unlock', before: { ...placement, locked: true }, after: placement },
  { entity: 'placement', entityId: 991, action: 'delete', before: placement, after: null },
  { entity: 'nomination', entityId: 412, action: 'withdraw', before: { status: 'proposed' }, after: { status: 'withdrawn', placement: 991 } },
  { entity: 'nomination', entityId: 412, action: 'consent', before: consentBefore, after: consentAfter },
  { entity: 'nomination', entityId: 412, action: 'consentWithdrawn', before: consentAfter, after: { ...consentAfter, consent: false, consentWithdrawnOn: '2026-11-25' } },
  { entity: 'letters', entityId: null, action: 'generate', before: null, after: { references, placements: [983, 978, 977, 975], reissued: [{ reference: '0100-12/2026-15', replaces: '0100-12/2026-3', reason: 'Napačen datum' }] } },
  { entity: 'letters', entityId: null, action: 'discard', before: { references: references.slice(0, 2) }, after: null },
  { entity: 'letterTemplate', entityId: null, action: 'update', before: { kind: 'participant', language: 'sl', body: 'Spoštovani {participant.name}' }, after: { kind: 'participant', language: 'sl', body: 'Spoštovana {participant.name}' } },
  { entity: 'letterTemplate', entityId: null, action: 'reset', before: { kind: 'host', language: 'en', body: 'Dear …' }, after: { kind: 'host', language: 'en' } },
  { entity: 'import_batch', entityId: 7, action: 'import', before: null, after: { kind: 'nominations', roundId: 3, file: 'kandidati.xlsx', sheet: 'List1', rows: 15, imported: 14, inserted: 12, updated: 2, invalid: 1, duplicates: 0, skipped: 0, headerRow: 1, mapping: { Ime: 'firstName', Priimek: 'lastName', 'E-pošta': 'email', Opomba: '' }, organisationId: 17 } },
  { entity: 'import_batch', entityId: 7, action: 'import_erased', before: null, after: { people: 2 } },
  { entity: 'import_batch', entityId: 7, action: 'undo', before: { file: 'kandidati.xlsx', kind: 'nominations' }, after: { removed: 12, restored: 2 } },
  { entity: 'setting', entityId: null, action: 'language', before: 'sl', after: 'en' },
  { entity: 'setting', entityId: null, action: 'ministry', before: ministry, after: { ...ministry, footer: 'T: 01 478 12 00, E: gp.mju@gov.si', referencePattern: '0100-13/{year}-{n}' } },
  { entity: 'setting', entityId: null, action: 'backupFolder', before: '/home/mojca/Varnostne kopije', after: '/media/usb/Kopije' },
  { entity: 'setting', entityId: null, action: 'retention', before: { participants: 5, nominees: 1 }, after: { participants: 10, nominees: 2 } },
  { entity: 'setting', entityId: null, action: 'demoDeclined', before: null, after: true },
  { entity: 'database', entityId: null, action: 'demo', before: null, after: { seed: 2026, organisations: 60, contacts: 120, conflicts: 3, rounds: 4, challenges: 8, workshops: 6, people: 300, nominations: 320, offers: 70, placements: 200, teams: 12, teamMembers: 60, workshopAttendance: 90 } },
  { entity: 'database', entityId: null, action: 'restore', before: null, after: { restoredFrom: 'exchange-desk-2026-11-20.sqlite', replacedSavedAs: 'exchange-desk-before-restore-2026-11-22.sqlite', letters: '15 (0100-12/2026-1 … 0100-12/2026-15)', imports: 'kandidati.xlsx', placementsChanged: 3, carriedEntries: 9, erasedAgain: 1 } },
  { entity: 'person', entityId: 12, action: 'export', before: null, after: { people: 1, format: 'html' } },
  { entity: 'person', entityId: null, action: 'erase', before: null, after: { people: 1, nominations: 2, placements: 1, teamMemberships: 1, workshopAttendance: 1, letters: 3, contacts: 0, auditEntries: 6, deletedPeople: 1, withdrawnNominations: 1, withdrawnPlacements: 0 } },
  { entity: 'statistics', entityId: null, action: 'export', before: null, after: { file: 'statistika-2026.xlsx', period: { kind: 'years', from: 2019, to: 2026 }, personalData: true, rows: 320 } },
]
