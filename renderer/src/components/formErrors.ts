import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form'
import type { AppError } from '../../../shared/errors'

/** Puts the server's per-field codes onto the form; returns whether any field took one. */
export function applyFieldErrors<T extends FieldValues>(error: AppError, setError: UseFormSetError<T>): boolean {
  if (!error.fields) return false
  for (const [field, problem] of Object.entries(error.fields)) {
    setError(field as Path<T>, { type: 'server', message: JSON.stringify(problem) })
  }
  return true
}

/** Field error text: zod codes from the resolver, or server codes with params packed by applyFieldErrors. */
export function fieldErrorText(
  errors: FieldErrors,
  name: string,
  t: (id: string, values?: Record<string, string | number>) => string,
): string | undefined {
  const message = errors[name]?.message
  if (typeof message !== 'string' || message === '') return undefined
  if (message.startsWith('{')) {
    const { code, params } = JSON.parse(message) as { code: string; params: Record<string, string | number> }
    return t(`field.${code}`, params)
  }
  return t(`field.${/^[a-zA-Z]+$/.test(message) ? message : 'invalid'}`)
}
