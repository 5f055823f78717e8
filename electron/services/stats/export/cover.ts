import { FIGURES, figureDefinitionKey, figureLabelKey, GENERAL_RULES, ruleDefinitionKey, ruleLabelKey } from '../../../../shared/stats/definitions'
import { excelLocalTime } from './formats'
import type { SheetSpec } from './layout'
import type { Translate } from './text'

export interface CoverInput {
  t: Translate
  periodText: string
  generatedAt: Date
  sourceFile: string
  includesPersonalData: boolean
}

/** The cover: what the workbook is, for which period, when it was made, and how every figure is defined. */
export function coverSheet({ t, periodText, generatedAt, sourceFile, includesPersonalData }: CoverInput): SheetSpec {
  return {
    name: t('stats.sheet.cover'),
    title: `${t('stats.workbook.title')} — ${periodText}`,
    meta: [
      [t('stats.cover.period'), periodText],
      [t('stats.cover.generatedOn'), { value: excelLocalTime(generatedAt), format: 'dateTime' }],
      [t('stats.cover.source'), t('stats.cover.sourceValue', { file: sourceFile })],
      ...(includesPersonalData ? [[t('stats.cover.personalDataLabel'), t('stats.cover.personalData')] as [string, string]] : []),
    ],
    tables: [
      {
        name: 'Definitions',
        caption: t('stats.cover.definitions'),
        columns: [
          { header: t('stats.column.figure'), width: 30, wrap: true },
          { header: t('stats.column.definition'), width: 110, wrap: true },
        ],
        rows: [
          ...GENERAL_RULES.map((rule) => [t(ruleLabelKey(rule)), t(ruleDefinitionKey(rule))]),
          ...FIGURES.map((figure) => [t(figureLabelKey(figure)), t(figureDefinitionKey(figure))]),
        ],
      },
    ],
  }
}
