import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allHandlers } from '../../../electron/handlers'
import { createRouter, type Router } from '../../../electron/router'
import { contract } from '../../../shared/api'
import { listCalls } from '../../../shared/api/define'
import { tempContext } from '../../helpers/db'

let router: Router
let cleanup: () => void
const errors: unknown[] = []
beforeEach(async () => {
  const temp = await tempContext()
  cleanup = temp.cleanup
  const dialog = { openFile: () => ({ file: null }), chooseFolder: () => ({ folder: null }), readImage: () => ({ dataUrl: '' }), saveFile: () => ({ file: null }) }
  router = createRouter(allHandlers(dialog), temp.ctx, (e) => errors.push(e))
})
afterEach(() => cleanup())

describe('router', () => {
  it('serves every channel of the contract, each named area:verb', () => {
    expect(router.channels.sort()).toEqual(listCalls(contract).map((c) => c.channel).sort())
    for (const channel of router.channels) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/)
  })

  it('turns invalid input into per-field codes without calling the service', async () => {
    const result = await router.invoke('partners:create', { organisation: { name: '', sector: 'bank', taxNumber: '123' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput', fields: { name: { code: 'required' }, sector: { code: 'required' } } } })
  })

  it('returns user errors as codes with parameters, and unknown channels as internal errors', async () => {
    expect(await router.invoke('partners:get', { id: 999 })).toEqual({ ok: false, error: { code: 'partners.notFound', params: { id: 999 } } })
    expect(await router.invoke('partners:drop', {})).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(errors).toEqual([])
  })

  it('returns values on success', async () => {
    const created = await router.invoke('partners:create', { organisation: { name: 'Zavod Kres', sector: 'ngo' } })
    expect(created).toMatchObject({ ok: true, value: { status: 'created', organisation: { name: 'Zavod Kres' } } })
  })
})
