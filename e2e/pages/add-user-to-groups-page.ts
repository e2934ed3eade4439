import { expect, type Locator, type Page } from '@playwright/test';
import { searchAndFind, selectionCheckbox, tableSection } from '../fixtures/cloudscape';

/** "Add user to groups" (`#/users/details/NAME/add-to-groups`): groups the user is not in. */
export class AddUserToGroupsPage {
  readonly heading: Locator;
  readonly section: Locator;
  readonly table: Locator;
  readonly addButton: Locator;
  readonly cancelButton: Locator;
  readonly limitAlert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Add user to groups' });
    this.section = tableSection(page, /^User groups/);
    this.table = this.section.getByRole('table').first();
    this.addButton = page.getByRole('button', { name: /^Add user to groups?$/ });
    this.cancelButton = page.getByRole('button', { name: 'Cancel', exact: true });
    this.limitAlert = page.getByText(/is in \d+ groups, the maximum\. Remove the user from a group first\./);
  }

  async goto(userName: string) {
    await this.page.goto(`/#/users/details/${encodeURIComponent(userName)}/add-to-groups`);
    await expect(this.heading).toBeVisible();
  }

  checkbox(groupName: string): Locator {
    return selectionCheckbox(this.table, groupName);
  }

  async addToGroups(groupNames: string[]) {
    for (const group of groupNames) {
      await searchAndFind(this.section, group);
      await this.checkbox(group).check();
    }
    await this.addButton.click();
  }
}
