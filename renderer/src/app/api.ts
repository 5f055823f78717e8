import type { Api } from '../../../shared/api'
import type { AppError, Result } from '../../../shared/errors'

declare global {
  interface Window {
    api: Api
  }
}

/** A failed call as an exception for TanStack Query; the UI translates `error.appError`. */
export class ApiError extends Error {
  readonly appError: AppError
  constructor(appError: AppError) {
    super(appError.code)
    this.appError = appError
  }
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function api(): Api {
  return window.api
}

export function appErrorOf(error: unknown): AppError {
  if (error instanceof ApiError) return error.appError
  return { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } }
}
