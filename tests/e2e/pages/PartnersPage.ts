import { expect, type Page } from '@playwright/test'

/** The Partners screen as a user sees it (Slovenian labels unless the test switches). */
export class PartnersPage {
  constructor(private readonly page: Page) {}

  searchBox() {
    return this.page.getByRole('searchbox')
  }

  rowLink(name: string | RegExp) {
    return this.page.getByRole('table').getByRole('button', { name })
  }

  dialog() {
    return this.page.getByRole('dialog')
  }

  detail() {
    return this.page.getByRole('complementary')
  }

  async search(text: string) {
    await this.searchBox().fill(text)
  }

  /** Fills the organisation form by keyboard: focus moves with Tab, values are typed. */
  async fillForm(fields: { name: string; sector: string; taxNumber?: string; city?: string }) {
    const dialog = this.dialog()
    await expect(dialog).toBeVisible()
    await this.page.keyboard.type(fields.name)
    await dialog.getByLabel(/Sektor|Sector/).selectOption({ label: fields.sector })
    if (fields.taxNumber) await dialog.getByLabel(/^(Davčna številka|Tax number)$/).fill(fields.taxNumber)
    if (fields.city) await dialog.getByLabel(/^(Kraj|Town)$/).fill(fields.city)
  }
}
