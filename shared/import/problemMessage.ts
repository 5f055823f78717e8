import type { ImportProblem } from './types'

export type Translate = (key: string, values: Record<string, string | number>) => string

/**
 * "Vrstica 14, stolpec E: 'jan.novak@' ni veljaven e-poštni naslov." The place and the problem are two
 * catalogue messages, so every problem reads the same way wherever it is shown (preview, CLI, export).
 */
export function problemMessage(problem: ImportProblem, translate: Translate): string {
  const field = problem.field ? translate(`import.field.${problem.field}`, {}) : ''
  const message = translate(`import.problem.${problem.code}`, { ...problem.params, field })
  const place = problem.column
    ? translate('import.place.cell', { row: problem.row, column: problem.column, sheet: problem.sheet })
    : translate('import.place.row', { row: problem.row, sheet: problem.sheet })
  return `${place}: ${message}`
}
