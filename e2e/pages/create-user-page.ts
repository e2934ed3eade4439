import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp, searchAndFind, selectionCheckbox, tableSection } from '../fixtures/cloudscape';

export interface NewUser {
  name: string;
  path?: string;
  /** groups to join (the console's recommended option) */
  groups?: string[];
  /** managed policy names to attach directly instead */
  policies?: string[];
}

/** IAM › Users › Create user (`#/users/create`): the three-step wizard. */
export class CreateUserPage {
  readonly nameInput: Locator;
  readonly pathInput: Locator;
  readonly nextButton: Locator;
  readonly previousButton: Locator;
  readonly cancelButton: Locator;
  readonly createButton: Locator;
  readonly addToGroupOption: Locator;
  readonly attachPoliciesOption: Locator;
  readonly groupsSection: Locator;
  readonly policiesSection: Locator;
  readonly bestPracticeAlert: Locator;

  constructor(readonly page: Page) {
    this.nameInput = page.getByLabel('User name', { exact: true });
    this.pathInput = page.getByLabel('Path - optional');
    this.nextButton = page.getByRole('button', { name: 'Next', exact: true });
    this.previousButton = page.getByRole('button', { name: 'Previous', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel', exact: true });
    this.createButton = page.getByRole('button', { name: 'Create user', exact: true });
    this.addToGroupOption = page.getByRole('radio', { name: /^Add user to group/ });
    this.attachPoliciesOption = page.getByRole('radio', { name: /^Attach policies directly/ });
    this.groupsSection = tableSection(page, /^User groups/);
    this.policiesSection = tableSection(page, /^Permissions policies/);
    this.bestPracticeAlert = page.getByText('As a best practice, we recommend attaching policies to a group instead, then adding the user to the group.');
  }

  stepHeading(title: 'Specify user details' | 'Set permissions' | 'Review and create'): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  async goto() {
    await this.page.goto('/#/users/create');
    await expect(this.stepHeading('Specify user details')).toBeVisible();
  }

  async expectNameError(message: string | RegExp) {
    await expect(this.nameInput).toHaveAttribute('aria-invalid', 'true');
    await expect(this.nameInput).toHaveAccessibleDescription(message instanceof RegExp ? message : new RegExp(escapeRegExp(message)));
  }

  groupCheckbox(groupName: string): Locator {
    return selectionCheckbox(this.groupsSection.getByRole('table').first(), groupName);
  }

  async selectGroups(groupNames: string[]) {
    for (const group of groupNames) {
      await searchAndFind(this.groupsSection, group);
      await this.groupCheckbox(group).check();
    }
  }

  async selectPolicies(policyNames: string[]) {
    for (const policy of policyNames) {
      await searchAndFind(this.policiesSection, policy);
      await selectionCheckbox(this.policiesSection.getByRole('table').first(), policy).check();
    }
  }

  /** Every step of the wizard, ending with Create user. */
  async createUser({ name, path, groups = [], policies = [] }: NewUser) {
    await this.nameInput.fill(name);
    if (path) await this.pathInput.fill(path);
    await this.nextButton.click();
    await expect(this.stepHeading('Set permissions')).toBeVisible();
    if (policies.length > 0) {
      await this.attachPoliciesOption.check();
      await this.selectPolicies(policies);
    } else {
      await this.selectGroups(groups);
    }
    await this.nextButton.click();
    await expect(this.stepHeading('Review and create')).toBeVisible();
    await this.createButton.click();
  }
}
