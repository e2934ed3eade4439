import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, searchAndFind, selectionCheckbox, tableSection } from '../fixtures/cloudscape';

/** Add permissions › Attach policies directly (`#/users/details/NAME/attach-policies`). */
export class UserAttachPoliciesPage {
  readonly heading: Locator;
  readonly section: Locator;
  readonly table: Locator;
  readonly typeFilter: Locator;
  readonly bestPracticeAlert: Locator;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Add permissions' });
    this.section = tableSection(page, /^Other permissions policies/);
    this.table = this.section.getByRole('table').first();
    this.typeFilter = this.section.getByRole('button', { name: /Filter by Type/ });
    this.bestPracticeAlert = page.getByText('As a best practice, we recommend attaching policies to a group instead, then adding the user to the group.');
    this.addButton = page.getByRole('button', { name: 'Add permissions', exact: true });
  }

  checkbox(policyName: string): Locator {
    return selectionCheckbox(this.table, policyName);
  }

  async filterByType(type: 'All types' | 'AWS managed' | 'AWS managed - job function' | 'Customer managed') {
    await chooseOption(this.page, this.typeFilter, type);
  }

  async attach(policyNames: string[]) {
    await expect(this.heading).toBeVisible();
    for (const policy of policyNames) {
      await searchAndFind(this.section, policy);
      await this.checkbox(policy).check();
    }
    await this.addButton.click();
  }
}
