import { type Page } from '@playwright/test'

/** The personal data screen: retention, anonymisation proposals and one person's requests, each a region named by its heading. */
export class PrivacyPage {
  constructor(private readonly page: Page) {}

  section(heading: string | RegExp) {
    return this.page.getByRole('region', { name: heading })
  }

  confirmDialog() {
    return this.page.getByRole('alertdialog')
  }

  /** A row of the proposals or of the people found, by the text of its first cell. */
  row(section: string | RegExp, name: string | RegExp) {
    return this.section(section).getByRole('row', { name })
  }
}
