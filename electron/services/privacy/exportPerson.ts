import { extname } from 'node:path'
import type { Language } from '../../../shared/domain/enums'
import type { PersonExportResult } from '../../../shared/domain/privacy'
import { audit } from '../audit'
import type { ServiceContext } from '../context'
import { writeUserFile } from '../files'
import type { PersonSelector } from './people'
import { renderPersonReport } from './render'
import { personReport } from './report'

/**
 * Answers an access request: everything held about one person, as a readable HTML page (print it or send it),
 * or as JSON when the file ends in .json (for a request to receive the data in a machine-readable form).
 * The report is read in one transaction, so it is consistent; the export itself is recorded in the audit log,
 * without the person's data or the file name (which often carries the name).
 */
export function exportPerson(ctx: ServiceContext, selector: PersonSelector, file: string, language: Language): PersonExportResult {
  const report = ctx.conn.sqlite.transaction(() => personReport(ctx, selector))()
  const json = extname(file).toLowerCase() === '.json'
  const written = writeUserFile(ctx, file, json ? `${JSON.stringify(report, null, 2)}\n` : renderPersonReport(report, language))
  ctx.conn.sqlite.transaction(() =>
    audit(ctx, 'person', report.people[0]?.id ?? null, 'export', null, { people: report.people.length, format: json ? 'json' : 'html' }),
  )()
  return { file: written, people: report.people.length }
}
