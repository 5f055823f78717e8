/**
 * Errors that reach the user. They cross the IPC boundary and the CLI as a code plus parameters and are
 * translated where they are shown (shared/i18n, key `error.<code>`), never as raw exception text.
 */
export type ErrorParams = Record<string, string | number>

export interface AppError {
  code: string
  params: ErrorParams
  /** Per-field problems of a form: field name → error code. */
  fields?: Record<string, { code: string; params: ErrorParams }>
}

export class UserError extends Error {
  readonly code: string
  readonly params: ErrorParams
  readonly fields?: AppError['fields']
  constructor(code: string, params: ErrorParams = {}, fields?: AppError['fields']) {
    super(`${code} ${JSON.stringify(params)}`)
    this.name = 'UserError'
    this.code = code
    this.params = params
    this.fields = fields
  }
  toAppError(): AppError {
    return { code: this.code, params: this.params, ...(this.fields ? { fields: this.fields } : {}) }
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }
