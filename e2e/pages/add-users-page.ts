import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD, gridIn, escapeRegExp, rowNamed, searchAndFind, selectionCheckbox, tableSection } from '../fixtures/cloudscape';

/** "Add users to NAME" (`#/groups/details/NAME/add-users`): users not yet in the group. */
export class AddUsersPage {
  readonly section: Locator;
  readonly table: Locator;
  readonly addButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.section = tableSection(page, /^Other users/);
    this.table = gridIn(this.section);
    this.addButton = page.getByRole('button', { name: 'Add users', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel', exact: true });
  }

  heading(groupName: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: new RegExp(`^Add users to ${escapeRegExp(groupName)}$`) });
  }

  async goto(groupName: string) {
    await this.page.goto(`/#/groups/details/${encodeURIComponent(groupName)}/add-users`);
    await this.expectLoaded(groupName);
  }

  async expectLoaded(groupName: string) {
    await expect(this.heading(groupName)).toBeVisible(PAGE_LOAD);
    await expect(this.table).toBeVisible();
  }

  checkbox(userName: string): Locator {
    return selectionCheckbox(this.table, userName);
  }

  row(userName: string): Locator {
    return rowNamed(this.table, userName);
  }

  async select(userNames: string[]) {
    for (const user of userNames) {
      await searchAndFind(this.section, user);
      await this.checkbox(user).check();
    }
  }

  /** Tick the users and confirm with Add users. */
  async addUsers(userNames: string[]) {
    await this.select(userNames);
    await this.addButton.click();
  }
}
