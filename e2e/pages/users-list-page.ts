import { expect, type Locator, type Page } from '@playwright/test';
import { headingWithCounter, rowNamed, selectionCheckbox } from '../fixtures/cloudscape';

/** IAM › Users (`#/users`). */
export class UsersListPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly createButton: Locator;
  readonly deleteButton: Locator;
  readonly refreshButton: Locator;
  readonly deleteDialog: Locator;
  readonly deleteConfirmation: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: headingWithCounter('Users') });
    this.table = page.getByRole('table', { name: 'Users' });
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.createButton = page.getByRole('button', { name: 'Create user', exact: true }).first();
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.refreshButton = page.getByRole('button', { name: 'Refresh users' });
    this.deleteDialog = page.getByRole('dialog');
    this.deleteConfirmation = this.deleteDialog.getByRole('textbox', { name: 'Confirm deletion' });
  }

  async goto() {
    await this.page.goto('/#/users');
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible();
    await expect(this.table.getByText('Loading users')).toHaveCount(0);
  }

  async expectCount(count: number) {
    await expect(this.heading).toHaveAccessibleName(`Users (${count})`);
  }

  userLink(userName: string): Locator {
    return this.table.getByRole('link', { name: userName, exact: true });
  }

  row(userName: string): Locator {
    return rowNamed(this.table, userName);
  }

  /**
   * The Groups column: the count, whose popover names the groups. The user name is the
   * row header, so the cells are selection, Path, Groups, Last activity, Creation time.
   */
  groupsCount(userName: string): Locator {
    return this.row(userName).getByRole('cell').nth(2);
  }

  async expectGroupCount(userName: string, count: number) {
    await expect(this.groupsCount(userName)).toHaveText(String(count));
  }

  /** Opens the Groups count's popover, which names the user's groups. */
  async expectGroupNames(userName: string, groupNames: string[]) {
    const cell = this.groupsCount(userName);
    await cell.getByRole('button').click();
    // Cloudscape renders the popover inside the cell, under its own heading.
    await expect(cell.getByRole('heading', { name: `Groups of ${userName}` })).toBeVisible();
    for (const group of groupNames) await expect(cell).toContainText(group);
    await this.page.keyboard.press('Escape');
    await expect(cell.getByRole('heading', { name: `Groups of ${userName}` })).toBeHidden();
  }

  async openUser(userName: string) {
    await this.userLink(userName).click();
  }

  async select(userNames: string[]) {
    for (const name of userNames) await selectionCheckbox(this.table, name).check();
  }

  /** Select and choose Delete: the typed-consent dialog opens. */
  async startDelete(userNames: string[]) {
    await this.select(userNames);
    await this.deleteButton.click();
    await expect(this.deleteDialog).toBeVisible();
  }

  /** Type the consent text ("jane.doe" or "2 users") and confirm. */
  async confirmDelete(userNames: string[]) {
    await this.deleteConfirmation.fill(userNames.length === 1 ? userNames[0] : `${userNames.length} users`);
    await this.deleteDialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }

  async deleteUsers(userNames: string[]) {
    await this.startDelete(userNames);
    await this.confirmDelete(userNames);
  }
}
