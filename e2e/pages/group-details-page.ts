import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD, chooseMenuItem, gridIn, rowNamed, sectionWith, selectionCheckbox, tableSection } from '../fixtures/cloudscape';

export type GroupSection = 'users' | 'permissions' | 'access_advisor';

/** IAM › User groups › NAME (`#/groups/details/NAME?section=…`). */
export class GroupDetailsPage {
  readonly summary: Locator;
  readonly usersTab: Locator;
  readonly permissionsTab: Locator;
  readonly accessAdvisorTab: Locator;
  readonly editButton: Locator;
  readonly deleteButton: Locator;
  readonly usersSection: Locator;
  readonly usersTable: Locator;
  readonly addUsersButton: Locator;
  readonly removeUsersButton: Locator;
  readonly permissionsSection: Locator;
  readonly policiesTable: Locator;
  readonly addPermissionsButton: Locator;
  readonly removePoliciesButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.summary = sectionWith(page, 'Summary', 'dl');
    this.usersTab = page.getByRole('tab', { name: /^Users \(\d+\)$/ });
    this.permissionsTab = page.getByRole('tab', { name: 'Permissions', exact: true });
    this.accessAdvisorTab = page.getByRole('tab', { name: 'Access Advisor', exact: true });
    this.editButton = page.getByRole('button', { name: 'Edit', exact: true });
    // The header's Delete; the Permissions tab has no button of that name.
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.usersSection = tableSection(page, /^Users in this group/);
    this.usersTable = gridIn(page, 'Users in this group');
    this.addUsersButton = this.usersSection.getByRole('button', { name: 'Add users', exact: true }).first();
    this.removeUsersButton = this.usersSection.getByRole('button', { name: 'Remove', exact: true });
    this.permissionsSection = tableSection(page, /^Permissions policies/);
    this.policiesTable = gridIn(page, 'Permissions policies');
    this.addPermissionsButton = this.permissionsSection.getByRole('button', { name: 'Add permissions' });
    this.removePoliciesButton = this.permissionsSection.getByRole('button', { name: 'Remove', exact: true });
    this.dialog = page.getByRole('dialog');
  }

  static route(groupName: string, section?: GroupSection): string {
    return `/groups/details/${encodeURIComponent(groupName)}${section ? `?section=${section}` : ''}`;
  }

  heading(groupName: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: groupName, exact: true });
  }

  async goto(groupName: string, section?: GroupSection) {
    await this.page.goto(`/#${GroupDetailsPage.route(groupName, section)}`);
    await this.expectLoaded(groupName);
  }

  async expectLoaded(groupName: string) {
    await expect(this.heading(groupName)).toBeVisible(PAGE_LOAD);
    await expect(this.usersTab).toBeVisible();
  }

  /** Summary shows the name, a creation time and the group's ARN. */
  async expectSummary(groupName: string) {
    await expect(this.summary).toContainText('User group name');
    await expect(this.summary).toContainText(groupName);
    await expect(this.summary).toContainText('Creation time');
    await expect(this.summary).toContainText(`arn:aws:iam::123456789012:group/${groupName}`);
  }

  async openTab(section: GroupSection) {
    const tab = { users: this.usersTab, permissions: this.permissionsTab, access_advisor: this.accessAdvisorTab }[section];
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  async expectActiveTab(section: GroupSection) {
    const tab = { users: this.usersTab, permissions: this.permissionsTab, access_advisor: this.accessAdvisorTab }[section];
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** The Users tab lists exactly these members, and its counters agree. */
  async expectMembers(userNames: string[]) {
    await expect(this.usersTab).toHaveText(`Users (${userNames.length})`);
    await expect(this.page.getByRole('heading', { name: `Users in this group (${userNames.length})` })).toBeVisible();
    for (const user of userNames) await expect(rowNamed(this.usersTable, user)).toBeVisible();
    if (userNames.length === 0) await expect(this.usersTable).toContainText('No users');
  }

  /** The Permissions tab lists exactly these policies (managed and inline). */
  async expectPolicies(policyNames: string[]) {
    await expect(
      this.page.getByRole('heading', { name: `Permissions policies (${policyNames.length})` }),
    ).toBeVisible();
    for (const policy of policyNames) await expect(rowNamed(this.policiesTable, policy)).toBeVisible();
    if (policyNames.length === 0) await expect(this.policiesTable).toContainText('No permissions policies');
  }

  async removeUsers(userNames: string[]) {
    for (const user of userNames) await selectionCheckbox(this.usersTable, user).check();
    await this.removeUsersButton.click();
  }

  async startAddUsers() {
    await this.addUsersButton.click();
  }

  async startAttachPolicies() {
    await chooseMenuItem(this.page, this.addPermissionsButton, 'Attach policies');
  }

  async startCreateInlinePolicy() {
    await chooseMenuItem(this.page, this.addPermissionsButton, 'Create inline policy');
  }

  /** Select, Remove, confirm in the dialog. */
  async removePolicies(policyNames: string[]) {
    for (const policy of policyNames) await selectionCheckbox(this.policiesTable, policy).check();
    await this.removePoliciesButton.click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('button', { name: 'Remove policies' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Edit → new name → Save changes. */
  async rename(newName: string) {
    await this.editButton.click();
    const input = this.dialog.getByLabel('User group name');
    await input.fill(newName);
    await this.page.getByRole('button', { name: 'Save changes' }).click();
  }

  /** Delete from the group's own page, typing its name to confirm. */
  async deleteGroup(groupName: string) {
    await this.deleteButton.click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Confirm deletion' }).fill(groupName);
    await this.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }
}
