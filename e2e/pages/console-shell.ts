import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD, escapeRegExp as escape } from '../fixtures/cloudscape';

/** What every console page shares: top bar, side navigation, breadcrumbs, flashes, help panel. */
export class ConsoleShell {
  readonly sideNavigation: Locator;
  readonly breadcrumbs: Locator;
  readonly notifications: Locator;
  readonly helpToggle: Locator;
  readonly dashboardHeading: Locator;
  readonly pageHeading: Locator;

  constructor(readonly page: Page) {
    this.sideNavigation = page.getByRole('navigation', { name: 'Side navigation' });
    this.breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    this.notifications = page.getByRole('region', { name: 'Notifications' });
    this.helpToggle = page.getByRole('button', { name: 'Open help panel' });
    this.dashboardHeading = page.getByRole('heading', { name: 'IAM Dashboard', level: 1 });
    this.pageHeading = page.getByRole('heading', { level: 1 });
  }

  /** Opens the console on the dashboard and waits for the sandbox's IAM to answer. */
  async open() {
    await this.page.goto('/#/home');
    await expect(this.dashboardHeading).toBeVisible(PAGE_LOAD);
  }

  /** Follows a shared link: `/groups/details/Developers?section=permissions`. */
  async gotoRoute(route: string) {
    await this.page.goto(`/#${route}`);
  }

  /** "User groups", "Users", "Policies", "Dashboard" in the left navigation. */
  async navigateTo(entry: string) {
    await this.sideNavigation.getByRole('link', { name: entry, exact: true }).click();
  }

  async expectActiveNavigation(entry: string) {
    await expect(this.sideNavigation.getByRole('link', { name: entry, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }

  /** The trail, e.g. ['IAM', 'User groups', 'Create user group']. */
  async expectBreadcrumbs(trail: string[]) {
    const crumbs = this.breadcrumbs.getByRole('listitem');
    await expect(crumbs).toHaveText(trail.map((crumb) => new RegExp(`^\\s*${escape(crumb)}\\s*$`)));
  }

  async followBreadcrumb(text: string) {
    await this.breadcrumbs.getByRole('link', { name: text, exact: true }).click();
  }

  /** A flash with this text is on screen (the name in bold is part of the text). */
  async expectFlash(text: string | RegExp) {
    await expect(this.notifications).toContainText(text);
  }

  async expectNoFlash(text: string | RegExp) {
    await expect(this.notifications).not.toContainText(text);
  }

  async expectRoute(route: string | RegExp) {
    await expect(this.page).toHaveURL(typeof route === 'string' ? new RegExp(`#${escape(route)}$`) : route);
  }

  /** The console never prints "undefined" or "NaN" where a value is missing. */
  async expectNoMissingValues() {
    const main = this.page.locator('body');
    await expect(main).not.toContainText(/\bundefined\b/);
    await expect(main).not.toContainText(/\bNaN\b/);
  }
}
