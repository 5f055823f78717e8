import { QueryClient, QueryObserver } from '@tanstack/query-core'
import { describe, expect, it } from 'vitest'
import { contract } from '../../../shared/api'
import { DATA_KINDS, changedKinds, type DataKind } from '../../../shared/api/dataKinds'
import { callEffects, listCalls } from '../../../shared/api/define'
import { callKey, refreshChanged } from '../../../renderer/src/app/freshness'

const effects = callEffects(contract)
const calls = listCalls(contract).map((c) => ({ ...c, effect: effects.get(c.channel)! }))
const mutating = calls.filter((c) => 'changes' in c.effect)

/** Verbs that write stored data: a call named so must say what it changes (native dialogs store nothing). */
const WRITES = /^(create|update|set|remove|add|save|reset|propose|place|confirm|withdraw|complete|register|unregister|commit|undo|erase|anonymise|generate|print|restore|now|loadDemo|declineDemo|export|consent|issue)([A-Z]\w*)?$/

describe('the contract says what every call reads or changes', () => {
  it('declares exactly one effect per call, in known kinds only', () => {
    for (const c of calls) {
      const kinds = 'reads' in c.effect ? c.effect.reads : c.effect.changes
      expect(('reads' in c.effect) !== ('changes' in c.effect), c.channel).toBe(true)
      for (const k of kinds) expect(DATA_KINDS, `${c.channel}: ${k}`).toContain(k)
    }
  })

  it('has every mutating call declare what it changes (never nothing), and every writing verb declared as a change', () => {
    expect(mutating.length).toBeGreaterThan(40)
    for (const c of mutating) expect('changes' in c.effect && c.effect.changes.length, c.channel).toBeGreaterThan(0)
    const readingWriters = calls.filter((c) => !c.channel.startsWith('dialog:') && WRITES.test(c.channel.split(':')[1]!) && !('changes' in c.effect)).map((c) => c.channel)
    expect(readingWriters).toEqual([])
  })

  it('has confirming a placement change what the letters screen reads', () => {
    const confirm = changedKinds(contract.planning.confirm.effect)
    const reads = contract.letters.placements.effect
    expect('reads' in reads && reads.reads.some((k) => confirm.includes(k))).toBe(true)
    expect(confirm).toContain('audit')
  })

  it('has every kind that is read changed by some call, so no view waits for a change that never comes', () => {
    const changed = new Set<DataKind>(mutating.flatMap((c) => changedKinds(c.effect)))
    const read = new Set<DataKind>(calls.flatMap((c) => ('reads' in c.effect ? c.effect.reads : [])))
    expect([...read].filter((k) => !changed.has(k))).toEqual([])
  })
})

describe('the renderer refreshes by what changed', () => {
  const seed = (client: QueryClient, key: readonly unknown[]) => client.setQueryData(key, 'old')

  it('fetches every shown query that reads a changed kind again, drops hidden ones, and leaves the rest', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } })
    const fetched: string[] = []
    const watch = (key: readonly unknown[]) => {
      const observer = new QueryObserver(client, { queryKey: key, queryFn: () => (fetched.push(String(key[0])), 'new') })
      return observer.subscribe(() => undefined)
    }
    const letters = callKey(contract.letters.placements, 1)
    const templates = callKey(contract.letters.templates)
    const audit = callKey(contract.audit.list, {}, 0)
    const board = callKey(contract.planning.board, 1)
    for (const key of [letters, templates, audit, board]) seed(client, key)
    const stop = [watch(templates), watch(audit), watch(board)]
    await refreshChanged(client, changedKinds(contract.planning.confirm.effect))
    // The letters list was not on screen: it is gone, so Letters reads it when it opens, never showing the old one.
    expect(client.getQueryData(letters)).toBeUndefined()
    expect(client.getQueryData(board)).toBe('new')
    expect(client.getQueryData(audit)).toBe('new')
    expect(client.getQueryData(templates)).toBe('old')
    expect(fetched.sort()).toEqual(['audit:list', 'planning:board'])
    stop.forEach((s) => s())
  })

  it('treats a key that names no read call as reading everything', async () => {
    const client = new QueryClient()
    seed(client, ['something-else'])
    await refreshChanged(client, ['templates'])
    expect(client.getQueryData(['something-else'])).toBeUndefined()
  })
})
