import type { AreaMessages } from '../types'

export const commonMessages: AreaMessages = {
  sl: {
    'error.internal': 'Prišlo je do notranje napake. Podatki niso bili spremenjeni. ({detail})',
    'error.invalidInput': 'Vnos ni veljaven: {detail}',
  },
  en: {
    'error.internal': 'An internal error occurred. No data was changed. ({detail})',
    'error.invalidInput': 'The input is not valid: {detail}',
  },
}
