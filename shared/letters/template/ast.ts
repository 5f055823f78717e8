/** 1-based, as an editor shows them. */
export interface Position {
  line: number
  column: number
}

/**
 * How a field behaves in a template:
 * text, multiline (an address: line breaks kept), date (kept on one line),
 * flag (only as a condition, e.g. `participant.female`), block (a layout block such as the signature, alone on its line).
 */
export type FieldKind = 'text' | 'multiline' | 'date' | 'flag' | 'block'

export interface TextNode {
  type: 'text'
  value: string
  pos: Position
}

export interface FieldNode {
  type: 'field'
  path: string
  kind: FieldKind
  pos: Position
}

export interface Condition {
  path: string
  negated: boolean
  pos: Position
}

/** `{#if a}…{#elseif b}…{#else}…{/if}`: the first branch whose condition holds is rendered. */
export interface IfNode {
  type: 'if'
  branches: Array<{ condition: Condition; body: TemplateNode[] }>
  otherwise: TemplateNode[] | null
  pos: Position
}

export type TemplateNode = TextNode | FieldNode | IfNode

export interface Template {
  nodes: TemplateNode[]
}
