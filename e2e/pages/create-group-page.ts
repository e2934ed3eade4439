import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD, gridIn, chooseOption, escapeRegExp, rowNamed, searchAndFind, selectionCheckbox, tableSection } from '../fixtures/cloudscape';

export interface NewGroup {
  name: string;
  users?: string[];
  /** policy names, e.g. AmazonS3ReadOnlyAccess */
  policies?: string[];
}

/** IAM › User groups › Create user group (`#/groups/create`): one page, three containers. */
export class CreateGroupPage {
  readonly heading: Locator;
  readonly nameInput: Locator;
  readonly usersSection: Locator;
  readonly usersHeading: Locator;
  readonly policiesSection: Locator;
  readonly policiesHeading: Locator;
  readonly typeFilter: Locator;
  readonly createButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Create user group' });
    this.nameInput = page.getByLabel('User group name');
    this.usersHeading = page.getByRole('heading', { name: /^Add users to the group - Optional/ });
    this.usersSection = tableSection(page, /^Add users to the group - Optional/);
    this.policiesHeading = page.getByRole('heading', { name: /^Attach permissions policies - Optional/ });
    this.policiesSection = tableSection(page, /^Attach permissions policies - Optional/);
    this.typeFilter = this.policiesSection.getByRole('button', { name: /Filter by Type/ });
    this.createButton = page.getByRole('button', { name: 'Create user group', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel', exact: true });
  }

  async goto() {
    await this.page.goto('/#/groups/create');
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible(PAGE_LOAD);
    await expect(this.nameInput).toBeVisible();
    await expect(this.usersTable.getByText('Loading users')).toHaveCount(0);
  }

  get usersTable(): Locator {
    return gridIn(this.usersSection);
  }

  get policiesTable(): Locator {
    return gridIn(this.policiesSection);
  }

  async enterName(name: string) {
    await this.nameInput.fill(name);
    await this.nameInput.blur();
  }

  async expectNameError(message: string | RegExp) {
    await expect(this.nameInput).toHaveAttribute('aria-invalid', 'true');
    await expect(this.nameInput).toHaveAccessibleDescription(message instanceof RegExp ? message : new RegExp(escapeRegExp(message)));
  }

  async expectNameAccepted() {
    await expect(this.nameInput).not.toHaveAttribute('aria-invalid', 'true');
  }

  userCheckbox(userName: string): Locator {
    return selectionCheckbox(this.usersTable, userName);
  }

  policyCheckbox(policyName: string): Locator {
    return selectionCheckbox(this.policiesTable, policyName);
  }

  userRow(userName: string): Locator {
    return rowNamed(this.usersTable, userName);
  }

  policyRow(policyName: string): Locator {
    return rowNamed(this.policiesTable, policyName);
  }

  async searchUsers(text: string) {
    await this.usersSection.getByRole('searchbox').first().fill(text);
  }

  async searchPolicies(text: string) {
    await this.policiesSection.getByRole('searchbox').first().fill(text);
  }

  async selectUser(userName: string) {
    await searchAndFind(this.usersSection, userName);
    await this.userCheckbox(userName).check();
  }

  async selectPolicy(policyName: string) {
    await searchAndFind(this.policiesSection, policyName);
    await this.policyCheckbox(policyName).check();
  }

  async filterPoliciesByType(type: 'All types' | 'AWS managed' | 'AWS managed - job function' | 'Customer managed') {
    await chooseOption(this.page, this.typeFilter, type);
  }

  /** The guide's steps: name, policies, users, then Create user group. */
  async createGroup({ name, users = [], policies = [] }: NewGroup) {
    await this.nameInput.fill(name);
    for (const policy of policies) await this.selectPolicy(policy);
    for (const user of users) await this.selectUser(user);
    await this.createButton.click();
  }
}
