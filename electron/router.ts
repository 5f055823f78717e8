import { ZodError, type z } from 'zod'
import { contract, type Contract } from '../shared/api'
import { listCalls, type CallSpec, type Handlers } from '../shared/api/define'
import { UserError, type AppError, type Result } from '../shared/errors'
import { sqliteEnvironmentFailure } from '../db/open'
import type { ServiceContext } from './services/context'

export type AllHandlers = Handlers<Contract, ServiceContext>
type AnyHandler = (ctx: ServiceContext, input: unknown) => unknown

const FIELD_CODE = /^[a-zA-Z][a-zA-Z0-9]*$/

/** Zod's issues as per-field catalogue codes; messages that are not our codes become `invalid`. */
export function zodToAppError(error: ZodError): AppError {
  const fields: NonNullable<AppError['fields']> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).filter((p) => !['organisation', 'round', 'contact', 'challenge', 'workshop', 'ministry'].includes(p)).join('.')
    const key = path || '_'
    if (!fields[key]) fields[key] = { code: FIELD_CODE.test(issue.message) ? issue.message : 'invalid', params: {} }
  }
  return { code: 'invalidInput', params: { detail: Object.keys(fields).join(', ') }, fields }
}

export function toAppError(error: unknown, log: (e: unknown) => void = console.error, databaseFile?: string): AppError {
  if (error instanceof UserError) return error.toAppError()
  if (error instanceof ZodError) return zodToAppError(error)
  const environment = databaseFile ? sqliteEnvironmentFailure(error, databaseFile) : null
  if (environment) return environment.toAppError()
  log(error)
  return { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } }
}

/**
 * Validates every input against the contract and turns every outcome into a Result: the one place where
 * exceptions stop, whether the caller is Electron's IPC, the end-to-end harness or a test.
 */
export function createRouter(handlers: AllHandlers, ctx: ServiceContext, log?: (e: unknown) => void) {
  const table = new Map<string, { spec: CallSpec<z.ZodType, unknown>; handler: AnyHandler }>()
  for (const { area, name, channel } of listCalls(contract)) {
    const areaSpec = contract[area as keyof Contract] as Record<string, CallSpec<z.ZodType, unknown>>
    const areaHandlers = handlers[area as keyof AllHandlers] as Record<string, AnyHandler>
    const spec = areaSpec[name]
    const handler = areaHandlers[name]
    if (!spec || !handler) throw new Error(`No handler for ${channel}`)
    table.set(channel, { spec, handler })
  }
  return {
    channels: [...table.keys()],
    async invoke(channel: string, rawInput: unknown): Promise<Result<unknown>> {
      const entry = table.get(channel)
      if (!entry) return { ok: false, error: { code: 'internal', params: { detail: `unknown channel ${channel}` } } }
      const parsed = entry.spec.input.safeParse(rawInput)
      if (!parsed.success) return { ok: false, error: zodToAppError(parsed.error) }
      try {
        return { ok: true, value: await entry.handler(ctx, parsed.data) }
      } catch (error) {
        return { ok: false, error: toAppError(error, log, ctx.conn.file) }
      }
    },
  }
}

export type Router = ReturnType<typeof createRouter>
