import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { z } from 'zod'
import { manualPlacementFields } from '../../../../shared/api/planning'
import { DRIVERS } from '../../../../shared/domain/enums'
import type { BoardNomination, PlanningBoard } from '../../../../shared/planning/board'
import { firstWorkingDayFrom } from '../../../../shared/planning/notice'
import { ErrorBanner } from '../../components/Alerts'
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field'
import { fieldErrorText } from '../../components/formErrors'
import { FormFooter, useFormSave } from '../../components/formSave'
import { Modal } from '../../components/Modal'
import { api, unwrap } from '../../app/api'
import { callKey } from '../../app/freshness'
import { contract } from '../../../../shared/api'
import { useFormatDate, useT } from '../../i18n/useT'
import { numberOrNull, personName, useBoardChange, useExplain } from './queries'

type FormInput = z.input<typeof manualPlacementFields>
type FormOutput = z.output<typeof manualPlacementFields>


function defaults(n: BoardNomination, board: PlanningBoard): FormInput {
  const p = n.placement
  if (p) {
    return { nominationId: n.id, hostOrganisationId: p.hostOrganisationId, offerId: p.offerId, startsOn: p.startsOn, endsOn: p.endsOn, mentorContactId: p.mentorContactId, driver: p.driver, overrideReason: p.overrideReason ?? '', locked: true }
  }
  const host = n.preferences[0]?.id ?? board.offers[0]?.organisationId ?? board.organisations[0]?.id ?? 0
  const offer = board.offers.find((o) => o.organisationId === host)
  // Never suggest a start before the earliest one (today plus the round's notice), nor on a day off: an exchange
  // starts on a working day.
  const from = [offer?.availableFrom, n.availableFrom].find((d) => d != null) ?? board.earliestStart
  return { nominationId: n.id, hostOrganisationId: host, offerId: offer?.id ?? null, startsOn: firstWorkingDayFrom(from < board.earliestStart ? board.earliestStart : from), endsOn: '', mentorContactId: offer?.mentorContactId ?? null, driver: null, overrideReason: '', locked: true }
}

/**
 * Places a participant by hand, or moves a placement to another host, offer or period. The rules are checked
 * as the user types; a change that breaks one shows the warning and can only be saved with a reason. Whether the
 * placement is locked against later proposals is a visible checkbox, not something done silently.
 */
export function PlaceDialog({ board, nomination, onClose }: { board: PlanningBoard; nomination: BoardNomination; onClose: () => void }) {
  const t = useT()
  const formatDate = useFormatDate()
  const explain = useExplain()
  const { register, handleSubmit, formState, setError, control, setValue, getValues } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(manualPlacementFields),
    defaultValues: defaults(nomination, board),
  })
  const values = useWatch({ control })
  const host = Number(values.hostOrganisationId)
  const parsed = manualPlacementFields.safeParse({ ...values, hostOrganisationId: host, offerId: numberOrNull(values.offerId), mentorContactId: numberOrNull(values.mentorContactId) })
  const check = useQuery({
    queryKey: callKey(contract.planning.check, parsed.success ? parsed.data : null),
    queryFn: () => unwrap(api().planning.check(parsed.data!)),
    enabled: parsed.success,
    staleTime: 0,
  })
  const violations = parsed.success ? (check.data?.violations ?? []) : []
  const error = (name: string) => fieldErrorText(formState.errors, name, t)
  const change = useBoardChange(board.round.id, (input: FormOutput) => unwrap(api().planning.place(input)))
  const { save, isPending, serverError } = useFormSave({ save: (input: FormOutput) => change.mutateAsync(input), onSaved: onClose, setError })
  const offers = board.offers.filter((o) => o.organisationId === host)
  const mentors = board.mentors.filter((m) => m.organisationId === host)
  // Another host: the previous host's offer and mentor do not come along (the service drops them too).
  useEffect(() => {
    const offerId = numberOrNull(getValues('offerId'))
    if (offerId !== null && !board.offers.some((o) => o.id === offerId && o.organisationId === host)) setValue('offerId', null)
    const mentorId = numberOrNull(getValues('mentorContactId'))
    if (mentorId !== null && !board.mentors.some((m) => m.id === mentorId && m.organisationId === host)) setValue('mentorContactId', null)
  }, [host, board.offers, board.mentors, getValues, setValue])
  const hostChanged = nomination.placement !== null && nomination.placement.hostOrganisationId !== host
  const name = personName(nomination, t('planning.participant.anonymous'))
  return (
    <Modal title={t(nomination.placement ? 'planning.place.moveTitle' : 'planning.place.title', { name })} isOpen onClose={onClose} wide>
      <form onSubmit={handleSubmit((v) => save(v))} noValidate>
        <p className="muted">
          {t('planning.place.availability', {
            // Open sides of availability mean the round's own period.
            from: formatDate(nomination.availableFrom ?? board.round.startsOn) || '…',
            to: formatDate(nomination.availableTo ?? board.round.endsOn) || '…',
            choices: nomination.preferences.map((p) => p.name).join(', ') || '–',
          })}
        </p>
        <p className="muted">{t('planning.place.earliest', { date: formatDate(board.earliestStart) })}</p>
        <SelectField
          label={t('planning.place.host')}
          options={board.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
          error={error('hostOrganisationId')}
          {...register('hostOrganisationId', { setValueAs: Number })}
        />
        {hostChanged && nomination.placement?.offerId != null && <p className="muted" role="status">{t('planning.place.offerDropped')}</p>}
        <div className="form-grid">
          <SelectField
            label={t('planning.place.offer')}
            options={[{ value: '', label: t('planning.place.noOffer') }, ...offers.map((o) => ({ value: String(o.id), label: `${formatDate(o.availableFrom) || '…'} – ${formatDate(o.availableTo) || '…'} (${o.used}/${o.places})` }))]}
            {...register('offerId', { setValueAs: numberOrNull })}
          />
          <SelectField
            label={t('planning.place.mentor')}
            options={[{ value: '', label: t('planning.place.mentorFromOffer') }, ...mentors.map((m) => ({ value: String(m.id), label: m.fullName }))]}
            {...register('mentorContactId', { setValueAs: numberOrNull })}
          />
          <TextField label={t('planning.place.from')} type="date" required error={error('startsOn')} {...register('startsOn')} />
          <TextField label={t('planning.place.to')} type="date" required error={error('endsOn')} {...register('endsOn')} />
          <SelectField
            label={t('planning.place.driver')}
            options={[{ value: '', label: t('planning.place.noDriver') }, ...DRIVERS.map((d) => ({ value: d, label: t(`planning.driver.${d}`) }))]}
            {...register('driver', { setValueAs: (v) => (v === '' ? null : v) })}
          />
        </div>
        <div role="status" aria-live="polite" className={violations.length > 0 ? 'banner banner--warning' : 'planning-check-ok'}>
          {violations.length > 0 ? (
            <>
              <p>
                <strong>{t('planning.place.warning')}</strong>
              </p>
              <ul>
                {violations.map((v) => (
                  <li key={v.rule}>{explain.violation(v)}</li>
                ))}
              </ul>
            </>
          ) : (
            parsed.success && check.isSuccess && <p className="muted">{t('planning.place.withinRules')}</p>
          )}
        </div>
        {violations.length > 0 && <TextAreaField label={t('planning.place.reason')} required error={error('overrideReason')} {...register('overrideReason')} />}
        <CheckboxField label={t('planning.place.lock')} {...register('locked')} />
        <ErrorBanner error={serverError} />
        <FormFooter onCancel={onClose} pending={isPending} />
      </form>
    </Modal>
  )
}
