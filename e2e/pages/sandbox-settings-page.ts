import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { chooseOption, escapeRegExp, sectionWith } from '../fixtures/cloudscape';

export interface FaultInput {
  /** an IAM action, or undefined for All actions */
  action?: string;
  error: 'Throttling' | 'ServiceFailure' | 'AccessDenied';
  /** percent, 1–100 */
  rate?: number;
  times?: number;
}

/** IAM › Sandbox settings (`#/sandbox`): scenario and reset, saved state, fault injection. */
export class SandboxSettingsPage {
  readonly heading: Locator;
  readonly scenarioSection: Locator;
  readonly resetButton: Locator;
  readonly dialog: Locator;
  readonly savedStateSection: Locator;
  readonly exportButton: Locator;
  readonly importInput: Locator;
  readonly importButton: Locator;
  readonly faultsSection: Locator;
  readonly latencyInput: Locator;
  readonly addFailureButton: Locator;
  readonly applyFaultsButton: Locator;
  readonly clearFaultsButton: Locator;
  readonly faultsActive: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sandbox settings' });
    this.scenarioSection = sectionWith(page, 'Scenario', 'input');
    this.resetButton = page.getByRole('button', { name: 'Reset sandbox', exact: true });
    this.dialog = page.getByRole('dialog');
    this.savedStateSection = sectionWith(page, 'Saved state', 'input');
    this.exportButton = page.getByRole('button', { name: 'Export sandbox' });
    this.importInput = this.savedStateSection.locator('input[type="file"]');
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.faultsSection = sectionWith(page, 'Fault injection', 'input');
    this.latencyInput = page.getByLabel('Added latency (ms)');
    this.addFailureButton = page.getByRole('button', { name: 'Add failure' });
    this.applyFaultsButton = page.getByRole('button', { name: 'Apply faults' });
    this.clearFaultsButton = page.getByRole('button', { name: 'Clear faults' });
    this.faultsActive = page.getByText('Faults are active in this tab');
  }

  async goto() {
    await this.page.goto('/#/sandbox');
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible({ timeout: 30_000 });
  }

  scenarioTile(title: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(title)}`) });
  }

  /** Chooses the scenario, presses Reset sandbox and confirms in the dialog. */
  async resetTo(title: string) {
    await this.scenarioTile(title).check();
    await this.resetButton.click();
    await expect(this.dialog.getByRole('heading', { name: `Reset the sandbox to ${title}?` })).toBeVisible();
    await expect(this.dialog).toContainText('Everything in the sandbox is replaced');
    await this.dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(this.dialog).toBeHidden({ timeout: 30_000 });
  }

  async exportSandbox(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }

  /** Chooses a file for Import sandbox and presses Import. */
  async importFile(name: string, contents: string) {
    await this.importInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
    await this.importButton.click();
  }

  async expectImportProblem(text: string | RegExp) {
    await expect(this.savedStateSection).toContainText(text);
  }

  /** Fills one more failure row; Apply faults makes it (and the rows before it) active. */
  async addFailure({ action, error, rate, times }: FaultInput) {
    await this.addFailureButton.click();
    const row = (await this.faultsSection.getByLabel('Failure rate (%)').count()) - 1;
    if (action) await chooseOption(this.page, this.faultsSection.getByRole('button', { name: /^Action/ }).nth(row), action);
    // Error options carry their HTTP status as a description, part of the option's name.
    await this.faultsSection.getByRole('button', { name: /^Error/ }).nth(row).click();
    await this.page.getByRole('option', { name: new RegExp(`^${error} HTTP`) }).click();
    if (rate !== undefined) await this.faultsSection.getByLabel('Failure rate (%)').nth(row).fill(String(rate));
    if (times !== undefined) await this.faultsSection.getByLabel('Only the first N calls').nth(row).fill(String(times));
  }

  async applyFaults() {
    await this.applyFaultsButton.click();
    await expect(this.faultsActive).toBeVisible();
  }

  async clearFaults() {
    await this.clearFaultsButton.click();
    await expect(this.faultsActive).toBeHidden();
  }
}
