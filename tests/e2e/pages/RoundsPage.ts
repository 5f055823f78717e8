import { expect, type Page } from '@playwright/test'

/** The Rounds screens (list and one round) as a user sees them; labels are given per test language. */
export class RoundsPage {
  constructor(private readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog')
  }

  alertDialog() {
    return this.page.getByRole('alertdialog')
  }

  roundLink(name: string | RegExp) {
    return this.page.getByRole('table').getByRole('link', { name })
  }

  /** The table of one part of a round (challenges or workshops), found by its heading. */
  part(heading: string | RegExp) {
    return this.page.getByRole('region', { name: heading })
  }

  /** Activates a button without the mouse: focus, then Enter. */
  async pressButton(name: string | RegExp, scope = this.page.locator('body')) {
    await scope.getByRole('button', { name }).focus()
    await this.page.keyboard.press('Enter')
  }

  /** Types into the field that has focus, after moving there with Tab `tabs` times. */
  async tabAndFill(tabs: number, value: string) {
    for (let i = 0; i < tabs; i++) await this.page.keyboard.press('Tab')
    await this.page.locator(':focus').fill(value)
  }

  async expectDialogClosed() {
    await expect(this.dialog()).toBeHidden()
  }
}
