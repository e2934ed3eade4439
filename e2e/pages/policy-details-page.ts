import { expect, type Locator, type Page } from '@playwright/test';
import { rowNamed, selectionCheckbox } from '../fixtures/cloudscape';

/** IAM › Policies › NAME (`#/policies/details/ENCODED_ARN?section=…`). */
export class PolicyDetailsPage {
  readonly summary: Locator;
  readonly permissionsTab: Locator;
  readonly entitiesTab: Locator;
  readonly document: Locator;
  readonly entitiesTable: Locator;
  readonly attachButton: Locator;
  readonly detachButton: Locator;
  readonly deleteButton: Locator;
  readonly dialog: Locator;
  readonly entityPicker: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByRole('heading', { name: 'Summary' });
    this.permissionsTab = page.getByRole('tab', { name: 'Permissions' });
    this.entitiesTab = page.getByRole('tab', { name: 'Entities attached' });
    this.document = page.getByLabel('Policy document JSON');
    this.entitiesTable = page.getByRole('table', { name: 'Entities attached' });
    this.attachButton = page.getByRole('button', { name: 'Attach', exact: true });
    this.detachButton = page.getByRole('button', { name: 'Detach', exact: true });
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.dialog = page.getByRole('dialog');
    this.entityPicker = this.dialog.getByRole('button', { name: /User groups and users/ });
  }

  static href(policyArn: string, section?: 'permissions' | 'entities_attached') {
    return `/#/policies/details/${encodeURIComponent(policyArn)}${section ? `?section=${section}` : ''}`;
  }

  async goto(policyArn: string, section?: 'permissions' | 'entities_attached') {
    await this.page.goto(PolicyDetailsPage.href(policyArn, section));
  }

  heading(policyName: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: policyName, exact: true });
  }

  async expectLoaded(policyName: string) {
    await expect(this.heading(policyName)).toBeVisible();
    await expect(this.summary).toBeVisible();
  }

  async openEntities() {
    await this.entitiesTab.click();
    await expect(this.page).toHaveURL(/section=entities_attached/);
  }

  entityRow(name: string): Locator {
    return rowNamed(this.entitiesTable, name);
  }

  /** Attach through the modal's multi-select; the modal closes when every attachment succeeded. */
  async attachTo(entityNames: string[]) {
    await this.attachButton.click();
    await expect(this.dialog).toBeVisible();
    await this.entityPicker.click();
    for (const name of entityNames) {
      await this.page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).click();
    }
    await this.dialog.getByRole('button', { name: 'Attach policy', exact: true }).click();
  }

  async detachFrom(entityNames: string[]) {
    for (const name of entityNames) await selectionCheckbox(this.entitiesTable, name).check();
    await this.detachButton.click();
  }

  async requestDelete(policyName: string) {
    await this.deleteButton.click();
    await this.dialog.getByRole('textbox', { name: 'Confirm deletion' }).fill(policyName);
    await this.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }
}
