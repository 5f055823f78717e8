import { CONTACT_ROLES, GENDERS, LANGUAGES, ORGANISATION_STATUSES, SECTORS } from '../../../../shared/domain/enums'

type T = (id: string, values?: Record<string, string | number>) => string

export const sectorOptions = (t: T) => SECTORS.map((s) => ({ value: s, label: t(`partners.sector.${s}`) }))
export const statusOptions = (t: T) => ORGANISATION_STATUSES.map((s) => ({ value: s, label: t(`partners.status.${s}`) }))
export const roleOptions = (t: T) => CONTACT_ROLES.map((r) => ({ value: r, label: t(`partners.role.${r}`) }))
export const languageOptions = (t: T) => LANGUAGES.map((l) => ({ value: l, label: t(`partners.language.${l}`) }))
export const genderOptions = (t: T) => [
  { value: '', label: t('partners.gender.none') },
  ...GENDERS.map((g) => ({ value: g, label: t(`partners.gender.${g}`) })),
]
