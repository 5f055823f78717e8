import { ROUND_KINDS, ROUND_STATUSES } from '../../../../shared/domain/enums'

type T = (id: string, values?: Record<string, string | number>) => string

export const kindOptions = (t: T) => ROUND_KINDS.map((k) => ({ value: k, label: t(`rounds.kind.${k}`) }))
export const roundStatusOptions = (t: T) => ROUND_STATUSES.map((s) => ({ value: s, label: t(`rounds.status.${s}`) }))
