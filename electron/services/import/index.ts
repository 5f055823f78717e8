/**
 * The spreadsheet import engine: files in, a checked preview out, nothing written. The database side plugs in
 * through ImportHooks (organisations, earlier imports) and writes what the user accepts.
 */
export { previewImportFile, previewImportBytes, buildPreview, type PreviewOptions } from './preview'
export { readWorkbookFile, readWorkbookBytes } from './readWorkbook'
export { updateCell, setRowSkipped } from './revalidate'
export { writeTemplate, type TemplateOptions } from './template'
export type { ImportHooks } from './hooks'
export type { Workbook } from './workbook'
