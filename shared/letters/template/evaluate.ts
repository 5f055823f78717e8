import type { FieldKind, Template, TemplateNode } from './ast'

/** HTML built by this module from escaped parts (a layout block such as the signature), never from raw input. */
export interface SafeHtml {
  html: string
}

export type FieldValue = string | boolean | SafeHtml

/**
 * The output of a template before markup: literal template text (which may carry `**`, `- ` and `## ` markup),
 * merged values (plain text that is never read as markup) and ready blocks.
 */
export type Piece =
  | { t: 'lit'; text: string }
  | { t: 'val'; text: string; kind: Exclude<FieldKind, 'flag' | 'block'> }
  | { t: 'block'; html: string }

export function isTruthy(value: FieldValue | undefined): boolean {
  if (value === undefined) return false
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') return value.trim() !== ''
  return value.html !== ''
}

/** Runs the conditionals and looks up the fields; `lookup` answers for every field the parser accepted. */
export function evaluateTemplate(template: Template, lookup: (path: string) => FieldValue | undefined): Piece[] {
  const pieces: Piece[] = []
  const walk = (nodes: TemplateNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') pieces.push({ t: 'lit', text: node.value })
      else if (node.type === 'field') {
        const value = lookup(node.path)
        if (node.kind === 'block') pieces.push({ t: 'block', html: typeof value === 'object' ? value.html : '' })
        else if (node.kind !== 'flag') pieces.push({ t: 'val', text: typeof value === 'string' ? value : '', kind: node.kind })
      } else {
        const branch = node.branches.find((b) => isTruthy(lookup(b.condition.path)) !== b.condition.negated)
        const body = branch ? branch.body : node.otherwise
        if (body) walk(body)
      }
    }
  }
  walk(template.nodes)
  return pieces
}
