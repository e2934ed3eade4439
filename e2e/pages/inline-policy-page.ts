import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD } from '../fixtures/cloudscape';

/** Create inline policy (`#/groups/details/NAME/create-inline-policy`): a JSON document and a name. */
export class InlinePolicyPage {
  readonly heading: Locator;
  readonly editor: Locator;
  readonly nameInput: Locator;
  readonly createButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Create inline policy' });
    this.editor = page.getByRole('textbox', { name: 'Policy editor' });
    this.nameInput = page.getByLabel('Policy name', { exact: true });
    this.createButton = page.getByRole('button', { name: 'Create policy', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel', exact: true });
  }

  async goto(groupName: string) {
    await this.page.goto(`/#/groups/details/${encodeURIComponent(groupName)}/create-inline-policy`);
    await expect(this.heading).toBeVisible(PAGE_LOAD);
  }

  async enterDocument(document: object | string) {
    await this.editor.fill(typeof document === 'string' ? document : JSON.stringify(document, null, 2));
  }

  async createPolicy(name: string, document: object) {
    await this.enterDocument(document);
    await this.nameInput.fill(name);
    await this.createButton.click();
  }
}
