import { readFileSync, readdirSync } from 'node:fs'
import JSZip from 'jszip'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../../shared/errors'
import { createXmlParser, localName } from '../../../electron/services/import/xlsx/xml'
import { rng } from './helpers/random'

type Event = ['open', string, Record<string, string>] | ['text', string] | ['close', string]

/** Events with adjacent text joined and text outside elements dropped: both parsers may split text differently. */
function normalise(events: Event[]): Event[] {
  const out: Event[] = []
  let depth = 0
  for (const e of events) {
    if (e[0] === 'open') depth++
    if (e[0] === 'close') depth--
    if (e[0] === 'text') {
      if (depth === 0 || e[1] === '') continue
      const last = out[out.length - 1]
      if (last && last[0] === 'text') last[1] += e[1]
      else out.push(['text', e[1]])
    } else out.push(e)
  }
  return out
}

function ours(xml: string, chunk: number): Event[] {
  const events: Event[] = []
  const parser = createXmlParser({ open: (n, a) => events.push(['open', n, { ...a }]), text: (t) => events.push(['text', t]), close: (n) => events.push(['close', n]) }, 'test')
  for (let i = 0; i < xml.length; i += chunk) parser.write(xml.slice(i, i + chunk))
  parser.close()
  return normalise(events)
}

function reference(xml: string): Event[] {
  const events: Event[] = []
  const parser = new SaxesParser()
  parser.on('opentag', (t) => events.push(['open', localName(t.name), { ...(t.attributes as Record<string, string>) }]))
  parser.on('text', (t) => events.push(['text', t]))
  parser.on('cdata', (t) => events.push(['text', t]))
  parser.on('closetag', (t) => events.push(['close', localName(t.name)]))
  parser.write(xml).close()
  return normalise(events)
}

function randomDocument(seed: number): string {
  const r = rng(seed)
  const names = ['c', 'row', 'v', 'x:si', 'is', 't', 'sheetData', 'r:rel']
  const texts = ['Ana', 'Žiga Čeh', '&amp;', '&lt;tag&gt;', '&#269;', '&#x17E;', ' ', '1 < 2'.replace('<', '&lt;'), '"quoted"', "it's", '\n', 'a>b']
  const attribute = () => {
    const value = r.pick(['A1', '1:18', '&quot;x&quot;', "d'x", '[>=100]0', 'š&amp;ž', ''])
    const quote = value.includes("'") ? '"' : r.pick(['"', "'"])
    return ` ${r.pick(['r', 's', 't', 'x14ac:dyDescent', 'ref'])}=${quote}${value.replace(/"/g, '&quot;')}${quote}`
  }
  const element = (depth: number): string => {
    const name = r.pick(names)
    const attrs = Array.from({ length: r.int(3) }, attribute)
    const unique = [...new Map(attrs.map((a) => [a.split('=')[0], a])).values()].join('')
    if (depth > 3 || r.next() < 0.2) return `<${name}${unique}/>`
    let inner = ''
    for (let i = r.int(4); i > 0; i--) {
      const kind = r.int(5)
      inner += kind === 0 ? r.pick(texts) : kind === 1 ? '<![CDATA[raw <x> & y]]>' : kind === 2 ? '<!-- note -->' : element(depth + 1)
    }
    return `<${name}${unique}>${inner}</${name}>`
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<root>${element(0)}${element(0)}</root>\n`
}

describe('XML tokenizer', () => {
  it('gives the same events as saxes on generated documents, however the text is chunked', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const xml = randomDocument(seed)
      const expected = reference(xml)
      for (const chunk of [1, 7, 64, 100_000]) expect(ours(xml, chunk), `seed ${seed}, chunk ${chunk}`).toEqual(expected)
    }
  })

  it('gives the same events as saxes on every part of the committed .xlsx fixtures', async () => {
    const dir = 'tests/fixtures/import'
    const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx'))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const zip = await JSZip.loadAsync(readFileSync(`${dir}/${file}`))
      for (const path of Object.keys(zip.files).filter((p) => p.endsWith('.xml') || p.endsWith('.rels'))) {
        const xml = await zip.file(path)!.async('string')
        expect(ours(xml, 333), `${file}:${path}`).toEqual(reference(xml))
      }
    }
  })

  it.each([
    ['a document type declaration', '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'],
    ['an undefined entity', '<x>&nbsp;</x>'],
    ['a bare ampersand', '<x>a & b</x>'],
    ['mismatched tags', '<x><y></x></y>'],
    ['a truncated document', '<x><y>text'],
    ['text outside the root', 'hello<x/>'],
    ['two roots', '<x/><y/>'],
    ['nothing at all', ''],
  ])('refuses %s as a damaged file', (_, xml) => {
    const parser = createXmlParser({}, 'part.xml')
    expect(() => {
      parser.write(xml)
      parser.close()
    }).toThrow(UserError)
  })
})
