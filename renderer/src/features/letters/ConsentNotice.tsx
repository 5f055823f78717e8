import { Link } from 'react-router-dom'
import type { LetterPlacementRow } from '../../../../shared/domain/letters'
import { useT } from '../../i18n/useT'

/** Placements ready for letters but without the participant's consent, with the way to where consent is recorded. */
export function ConsentNotice({ roundId, placements }: { roundId: number | null; placements: LetterPlacementRow[] | undefined }) {
  const t = useT()
  const count = (placements ?? []).filter((p) => p.status === 'confirmed' && !p.consent).length
  if (roundId === null || count === 0) return null
  return (
    <p className="banner banner--warning" role="status">
      {t('consent.letters.without', { count })} <Link to={`/nominations?round=${roundId}&consent=none`}>{t('consent.letters.record')}</Link>
    </p>
  )
}
