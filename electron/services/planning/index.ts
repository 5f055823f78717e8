/**
 * The planning engine: pure TypeScript, no database and no Electron. The service layer loads a
 * PlanningInstance from the round, calls these, and stores what the user accepts.
 */
export { proposePlan } from './propose'
export type { SolveOptions } from './solver'
export { checkPlacement, createPlacementChecker, type ManualPlacement, type PlacementChecker } from './check'
export { reciprocityBalance } from './reciprocity'
export { proposeTeams, type TeamsInput } from './teams'
export { validateTeams } from './validateTeams'
