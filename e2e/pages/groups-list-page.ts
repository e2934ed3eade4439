import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD, cellInColumn, headingWithCounter, rowNamed, selectionCheckbox } from '../fixtures/cloudscape';

/** IAM › User groups (`#/groups`). */
export class GroupsListPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly createButton: Locator;
  readonly deleteButton: Locator;
  readonly refreshButton: Locator;
  readonly emptyState: Locator;
  readonly deleteDialog: Locator;
  readonly deleteConfirmation: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: headingWithCounter('User groups') });
    this.table = page.getByRole('table', { name: 'User groups' });
    this.search = page.getByRole('searchbox', { name: 'Search' });
    // The empty state has its own "Create group"; the header's primary button comes first.
    this.createButton = page.getByRole('button', { name: 'Create group', exact: true }).first();
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.refreshButton = page.getByRole('button', { name: 'Refresh' });
    this.emptyState = this.table.getByText('No resources to display');
    this.deleteDialog = page.getByRole('dialog');
    this.deleteConfirmation = this.deleteDialog.getByRole('textbox', { name: 'Confirm deletion' });
  }

  async goto() {
    await this.page.goto('/#/groups');
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible(PAGE_LOAD);
    await expect(this.table).toBeVisible();
    await expect(this.table.getByText('Loading user groups')).toHaveCount(0);
  }

  async expectCount(count: number) {
    await expect(this.heading).toHaveAccessibleName(`User groups (${count})`);
  }

  row(groupName: string): Locator {
    return rowNamed(this.table, groupName);
  }

  groupLink(groupName: string): Locator {
    return this.table.getByRole('link', { name: groupName, exact: true });
  }

  /** Users and Permissions of a group as the table shows them. */
  async expectGroup(groupName: string, { users, permissions }: { users?: number; permissions?: 'Defined' | 'Not defined' }) {
    const row = this.row(groupName);
    if (users !== undefined) await expect(await cellInColumn(this.table, row, 'Users')).toHaveText(String(users));
    if (permissions !== undefined) {
      await expect(await cellInColumn(this.table, row, 'Permissions')).toHaveText(permissions);
    }
  }

  /** Exactly these groups are listed (order aside). */
  async expectGroups(groupNames: string[]) {
    await this.expectCount(groupNames.length);
    if (groupNames.length === 0) {
      await expect(this.emptyState).toBeVisible();
      return;
    }
    for (const name of groupNames) await expect(this.groupLink(name)).toBeVisible();
    await expect(this.table.getByRole('link')).toHaveCount(groupNames.length);
  }

  async openGroup(groupName: string) {
    await this.groupLink(groupName).click();
  }

  async startCreate() {
    await this.createButton.click();
  }

  async select(groupNames: string[]) {
    for (const name of groupNames) await selectionCheckbox(this.table, name).check();
  }

  /** Select, Delete, type the consent text, confirm: one group by name, several as "N user groups". */
  async deleteGroups(groupNames: string[]) {
    await this.select(groupNames);
    await this.deleteButton.click();
    const consent = groupNames.length === 1 ? groupNames[0]! : `${groupNames.length} user groups`;
    await expect(this.deleteDialog).toBeVisible();
    await expect(this.deleteDialog.getByRole('heading', { name: `Delete ${consent}?` })).toBeVisible();
    const confirm = this.deleteDialog.getByRole('button', { name: 'Delete', exact: true });
    await expect(confirm).toBeDisabled();
    await this.deleteConfirmation.fill(consent);
    await confirm.click();
    await expect(this.deleteDialog).toBeHidden();
  }
}
