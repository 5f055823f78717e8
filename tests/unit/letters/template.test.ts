import { describe, expect, it } from 'vitest'
import { UserError } from '../../../shared/errors'
import type { FieldKind, IfNode } from '../../../shared/letters/template/ast'
import { evaluateTemplate, type FieldValue } from '../../../shared/letters/template/evaluate'
import { piecesToHtml } from '../../../shared/letters/template/markup'
import { parseTemplate } from '../../../shared/letters/template/parse'

const KINDS: Record<string, FieldKind> = {
  'a.name': 'text',
  'a.address': 'multiline',
  'a.date': 'date',
  'a.phone': 'text',
  'a.female': 'flag',
  'a.male': 'flag',
  'letter.signature': 'block',
}
const resolve = (path: string) => KINDS[path]
const parse = (source: string) => parseTemplate(source, resolve)

function render(source: string, values: Record<string, FieldValue>): string {
  return piecesToHtml(evaluateTemplate(parse(source), (path) => values[path]))
}

function errorOf(source: string): { code: string; params: Record<string, string | number> } {
  try {
    parse(source)
  } catch (error) {
    if (error instanceof UserError) return { code: error.code, params: error.params }
    throw error
  }
  throw new Error(`no error for ${JSON.stringify(source)}`)
}

describe('template parser', () => {
  it('gives every node its line and column', () => {
    const { nodes } = parse('Hello {a.name},\n  {#if a.phone}tel. {a.phone}{/if}')
    expect(nodes.map((n) => [n.type, n.pos.line, n.pos.column])).toEqual([
      ['text', 1, 1],
      ['field', 1, 7],
      ['text', 1, 15],
      ['if', 2, 3],
    ])
    const branch = (nodes[3] as IfNode).branches[0]!
    expect(branch.condition).toEqual({ path: 'a.phone', negated: false, pos: { line: 2, column: 3 } })
    expect(branch.body.map((n) => [n.type, n.pos.line, n.pos.column])).toEqual([
      ['text', 2, 16],
      ['field', 2, 21],
    ])
  })

  it('renders if, elseif, else and not', () => {
    const source = '{#if a.female}Spoštovana{#elseif a.male}Spoštovani{#else}Pozdravljeni{/if}{#if not a.phone} (brez telefona){/if}'
    expect(render(source, { 'a.female': true, 'a.male': false, 'a.phone': '' })).toBe('<p>Spoštovana (brez telefona)</p>')
    expect(render(source, { 'a.female': false, 'a.male': true, 'a.phone': '01' })).toBe('<p>Spoštovani</p>')
    expect(render(source, { 'a.female': false, 'a.male': false, 'a.phone': '01' })).toBe('<p>Pozdravljeni</p>')
  })

  it('treats a blank text field as false and nests blocks', () => {
    const source = '{#if a.name}Ime: {a.name}{#if a.phone}, tel. {a.phone}{/if}{#else}brez imena{/if}'
    expect(render(source, { 'a.name': '  ', 'a.phone': '01' })).toBe('<p>brez imena</p>')
    expect(render(source, { 'a.name': 'Ana', 'a.phone': '' })).toBe('<p>Ime: Ana</p>')
    expect(render(source, { 'a.name': 'Ana', 'a.phone': '01 234' })).toBe('<p>Ime: Ana, tel. 01 234</p>')
  })

  it('lets a block tag alone on its line take the line with it', () => {
    const source = 'Prva vrstica\n{#if a.phone}\n  Telefon: {a.phone}\n{/if}\nZadnja vrstica'
    expect(render(source, { 'a.phone': '' })).toBe('<p>Prva vrstica<br>Zadnja vrstica</p>')
    expect(render(source, { 'a.phone': '01' })).toBe('<p>Prva vrstica<br>Telefon: 01<br>Zadnja vrstica</p>')
  })

  it('reads {{ as a literal brace, allows spaces inside a tag and accepts Windows line ends', () => {
    expect(render('{{a.name} je { a.name }', { 'a.name': 'Ana' })).toBe('<p>{a.name} je Ana</p>')
    expect(errorOf('vrstica\r\n{x.y}').params).toMatchObject({ line: 2, column: 1 })
  })

  it.each([
    ['unknown field', 'Dober dan,\n  {participant.nme}', 'letters.template.unknownField', { field: 'participant.nme', line: 2, column: 3 }],
    ['unknown field in a condition', '{#if a.phon}x{/if}', 'letters.template.unknownField', { field: 'a.phon', line: 1, column: 1 }],
    ['unclosed block', 'a\n{#if a.phone}\nb', 'letters.template.unclosedBlock', { tag: '{#if}', line: 2, column: 1 }],
    ['stray close', 'a {/if}', 'letters.template.strayClose', { tag: '{/if}', line: 1, column: 3 }],
    ['else outside a block', 'x\n   {#else}', 'letters.template.strayElse', { tag: '{#else}', line: 2, column: 4 }],
    ['elseif outside a block', '{#elseif a.phone}', 'letters.template.strayElse', { tag: '{#elseif}', line: 1, column: 1 }],
    ['elseif after else', '{#if a.phone}a{#else}b{#elseif a.name}c{/if}', 'letters.template.afterElse', { tag: '{#elseif}', line: 1, column: 23, openLine: 1, openColumn: 1 }],
    ['second else', '{#if a.phone}a{#else}b{#else}c{/if}', 'letters.template.afterElse', { tag: '{#else}', line: 1, column: 23 }],
    ['tag not closed on its line', 'Ime: {a.name\n}', 'letters.template.unclosedTag', { line: 1, column: 6 }],
    ['tag never closed', 'Ime: {a.name', 'letters.template.unclosedTag', { line: 1, column: 6 }],
    ['not a field name', 'x {a name}', 'letters.template.badTag', { tag: '{a name}', line: 1, column: 3 }],
    ['empty tag', 'x {}', 'letters.template.badTag', { tag: '{}', line: 1, column: 3 }],
    ['unknown block', '{#each a.name}', 'letters.template.unknownBlock', { tag: '{#each a.name}', line: 1, column: 1 }],
    ['unknown close', '{#if a.phone}{/each}', 'letters.template.unknownBlock', { tag: '{/each}', line: 1, column: 14 }],
    ['else with a condition', '{#if a.phone}a{#else a.name}b{/if}', 'letters.template.unknownBlock', { line: 1, column: 15 }],
    ['if without a condition', '{#if}', 'letters.template.badCondition', { line: 1, column: 1 }],
    ['if with two fields', '{#if a.phone a.name}', 'letters.template.badCondition', { tag: 'a.phone a.name', line: 1, column: 1 }],
    ['flag printed', 'x {a.female}', 'letters.template.conditionOnly', { field: 'a.female', line: 1, column: 3 }],
    ['block as condition', '{#if letter.signature}x{/if}', 'letters.template.notCondition', { field: 'letter.signature', line: 1, column: 1 }],
    ['block inside a line', 'Podpis: {letter.signature}', 'letters.template.blockNotAlone', { field: 'letter.signature', line: 1, column: 9 }],
  ])('reports %s with its line and column', (_, source, code, params) => {
    const error = errorOf(source)
    expect(error.code).toBe(code)
    expect(error.params).toMatchObject(params)
  })

  it('shortens a runaway tag in the message', () => {
    const { params } = errorOf(`{${'x '.repeat(40)}}`)
    expect(String(params.tag).length).toBeLessThanOrEqual(41)
    expect(String(params.tag).endsWith('…')).toBe(true)
  })
})

describe('template rendering', () => {
  it('escapes merged values and the template’s own text', () => {
    const html = render('<b>{a.name}</b> & "co"', { 'a.name': '<img src=x onerror=alert(1)>' })
    expect(html).toBe('<p>&lt;b&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/b&gt; &amp; &quot;co&quot;</p>')
    expect(html).not.toContain('<img')
  })

  it('never reads merged values as markup', () => {
    const values = { 'a.name': '**bold** and\n- item', 'a.address': '## Ulica 1\n- 1000 Ljubljana' }
    expect(render('{a.name}\n\n{a.address}', values)).toBe('<p>**bold** and\n- item</p>\n<p>## Ulica 1<br>- 1000 Ljubljana</p>')
  })

  it('makes paragraphs, line breaks, lists, headings and bold from the template text', () => {
    const source = '## Naslov\n\nPrva vrstica\n**Krepko:** {a.name}\n\nVročiti:\n- naslovniku\n- {a.name}\n\nKonec'
    expect(render(source, { 'a.name': 'Ana' })).toBe(
      '<h2>Naslov</h2>\n<p>Prva vrstica<br><strong>Krepko:</strong> Ana</p>\n<p>Vročiti:</p>\n<ul><li>naslovniku</li><li>Ana</li></ul>\n<p>Konec</p>',
    )
  })

  it('pairs ** across merged values and leaves an unpaired one as written', () => {
    expect(render('**Zadeva: {a.name}** in ** ostane', { 'a.name': 'x' })).toBe('<p><strong>Zadeva: x</strong> in ** ostane</p>')
  })

  it('keeps an address on several lines, a date whole, and one dot after an abbreviation', () => {
    const values = { 'a.address': 'Grajski trg 4\n8360 Žužemberk', 'a.date': '22. 11. 2026', 'a.name': 'Tovarna d.o.o.' }
    expect(render('{a.address}\n{a.date}\nv {a.name}. Hvala.', values)).toBe(
      '<p>Grajski trg 4<br>8360 Žužemberk<br>22.&nbsp;11.&nbsp;2026<br>v Tovarna d.o.o. Hvala.</p>',
    )
  })

  it('keeps a law’s short name and number on one line, in the template’s text only', () => {
    expect(render('Zakon (ZVOP-2), **ZJU-1** in {a.name}; A-4, EU-prost', { 'a.name': 'ZVOP-2' })).toBe(
      '<p>Zakon (<span class="nobr">ZVOP-2</span>), <strong><span class="nobr">ZJU-1</span></strong> in ZVOP-2; A-4, EU-prost</p>',
    )
  })

  it('places a block field as a block of its own', () => {
    const html = render('Lep pozdrav\n\n{letter.signature}\n\nVročiti:', { 'letter.signature': { html: '<div class="signature">S</div>' } })
    expect(html).toBe('<p>Lep pozdrav</p>\n<div class="signature">S</div>\n<p>Vročiti:</p>')
  })

  it('drops lines left empty by conditions instead of printing empty paragraphs', () => {
    const html = render('A\n\n{#if a.phone}\n{a.phone}\n{/if}\n\n\nB', { 'a.phone': '' })
    expect(html).toBe('<p>A</p>\n<p>B</p>')
  })
})
