import type { Contract } from '../../../shared/api'
import type { Handlers } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { exportAudit } from './export'
import { listAudit } from './list'

export const auditHandlers: Handlers<Contract, ServiceContext>['audit'] = {
  list: (ctx, { filters, offset, limit }) => listAudit(ctx, filters, offset, limit),
  export: (ctx, { filters, file, language }) => exportAudit(ctx, filters, file, language),
}
