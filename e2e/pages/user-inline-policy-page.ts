import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../fixtures/cloudscape';

/** Create inline policy for a user (`#/users/details/NAME/create-inline-policy`). */
export class UserInlinePolicyPage {
  readonly heading: Locator;
  readonly nameInput: Locator;
  readonly editor: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Create inline policy' });
    this.nameInput = page.getByLabel('Policy name');
    this.editor = page.getByLabel('Policy editor');
    this.createButton = page.getByRole('button', { name: 'Create policy', exact: true });
  }

  async expectEditorError(message: string) {
    await expect(this.editor).toHaveAttribute('aria-invalid', 'true');
    await expect(this.editor).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
  }

  async createPolicy(name: string, document: object) {
    await expect(this.heading).toBeVisible();
    await this.nameInput.fill(name);
    await this.editor.fill(JSON.stringify(document, null, 2));
    await this.createButton.click();
  }
}
