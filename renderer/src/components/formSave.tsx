import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { FieldValues, UseFormSetError } from 'react-hook-form'
import type { AppError } from '../../../shared/errors'
import { appErrorOf } from '../app/api'
import { useT } from '../i18n/useT'
import { applyFieldErrors } from './formErrors'

/**
 * Saving a form: the server's per-field problems go under their fields, anything else into `serverError`
 * for an ErrorBanner.
 */
export function useFormSave<TValues, TResult, TForm extends FieldValues>(options: {
  save: (values: TValues) => Promise<TResult>
  onSaved: (result: TResult) => unknown
  setError: UseFormSetError<TForm>
}) {
  const [serverError, setServerError] = useState<AppError | null>(null)
  const mutation = useMutation({
    mutationFn: (values: TValues) => {
      setServerError(null)
      return options.save(values)
    },
    onSuccess: options.onSaved,
    onError: (e) => {
      const appError = appErrorOf(e)
      if (!applyFieldErrors(appError, options.setError)) setServerError(appError)
    },
  })
  return { save: mutation.mutate, isPending: mutation.isPending, isSaved: mutation.isSuccess, serverError }
}

/**
 * A dialog's buttons: Cancel, then the action, disabled while it cannot or does run. Without `onConfirm` the action
 * submits the dialog's form.
 */
export function ConfirmFooter({ onCancel, onConfirm, label, disabled }: { onCancel: () => void; onConfirm?: () => void; label: string; disabled: boolean }) {
  const t = useT()
  return (
    <footer>
      <button type="button" className="button" onClick={onCancel}>
        {t('shell.cancel')}
      </button>
      <button type={onConfirm ? 'button' : 'submit'} className="button button--primary" disabled={disabled} onClick={onConfirm}>
        {label}
      </button>
    </footer>
  )
}

/** A form dialog's Cancel and Save. */
export function FormFooter({ onCancel, pending }: { onCancel: () => void; pending: boolean }) {
  const t = useT()
  return <ConfirmFooter onCancel={onCancel} label={t('shell.save')} disabled={pending} />
}
