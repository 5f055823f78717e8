import { type Page } from '@playwright/test'

/** The Settings screen: its sections are regions named by their headings. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  section(heading: string | RegExp) {
    return this.page.getByRole('region', { name: heading })
  }

  restoreDialog() {
    return this.page.getByRole('dialog')
  }

  confirmDialog() {
    return this.page.getByRole('alertdialog')
  }

  /** One row of the restore confirmation's comparison: [what, now, in the backup]. */
  comparisonRow(what: string | RegExp) {
    return this.confirmDialog().getByRole('row', { name: what })
  }

  /** The database section's line that sums up what the open file holds. */
  databaseContents() {
    return this.section(/Baza podatkov|Database/).getByRole('definition').last()
  }
}
