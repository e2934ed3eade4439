import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../fixtures/cloudscape';

/** IAM › Policies › Create policy (`#/policies/create`). */
export class CreatePolicyPage {
  readonly heading: Locator;
  readonly editor: Locator;
  readonly nameInput: Locator;
  readonly descriptionInput: Locator;
  readonly createButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Create policy' });
    this.editor = page.getByLabel('Policy editor');
    this.nameInput = page.getByLabel('Policy name');
    this.descriptionInput = page.getByLabel('Description - optional');
    this.createButton = page.getByRole('button', { name: 'Create policy', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel', exact: true });
  }

  async goto() {
    await this.page.goto('/#/policies/create');
    await expect(this.heading).toBeVisible();
  }

  async writeDocument(document: string | object) {
    await this.editor.fill(typeof document === 'string' ? document : JSON.stringify(document, null, 2));
  }

  async createPolicy({ name, document, description }: { name: string; document: string | object; description?: string }) {
    await this.writeDocument(document);
    await this.nameInput.fill(name);
    if (description) await this.descriptionInput.fill(description);
    await this.createButton.click();
  }

  /** A field's description, constraint and error, as assistive technology reads them. */
  async expectFieldMessage(field: Locator, text: string | RegExp) {
    await expect(field).toHaveAccessibleDescription(typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text);
  }

  async expectNoFieldMessage(field: Locator, text: RegExp) {
    await expect(field).not.toHaveAccessibleDescription(text);
  }
}
