import { expect, type Locator, type Page } from '@playwright/test';
import { chooseMenuItem, rowNamed, sectionWith, selectionCheckbox, tableSection } from '../fixtures/cloudscape';

export type UserSection = 'permissions' | 'groups' | 'security_credentials';

/** A row of the Permissions tab: the policy and where it comes from ("Directly", "Group Developers"). */
export interface PermissionRow {
  policy: string;
  via: string;
}

/** IAM › Users › NAME (`#/users/details/NAME?section=…`). */
export class UserDetailsPage {
  readonly summary: Locator;
  readonly permissionsTab: Locator;
  readonly groupsTab: Locator;
  readonly credentialsTab: Locator;
  readonly deleteButton: Locator;
  readonly permissionsSection: Locator;
  readonly permissionsTable: Locator;
  readonly addPermissionsButton: Locator;
  readonly removePoliciesButton: Locator;
  readonly groupsSection: Locator;
  readonly groupsTable: Locator;
  readonly addToGroupsButton: Locator;
  readonly removeFromGroupsButton: Locator;
  readonly groupLimitAlert: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.summary = sectionWith(page, 'Summary', 'dl');
    this.permissionsTab = page.getByRole('tab', { name: 'Permissions', exact: true });
    this.groupsTab = page.getByRole('tab', { name: /^Groups( \(\d+\))?$/ });
    this.credentialsTab = page.getByRole('tab', { name: 'Security credentials', exact: true });
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.permissionsSection = tableSection(page, /^Permissions policies/);
    this.permissionsTable = page.getByRole('table', { name: 'Permissions policies' });
    this.addPermissionsButton = page.getByRole('button', { name: 'Add permissions' });
    this.removePoliciesButton = this.permissionsSection.getByRole('button', { name: 'Remove', exact: true });
    this.groupsSection = tableSection(page, /^User groups membership/);
    this.groupsTable = page.getByRole('table', { name: 'User groups membership' });
    this.addToGroupsButton = page.getByRole('button', { name: 'Add user to groups', exact: true });
    this.removeFromGroupsButton = this.groupsSection.getByRole('button', { name: 'Remove', exact: true });
    this.groupLimitAlert = page.getByText(/is in \d+ groups, the maximum\. Remove the user from a group first\./);
    this.dialog = page.getByRole('dialog');
  }

  heading(userName: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: userName, exact: true });
  }

  async goto(userName: string, section?: UserSection) {
    await this.page.goto(`/#/users/details/${encodeURIComponent(userName)}${section ? `?section=${section}` : ''}`);
    await expect(this.heading(userName)).toBeVisible();
  }

  async openTab(section: UserSection) {
    const tab = { permissions: this.permissionsTab, groups: this.groupsTab, security_credentials: this.credentialsTab }[section];
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Exactly these (policy, attached via) rows, in any order. */
  async expectPermissions(rows: PermissionRow[]) {
    await expect(this.page.getByRole('heading', { name: `Permissions policies (${rows.length})` })).toBeVisible();
    await expect(this.permissionsTable.getByText('Loading permissions')).toHaveCount(0);
    const dataRows = this.permissionsTable.getByRole('row').filter({ has: this.page.getByRole('cell') });
    await expect(dataRows).toHaveCount(rows.length === 0 ? 1 : rows.length);
    for (const { policy, via } of rows) {
      await expect(rowNamed(this.permissionsTable, policy).filter({ hasText: via }), `${policy} via ${via}`).toHaveCount(1);
    }
  }

  async expectGroups(groupNames: string[]) {
    await expect(this.groupsTab).toHaveText(`Groups (${groupNames.length})`);
    await expect(this.page.getByRole('heading', { name: `User groups membership (${groupNames.length})` })).toBeVisible();
    for (const group of groupNames) await expect(rowNamed(this.groupsTable, group)).toBeVisible();
  }

  async startAttachPolicies() {
    await chooseMenuItem(this.page, this.addPermissionsButton, 'Attach policies directly');
  }

  async startCreateInlinePolicy() {
    await chooseMenuItem(this.page, this.addPermissionsButton, 'Create inline policy');
  }

  permissionCheckbox(policyName: string): Locator {
    return selectionCheckbox(this.permissionsTable, policyName);
  }

  /** Permissions tab: select direct policies, Remove, confirm. */
  async removePolicies(policyNames: string[]) {
    for (const policy of policyNames) await this.permissionCheckbox(policy).check();
    await this.removePoliciesButton.click();
    await this.dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Groups tab: select, Remove, confirm. */
  async removeFromGroups(groupNames: string[]) {
    for (const group of groupNames) await selectionCheckbox(this.groupsTable, group).check();
    await this.removeFromGroupsButton.click();
    await this.dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  async deleteUser(userName: string) {
    await this.deleteButton.click();
    await this.dialog.getByRole('textbox', { name: 'Confirm deletion' }).fill(userName);
    await this.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }
}
