import { type Page } from '@playwright/test'

/** The audit log screen: filters in a search form, entries in one table, paging under it. */
export class AuditPage {
  constructor(private readonly page: Page) {}

  filters() {
    return this.page.getByRole('search')
  }

  table() {
    return this.page.getByRole('table')
  }

  /** Data rows only (the header row has column headers, not cells). */
  rows() {
    return this.table().locator('tbody tr')
  }

  range() {
    return this.page.getByRole('status').filter({ hasText: /–/ })
  }
}
