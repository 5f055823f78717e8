import type { ReactNode } from 'react'
import type { AppError } from '../../../shared/errors'
import { useErrorText } from '../i18n/useT'

export function ErrorBanner({ error }: { error: AppError | null | undefined }) {
  const text = useErrorText()
  if (!error) return null
  return (
    <div className="banner banner--error" role="alert">
      {text(error)}
    </div>
  )
}

export function InfoBanner({ children }: { children: ReactNode }) {
  return (
    <div className="banner banner--info" role="status">
      {children}
    </div>
  )
}
