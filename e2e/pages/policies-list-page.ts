import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, headingWithCounter, rowNamed, selectionRadio } from '../fixtures/cloudscape';

export type PolicyTypeFilter = 'All types' | 'AWS managed' | 'AWS managed - job function' | 'Customer managed';

/** IAM › Policies (`#/policies`): the AWS managed catalog and the account's own policies. */
export class PoliciesListPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly matchCount: Locator;
  readonly typeFilter: Locator;
  readonly createButton: Locator;
  readonly deleteButton: Locator;
  readonly deleteDialog: Locator;
  readonly deleteConfirmation: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: headingWithCounter('Policies') });
    this.table = page.getByRole('table', { name: 'Policies' });
    this.search = page.getByRole('searchbox', { name: 'Search' });
    // Cloudscape repeats the count in a hidden live region; the first is the visible one.
    this.matchCount = page.getByText(/^\d+ match(es)?$/).first();
    this.typeFilter = page.getByRole('button', { name: /Filter by Type/ });
    this.createButton = page.getByRole('button', { name: 'Create policy', exact: true });
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.deleteDialog = page.getByRole('dialog');
    this.deleteConfirmation = this.deleteDialog.getByRole('textbox', { name: 'Confirm deletion' });
  }

  async goto() {
    await this.page.goto('/#/policies');
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible();
    // The first visit loads the whole catalog (~1,600 policies, two ListPolicies pages).
    await expect(this.table.getByText('Loading policies')).toHaveCount(0, { timeout: 30_000 });
    await expect(this.heading).toHaveAccessibleName(/^Policies \(\d+\)$/);
  }

  /** The N of "Policies (N)". */
  async policyCount(): Promise<number> {
    const name = (await this.heading.textContent()) ?? '';
    return Number(/\((\d+)\)/.exec(name)?.[1] ?? Number.NaN);
  }

  policyLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  row(name: string): Locator {
    return rowNamed(this.table, name);
  }

  async searchFor(text: string) {
    await this.search.fill(text);
  }

  async filterByType(type: PolicyTypeFilter) {
    await chooseOption(this.page, this.typeFilter, type);
  }

  async expectMatches(count: number) {
    await expect(this.matchCount).toHaveText(count === 1 ? '1 match' : `${count} matches`);
  }

  async openPolicy(name: string) {
    await this.policyLink(name).click();
  }

  async select(name: string) {
    await selectionRadio(this.table, name).check();
  }

  /** Select, Delete, type the policy's name, confirm. The dialog stays open when IAM refuses. */
  async requestDelete(name: string) {
    await this.searchFor(name);
    await this.select(name);
    await this.deleteButton.click();
    await expect(this.deleteDialog.getByRole('heading', { name: `Delete ${name}?` })).toBeVisible();
    await this.deleteConfirmation.fill(name);
    await this.deleteDialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }

  async cancelDelete() {
    await this.deleteDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(this.deleteDialog).toBeHidden();
  }
}
