import { z } from 'zod'
import { DRIVERS } from '../domain/enums'
import type {
  BoardOffer,
  BoardPlacement,
  PlacementCheck,
  PlanningBoard,
  PlanSummary,
  TeamsBoard,
  WorkshopAttendee,
} from '../planning/board'
import type { PreviousProposal, ProposalDiff } from '../planning/diff'
import { roundRulesSchema, type RoundRules } from '../planning/rules'
import { call } from './define'
import { id, isoDate, optionalDate, optionalText, requiredText } from './fields'

const roundRef = z.object({ roundId: id })
const placementRef = z.object({ placementId: id })
const nullableId = id.nullish().transform((v) => v ?? null)

const places = z.number({ error: 'number' }).int({ error: 'number' }).min(1, { error: 'positive' }).max(10_000, { error: 'number' })
const rating = z.number({ error: 'number' }).int({ error: 'number' }).min(1, { error: 'rating' }).max(5, { error: 'rating' }).nullish().transform((v) => v ?? null)

/** An offer of places as the officer enters it; languages as ISO codes (`sl`, `en`). */
export const offerBase = z.object({
  organisationId: id,
  places,
  availableFrom: optionalDate,
  availableTo: optionalDate,
  department: optionalText(200),
  mentorContactId: nullableId,
  languages: z.array(z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, { error: 'language' })).max(10).default([]),
})
export const offerFields = offerBase.superRefine((o, ctx) => {
  if (o.availableFrom && o.availableTo && o.availableTo < o.availableFrom)
    ctx.addIssue({ code: 'custom', path: ['availableTo'], message: 'endBeforeStart' })
})
export type OfferInput = z.input<typeof offerFields>

/** A placement set by hand: host, optionally its offer, the dates; a reason is needed when a rule is broken. */
export const manualPlacementFields = z
  .object({
    nominationId: id,
    hostOrganisationId: id,
    offerId: nullableId,
    startsOn: isoDate,
    endsOn: isoDate,
    mentorContactId: nullableId,
    driver: z.enum(DRIVERS).nullish().transform((v) => v ?? null),
    overrideReason: optionalText(500),
    /** Whether later proposals keep this placement; the dialog shows it as a checkbox, ticked unless unticked. */
    locked: z.boolean().default(true),
  })
  .superRefine((p, ctx) => {
    if (p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'endBeforeStart' })
  })
export type ManualPlacementInput = z.input<typeof manualPlacementFields>

export const completionFields = z.object({
  placementId: id,
  daysActual: z.number({ error: 'number' }).int({ error: 'number' }).min(0, { error: 'number' }).max(366, { error: 'number' }).nullish().transform((v) => v ?? null),
  participantRating: rating,
  participantFeedback: optionalText(2000),
  hostRating: rating,
  hostFeedback: optionalText(2000),
})
export type CompletionInput = z.input<typeof completionFields>

export const teamsFields = z.object({
  roundId: id,
  teams: z.array(z.object({ challengeId: id, name: requiredText(200), members: z.array(id).max(500) })).max(500),
})
export type TeamsInput = z.input<typeof teamsFields>

const attendanceRef = z.object({ workshopId: id, personId: id })

export const planningApi = {
  board: call<PlanningBoard>()('planning:board', roundRef, { reads: ['partners', 'rounds', 'nominations', 'placements'] }),
  /** The proposal and what storing it would change; nothing is written. */
  previewPlan: call<{ summary: PlanSummary; diff: ProposalDiff }>()('planning:previewPlan', roundRef, { reads: ['partners', 'rounds', 'nominations', 'placements'] }),
  /** Stores the proposal; with the preview's fingerprint, refused when the round changed since the preview. */
  propose: call<PlanSummary & { diff: ProposalDiff }>()(
    'planning:propose',
    z.object({ roundId: id, fingerprint: z.string().max(64).nullish() }),
    { changes: ['nominations', 'placements'] },
  ),
  previousProposal: call<PreviousProposal | null>()('planning:previousProposal', roundRef, { reads: ['placements'] }),
  restoreProposal: call<{ restored: number; removed: number }>()('planning:restoreProposal', roundRef, { changes: ['nominations', 'placements'] }),
  rules: call<RoundRules>()('planning:rules', roundRef, { reads: ['rounds'] }),
  setRules: call<RoundRules>()('planning:setRules', z.object({ roundId: id, rules: roundRulesSchema }), { changes: ['rounds'] }),
  check: call<PlacementCheck>()('planning:check', manualPlacementFields, { reads: ['partners', 'rounds', 'nominations', 'placements'] }),
  place: call<BoardPlacement>()('planning:place', manualPlacementFields, { changes: ['nominations', 'placements'] }),
  setLocked: call<BoardPlacement>()('planning:setLocked', z.object({ placementId: id, locked: z.boolean() }), { changes: ['placements'] }),
  /** An exchange that has started is confirmed only with `evenIfStarted`. */
  confirm: call<BoardPlacement>()('planning:confirm', z.object({ placementId: id, evenIfStarted: z.boolean().default(false) }), { changes: ['nominations', 'placements'] }),
  remove: call<{ removed: true }>()('planning:remove', placementRef, { changes: ['nominations', 'placements'] }),
  withdraw: call<{ withdrawn: true }>()('planning:withdraw', z.object({ nominationId: id }), { changes: ['nominations', 'placements', 'teams'] }),
  complete: call<BoardPlacement>()('planning:complete', completionFields, { changes: ['nominations', 'placements'] }),
  saveOffer: call<BoardOffer>()('planning:saveOffer', z.object({ roundId: id, id: nullableId, offer: offerFields }), { changes: ['placements'] }),
  removeOffer: call<{ removed: true }>()('planning:removeOffer', z.object({ id }), { changes: ['placements'] }),
  teams: call<TeamsBoard>()('planning:teams', roundRef, { reads: ['rounds', 'partners', 'nominations', 'teams'] }),
  proposeTeams: call<TeamsBoard>()('planning:proposeTeams', roundRef, { changes: ['teams'] }),
  saveTeams: call<TeamsBoard>()('planning:saveTeams', teamsFields, { changes: ['teams'] }),
  attendance: call<WorkshopAttendee[]>()('planning:attendance', roundRef, { reads: ['rounds', 'partners', 'nominations', 'teams'] }),
  register: call<WorkshopAttendee[]>()('planning:register', attendanceRef, { changes: ['teams'] }),
  unregister: call<WorkshopAttendee[]>()('planning:unregister', attendanceRef, { changes: ['teams'] }),
  setAttended: call<WorkshopAttendee[]>()('planning:setAttended', z.object({ workshopId: id, personId: id, attended: z.boolean() }), { changes: ['teams'] }),
}
