import type { Condition, FieldKind, IfNode, Position, Template, TemplateNode } from './ast'
import { lex, templateError } from './lex'

/** Tells the parser which fields exist and how they behave; undefined for an unknown field. */
export type FieldResolver = (path: string) => FieldKind | undefined

interface OpenBlock {
  node: IfNode
  body: TemplateNode[]
  sawElse: boolean
}

function checkCondition(condition: Condition, resolve: FieldResolver): void {
  const kind = resolve(condition.path)
  if (kind === undefined) throw templateError('unknownField', condition.pos, { field: condition.path })
  if (kind === 'block') throw templateError('notCondition', condition.pos, { field: condition.path })
}

/**
 * Parses a letter template into an AST with a position on every node. Every mistake is a UserError
 * `letters.template.<code>` with the line and column where it starts, so the editor can point at it
 * before anything is saved.
 */
export function parseTemplate(source: string, resolve: FieldResolver): Template {
  const root: TemplateNode[] = []
  const stack: OpenBlock[] = []
  const current = () => stack.at(-1)?.body ?? root

  for (const token of lex(source)) {
    switch (token.t) {
      case 'text':
        current().push({ type: 'text', value: token.value, pos: token.pos })
        break
      case 'field': {
        const kind = resolve(token.path)
        if (kind === undefined) throw templateError('unknownField', token.pos, { field: token.path })
        if (kind === 'flag') throw templateError('conditionOnly', token.pos, { field: token.path })
        if (kind === 'block' && !token.standalone) throw templateError('blockNotAlone', token.pos, { field: token.path })
        current().push({ type: 'field', path: token.path, kind, pos: token.pos })
        break
      }
      case 'if': {
        checkCondition(token.condition, resolve)
        const body: TemplateNode[] = []
        const node: IfNode = { type: 'if', branches: [{ condition: token.condition, body }], otherwise: null, pos: token.pos }
        current().push(node)
        stack.push({ node, body, sawElse: false })
        break
      }
      case 'elseif':
      case 'else': {
        const open = stack.at(-1)
        const tag = token.t === 'else' ? '{#else}' : '{#elseif}'
        if (!open) throw templateError('strayElse', token.pos, { tag })
        if (open.sawElse) throw templateError('afterElse', token.pos, { tag, ...openedAt(open.node.pos) })
        const body: TemplateNode[] = []
        if (token.t === 'elseif') {
          checkCondition(token.condition, resolve)
          open.node.branches.push({ condition: token.condition, body })
        } else {
          open.node.otherwise = body
          open.sawElse = true
        }
        open.body = body
        break
      }
      case 'endif':
        if (!stack.pop()) throw templateError('strayClose', token.pos, { tag: '{/if}' })
        break
    }
  }
  const unclosed = stack.at(-1)
  if (unclosed) throw templateError('unclosedBlock', unclosed.node.pos, { tag: '{#if}' })
  return { nodes: root }
}

function openedAt(pos: Position): { openLine: number; openColumn: number } {
  return { openLine: pos.line, openColumn: pos.column }
}
