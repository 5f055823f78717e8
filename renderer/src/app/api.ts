import { contract, type Api } from '../../../shared/api'
import { listCalls } from '../../../shared/api/define'
import type { DataKind } from '../../../shared/api/dataKinds'
import type { AppError, Result } from '../../../shared/errors'
import { changesOf } from './freshness'

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

type ChangeListener = (kinds: DataKind[]) => Promise<void>
let onChange: ChangeListener | null = null

/** The app's cache registers here: after every call that changed data, it refreshes what reads that data. */
export function setChangeListener(listener: ChangeListener | null): void {
  onChange = listener
}

let wrapped: { source: Api; api: Api } | null = null

type RawArea = Record<string, (input: unknown) => Promise<Result<unknown>>>

/**
 * window.api, with every call that changes data followed by the refresh of every view of that data; the call
 * resolves once the shown views have their new data, so whatever the caller does next sees it.
 */
export function api(): Api {
  const source = window.api
  if (wrapped?.source === source) return wrapped.api
  const raw = source as unknown as Record<string, RawArea>
  const result: Record<string, RawArea> = {}
  for (const { area, name, channel } of listCalls(contract)) {
    const call = raw[area]?.[name]
    if (!call) continue
    const changes = changesOf(channel)
    ;(result[area] ??= {})[name] = async (input: unknown) => {
      const outcome = await call(input)
      if (outcome.ok && changes.length > 0) await onChange?.(changes)
      return outcome
    }
  }
  wrapped = { source, api: result as unknown as Api }
  return wrapped.api
}

export function appErrorOf(error: unknown): AppError {
  if (error instanceof ApiError) return error.appError
  return { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } }
}
