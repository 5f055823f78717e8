import type { z } from 'zod'
import type { Result } from '../errors'
import type { CallEffect } from './dataKinds'

/**
 * One IPC call: its channel (`area:verb`), the zod schema of its input, what stored data it reads or changes, and
 * (as a type only) its output.
 */
export interface CallSpec<In extends z.ZodType, Out> {
  readonly channel: `${string}:${string}`
  readonly input: In
  readonly effect: CallEffect
  /** Never set: carries the output type. */
  readonly output?: Out
}

/**
 * `call<Output>()('area:verb', inputSchema, { reads: [...] } | { changes: [...] })`: the output type is given, the
 * input type is inferred, and the effect is required, so no call can leave the screens showing what it changed.
 */
export function call<Out>() {
  return <In extends z.ZodType>(channel: `${string}:${string}`, input: In, effect: CallEffect): CallSpec<In, Out> => ({ channel, input, effect })
}

export type AreaSpec = Record<string, CallSpec<z.ZodType, unknown>>
export type ContractSpec = Record<string, AreaSpec>

type OutputOf<C> = C extends CallSpec<z.ZodType, infer O> ? O : never
type InputOf<C> = C extends CallSpec<infer I, unknown> ? z.input<I> : never
type ParsedInputOf<C> = C extends CallSpec<infer I, unknown> ? z.output<I> : never

/** What the renderer sees as `window.api`. */
export type ClientApi<S extends ContractSpec> = {
  [A in keyof S]: { [C in keyof S[A]]: (input: InputOf<S[A][C]>) => Promise<Result<OutputOf<S[A][C]>>> }
}

/** What main implements: every call of every area, given the validated input. */
export type Handlers<S extends ContractSpec, Ctx> = {
  [A in keyof S]: { [C in keyof S[A]]: (ctx: Ctx, input: ParsedInputOf<S[A][C]>) => OutputOf<S[A][C]> | Promise<OutputOf<S[A][C]>> }
}

/** Every channel with its area and call name, for preload and the router. */
export function listCalls(spec: ContractSpec): Array<{ area: string; name: string; channel: string }> {
  return Object.entries(spec).flatMap(([area, calls]) =>
    Object.entries(calls).map(([name, c]) => ({ area, name, channel: c.channel })),
  )
}

/** Each channel's effect, for the renderer's cache and the tests. */
export function callEffects(spec: ContractSpec): Map<string, CallEffect> {
  return new Map(Object.values(spec).flatMap((calls) => Object.values(calls).map((c) => [c.channel, c.effect] as const)))
}
