/** Planning types, rules and message helpers shared by main and the renderer (no Node, no DOM). */
export * from './rules'
export * from './types'
export * from './messages'
