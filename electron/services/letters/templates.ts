import type { Language } from '../../../shared/domain/enums'
import type { LetterTemplateInfo } from '../../../shared/domain/letters'
import { compileTemplate } from '../../../shared/letters/compose'
import { DEFAULT_TEMPLATES } from '../../../shared/letters/defaults'
import type { Template } from '../../../shared/letters/template/ast'
import { LETTER_KINDS, type LetterKind } from '../../../shared/letters/types'
import { audit } from '../audit'
import type { ServiceContext } from '../context'

interface Row {
  body: string
  updatedAt: string
}

/** The officer's template for a kind and language, or the shipped default. */
export function getTemplate(ctx: ServiceContext, kind: LetterKind, language: Language): LetterTemplateInfo {
  const row = ctx.conn.sqlite
    .prepare('SELECT body, updated_at AS updatedAt FROM letter_templates WHERE kind = ? AND language = ? ORDER BY id DESC LIMIT 1')
    .get(kind, language) as Row | undefined
  return row ? { kind, language, body: row.body, isDefault: false, updatedAt: row.updatedAt } : { kind, language, body: DEFAULT_TEMPLATES[kind][language], isDefault: true, updatedAt: null }
}

export function listTemplates(ctx: ServiceContext): LetterTemplateInfo[] {
  return LETTER_KINDS.flatMap((kind) => (['sl', 'en'] as const).map((language) => getTemplate(ctx, kind, language)))
}

/** Saves a template only when it parses: a mistake comes back as `letters.template.*` with line and column. */
export function saveTemplate(ctx: ServiceContext, kind: LetterKind, language: Language, body: string): LetterTemplateInfo {
  compileTemplate(body)
  const before = getTemplate(ctx, kind, language)
  ctx.conn.sqlite.transaction(() => {
    ctx.conn.sqlite.prepare('DELETE FROM letter_templates WHERE kind = ? AND language = ?').run(kind, language)
    ctx.conn.sqlite
      .prepare('INSERT INTO letter_templates (kind, language, body, updated_at) VALUES (?, ?, ?, ?)')
      .run(kind, language, body, ctx.now().toISOString())
    audit(ctx, 'letterTemplate', null, 'update', { kind, language, body: before.body }, { kind, language, body })
  })()
  return getTemplate(ctx, kind, language)
}

/** Back to the shipped default: the stored template is removed. */
export function resetTemplate(ctx: ServiceContext, kind: LetterKind, language: Language): LetterTemplateInfo {
  const before = getTemplate(ctx, kind, language)
  if (!before.isDefault)
    ctx.conn.sqlite.transaction(() => {
      ctx.conn.sqlite.prepare('DELETE FROM letter_templates WHERE kind = ? AND language = ?').run(kind, language)
      audit(ctx, 'letterTemplate', null, 'reset', { kind, language, body: before.body }, { kind, language })
    })()
  return getTemplate(ctx, kind, language)
}

/** Compiled templates for a batch, each parsed once. A stored template that no longer parses stops the batch. */
export function compiledTemplates(ctx: ServiceContext): (kind: LetterKind, language: Language) => Template {
  const cache = new Map<string, Template>()
  return (kind, language) => {
    const key = `${kind}.${language}`
    let template = cache.get(key)
    if (!template) {
      template = compileTemplate(getTemplate(ctx, kind, language).body)
      cache.set(key, template)
    }
    return template
  }
}
