import type { ImportProfile } from '../fields'
import { nominationsProfile } from './nominations'
import { offersProfile } from './offers'
import { partnersProfile } from './partners'

export { nominationsProfile, offersProfile, partnersProfile }

export const IMPORT_PROFILES: Record<ImportProfile['kind'], ImportProfile> = {
  nominations: nominationsProfile,
  partners: partnersProfile,
  offers: offersProfile,
}
