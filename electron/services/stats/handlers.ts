import type { Contract } from '../../../shared/api'
import type { Handlers } from '../../../shared/api/define'
import { audit } from '../audit'
import type { ServiceContext } from '../context'
import { backupFolder } from '../settings/backups'
import { exportStatisticsWorkbook } from './export/workbook'
import { getStatistics } from './statistics'

export const statsHandlers: Handlers<Contract, ServiceContext>['stats'] = {
  get: (ctx, { period }) => getStatistics(ctx.conn, period),
  export: async (ctx, { period, file, language, detail, includePersonalData }) => {
    const result = await exportStatisticsWorkbook(ctx.conn, period, { file, lang: language, detail, includePersonalData, now: ctx.now(), backupFolder: backupFolder(ctx) })
    // Personal data leaving the database is recorded, as for the access-request export; figures alone are not.
    if (includePersonalData) audit(ctx, 'statistics', null, 'export', null, { file: result.file, period, personalData: true, rows: result.detailRows })
    return { file: result.file, sheets: result.sheets, detailRows: result.detailRows }
  },
}
