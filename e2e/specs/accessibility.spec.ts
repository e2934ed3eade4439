import type { Page } from '@playwright/test';
import { PAGE_LOAD } from '../fixtures/cloudscape';
import { expect, test } from '../fixtures/test';
import { GroupDetailsPage } from '../pages/group-details-page';

const s3ReadOnlyRoute = `/policies/details/${encodeURIComponent('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')}`;

/** Every page the groups flow touches, scanned once it has settled: no serious or critical axe finding, no "undefined"/"NaN". */
test('every page is accessible and never shows a missing value', async ({ shell, groupsList, iam, page, axe }) => {
  test.slow();

  const scan = async (label: string, route: string, heading: string | RegExp, tab?: string, refresh = false) => {
    await test.step(label, async () => {
      await shell.gotoRoute(route);
      // The list was read before the account was arranged behind the console's back: refresh it, as a user would.
      if (refresh) await groupsList.refreshButton.click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible(PAGE_LOAD);
      if (tab) await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await settled(page);
      expect.soft(await axe(), `axe on ${label}`).toEqual([]);
      await expect.soft(page.locator('body'), `missing values on ${label}`).not.toContainText(/\bundefined\b|\bNaN\b/);
    });
  };

  await shell.open();
  await scan('dashboard', '/home', 'IAM Dashboard');
  await scan('User groups, empty', '/groups', 'User groups (0)');
  await iam.createGroupWith('Developers', { users: ['jane.doe', 'john.smith'], policies: ['AmazonS3ReadOnlyAccess'] });
  await iam.putGroupPolicy('Developers', 'ListBuckets', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
  });
  await iam.createGroup('Billing');

  await scan('User groups, filled', '/groups', 'User groups (2)', undefined, true);
  await scan('Create user group', '/groups/create', 'Create user group');
  await scan('group details: Users', GroupDetailsPage.route('Developers', 'users'), 'Developers', 'Users (2)');
  await scan('group details: Permissions', GroupDetailsPage.route('Developers', 'permissions'), 'Developers', 'Permissions');
  await scan('group details: Access Advisor', GroupDetailsPage.route('Developers', 'access_advisor'), 'Developers', 'Access Advisor');
  await scan('Add users', '/groups/details/Developers/add-users', 'Add users to Developers');
  await scan('Attach policies', '/groups/details/Developers/attach-policies', /^Attach (permissions )?polic(y|ies) to Developers$/);
  await scan('Create inline policy', '/groups/details/Developers/create-inline-policy', 'Create inline policy');
  await scan('Users', '/users', 'Users (6)');
  await scan('user details: Permissions', '/users/details/jane.doe?section=permissions', 'jane.doe', 'Permissions');
  await scan('user details: Groups', '/users/details/jane.doe?section=groups', 'jane.doe', 'Groups (1)');
  await scan('user details: Security credentials', '/users/details/jane.doe?section=security_credentials', 'jane.doe', 'Security credentials');
  await scan('Policies', '/policies', /^Policies \(\d+\)$/);
  await scan('policy details: Permissions', `${s3ReadOnlyRoute}?section=permissions`, 'AmazonS3ReadOnlyAccess', 'Permissions');
  await scan('policy details: Entities attached', `${s3ReadOnlyRoute}?section=entities_attached`, 'AmazonS3ReadOnlyAccess', 'Entities attached');
  await scan('unknown route', '/no-such-page', 'Page not found');
  await scan('unknown group', '/groups/details/NoSuchGroup', 'User group not found');
});

/** No spinners or "Loading" indicators left: what axe sees is what the learner reads. */
async function settled(page: Page) {
  await expect(page.getByText(/^Loading\b/)).toHaveCount(0, PAGE_LOAD);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}
