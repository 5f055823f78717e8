import type { RoundStatus } from '../../../../shared/domain/enums'
import { useT } from '../../i18n/useT'

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const t = useT()
  return <span className={`badge badge--round-${status}`}>{t(`rounds.status.${status}`)}</span>
}
