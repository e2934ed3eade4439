import type { Page, TestInfo } from '@playwright/test';
import { AddUserToGroupsPage } from '../pages/add-user-to-groups-page';
import { UserDetailsPage } from '../pages/user-details-page';
import { UsersListPage } from '../pages/users-list-page';
import { expect, test as sandboxTest } from '../fixtures/sandbox';

/**
 * Records a demo: each step runs as a Playwright step (so it is named in the trace) and
 * ends with a numbered screenshot in the demo's output folder, `01-open-user-groups.png`, …
 * (the trace holds the same moments, with the DOM, network and console around them).
 */
export class DemoRecorder {
  private count = 0;

  constructor(
    private readonly page: Page,
    private readonly testInfo: TestInfo,
  ) {}

  async step(title: string, body: () => Promise<void>) {
    await sandboxTest.step(title, async () => {
      await body();
      await this.screenshot(title);
    });
  }

  async screenshot(title: string) {
    const name = `${String(++this.count).padStart(2, '0')}-${slug(title)}.png`;
    const path = this.testInfo.outputPath(name);
    // The caret and Cloudscape's transitions would make every run's pictures differ.
    await this.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  }
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

interface DemoFixtures {
  demo: DemoRecorder;
  userDetails: UserDetailsPage;
  usersList: UsersListPage;
  addUserToGroups: AddUserToGroupsPage;
}

/** The sandbox fixture (scenario, frozen clock) plus a recorder and the Users page objects. */
export const test = sandboxTest.extend<DemoFixtures>({
  scenario: 'default',
  demo: async ({ page }, use, testInfo) => use(new DemoRecorder(page, testInfo)),
  userDetails: async ({ page }, use) => use(new UserDetailsPage(page)),
  usersList: async ({ page }, use) => use(new UsersListPage(page)),
  addUserToGroups: async ({ page }, use) => use(new AddUserToGroupsPage(page)),
});

export { expect };
