import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD, gridIn, escapeRegExp, rowNamed, searchAndFind, selectionCheckbox, tableSection } from '../fixtures/cloudscape';

/** "Attach permissions policies to NAME" (`#/groups/details/NAME/attach-policies`): "Other permissions policies", then Attach policies. */
export class AttachPoliciesPage {
  readonly section: Locator;
  readonly table: Locator;
  readonly attachButton: Locator;
  readonly cancelButton: Locator;
  readonly quotaReached: Locator;

  constructor(readonly page: Page) {
    this.section = tableSection(page, /^Other permissions policies/);
    this.table = gridIn(this.section);
    this.attachButton = page.getByRole('button', { name: 'Attach policies', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel', exact: true });
    this.quotaReached = page.getByText('This group has the maximum of 10 managed policies');
  }

  heading(groupName: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: new RegExp(`^Attach (permissions )?polic(y|ies) to ${escapeRegExp(groupName)}$`) });
  }

  async goto(groupName: string) {
    await this.page.goto(`/#/groups/details/${encodeURIComponent(groupName)}/attach-policies`);
    await this.expectLoaded(groupName);
  }

  async expectLoaded(groupName: string) {
    await expect(this.heading(groupName)).toBeVisible(PAGE_LOAD);
    await expect(this.table).toBeVisible();
  }

  checkbox(policyName: string): Locator {
    return selectionCheckbox(this.table, policyName);
  }

  row(policyName: string): Locator {
    return rowNamed(this.table, policyName);
  }

  async search(text: string) {
    await this.section.getByRole('searchbox').first().fill(text);
  }

  async select(policyNames: string[]) {
    for (const policy of policyNames) {
      await searchAndFind(this.section, policy);
      await this.checkbox(policy).check();
    }
  }

  async attach(policyNames: string[]) {
    await this.select(policyNames);
    await this.attachButton.click();
  }
}
