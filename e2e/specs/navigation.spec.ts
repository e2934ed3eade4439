import { expect, test } from '../fixtures/test';
import { PAGE_LOAD } from '../fixtures/cloudscape';
import { GroupDetailsPage } from '../pages/group-details-page';

const s3ReadOnlyArn = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
const s3ReadOnlyRoute = `/policies/details/${encodeURIComponent(s3ReadOnlyArn)}`;

test('side navigation, breadcrumbs and the help panel lead where they say', async ({
  shell,
  groupsList,
  createGroup,
  groupDetails,
  addUsers,
  iam,
  page,
}) => {
  await iam.createGroupWith('Developers', { users: ['jane.doe'] });
  await shell.open();

  await test.step('the side navigation reaches every page of the sandbox and marks where we are', async () => {
    await expect(shell.sideNavigation.getByRole('link', { name: 'Identity and Access Management (IAM)' })).toBeVisible();
    await shell.navigateTo('Users');
    await shell.expectRoute('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users (6)' })).toBeVisible(PAGE_LOAD);
    await shell.expectActiveNavigation('Users');
    await shell.navigateTo('Policies');
    await shell.expectRoute('/policies');
    await expect(page.getByRole('heading', { level: 1, name: /^Policies \(\d+\)$/ })).toBeVisible(PAGE_LOAD);
    await shell.expectActiveNavigation('Policies');
    await shell.navigateTo('Dashboard');
    await expect(shell.dashboardHeading).toBeVisible();
    await shell.expectActiveNavigation('Dashboard');
    await shell.navigateTo('User groups');
    await groupsList.expectLoaded();
    await shell.expectActiveNavigation('User groups');
    await shell.expectBreadcrumbs(['IAM', 'User groups']);
  });

  await test.step('Info opens the help panel with what the guide teaches', async () => {
    await page.getByRole('button', { name: 'Info User groups' }).or(page.getByRole('link', { name: /^Info/ })).first().click();
    const help = page.getByRole('complementary', { name: 'Help panel' });
    await expect(help.getByRole('heading', { name: 'User groups' })).toBeVisible();
    await expect(help).toContainText('A group has no credentials');
    await expect(help).toContainText('up to 10 groups');
    await expect(help).toContainText('Groups cannot be nested');
    await help.getByRole('button', { name: 'Close help panel' }).click();
  });

  await test.step('breadcrumbs: create page, group page, add users page, and back up', async () => {
    await groupsList.startCreate();
    await shell.expectBreadcrumbs(['IAM', 'User groups', 'Create user group']);
    await shell.followBreadcrumb('User groups');
    await groupsList.expectLoaded();

    await groupsList.openGroup('Developers');
    await groupDetails.expectLoaded('Developers');
    await shell.expectBreadcrumbs(['IAM', 'User groups', 'Developers']);
    // A group's page belongs to User groups in the navigation.
    await shell.expectActiveNavigation('User groups');

    await groupDetails.startAddUsers();
    await addUsers.expectLoaded('Developers');
    await shell.expectBreadcrumbs(['IAM', 'User groups', 'Developers', 'Add users']);
    await shell.followBreadcrumb('Developers');
    await groupDetails.expectLoaded('Developers');

    await shell.followBreadcrumb('IAM');
    await expect(shell.dashboardHeading).toBeVisible();
  });

  await test.step('the dashboard counts link to their lists', async () => {
    await page.getByRole('link', { name: 'User groups: 1' }).click();
    await groupsList.expectGroups(['Developers']);
    await groupsList.startCreate();
    await createGroup.expectLoaded();
  });
});

test('shared links open the page and the tab they name', async ({ shell, groupsList, groupDetails, iam, page }) => {
  await test.step('the bare console address opens the dashboard', async () => {
    await page.goto('/');
    await shell.expectRoute('/home');
    await expect(shell.dashboardHeading).toBeVisible();
  });

  // Each link below is opened as a fresh page load, as when pasted into a new tab.
  const openFresh = async (route: string) => {
    await page.goto('about:blank');
    await shell.gotoRoute(route);
  };

  await test.step('#/groups/create', async () => {
    await openFresh('/groups/create');
    await expect(page.getByRole('heading', { level: 1, name: 'Create user group' })).toBeVisible(PAGE_LOAD);
  });

  await test.step('#/users/details/jane.doe?section=groups', async () => {
    await openFresh('/users/details/jane.doe?section=groups');
    await expect(page.getByRole('heading', { level: 1, name: 'jane.doe' })).toBeVisible(PAGE_LOAD);
    await expect(page.getByRole('tab', { name: /^Groups/ })).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('#/policies/details/ARN?section=entities_attached', async () => {
    await openFresh(`${s3ReadOnlyRoute}?section=entities_attached`);
    await expect(page.getByRole('heading', { level: 1, name: 'AmazonS3ReadOnlyAccess' })).toBeVisible(PAGE_LOAD);
    await expect(page.getByRole('tab', { name: 'Entities attached' })).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('#/groups/details/NAME?section=…: each tab has its address', async () => {
    await iam.createGroupWith('Developers', { users: ['jane.doe'], policies: ['AmazonS3ReadOnlyAccess'] });
    // The account is saved in the browser, so a link opened as a new page finds the group.
    for (const section of ['permissions', 'access_advisor', 'users'] as const) {
      await openFresh(GroupDetailsPage.route('Developers', section));
      await groupDetails.expectLoaded('Developers');
      await groupDetails.expectActiveTab(section);
    }
    await groupDetails.openTab('permissions');
    await shell.expectRoute('/groups/details/Developers?section=permissions');
    await groupDetails.expectPolicies(['AmazonS3ReadOnlyAccess']);
  });

  await test.step('a name with every character IAM allows survives the address bar', async () => {
    const name = 'QA+Ops=1,2.x@y-z_w';
    await iam.createGroupWith(name, { users: ['jane.doe'] });
    await shell.gotoRoute('/groups');
    await groupsList.refreshButton.click();
    await page.getByRole('link', { name, exact: true }).click();
    await groupDetails.expectLoaded(name);
    await shell.expectBreadcrumbs(['IAM', 'User groups', name]);
    await groupDetails.openTab('permissions');
    await shell.expectRoute(`${GroupDetailsPage.route(name)}?section=permissions`);
    await groupDetails.openTab('users');
    await groupDetails.expectMembers(['jane.doe']);
  });

  await test.step('an unknown section falls back to Users', async () => {
    await shell.gotoRoute('/groups/details/Developers?section=nonsense');
    await groupDetails.expectLoaded('Developers');
    await groupDetails.expectActiveTab('users');
  });
});

test('a reload keeps the page, the address and the tab', async ({ shell, groupDetails, iam, page }) => {
  // Five full page loads, each starting the sandbox's IAM again.
  test.slow();
  for (const [route, heading, tab] of [
    ['/groups', /^User groups \(\d+\)$/, undefined],
    ['/groups/create', 'Create user group', undefined],
    ['/users/details/jane.doe?section=security_credentials', 'jane.doe', 'Security credentials'],
    [`${s3ReadOnlyRoute}?section=entities_attached`, 'AmazonS3ReadOnlyAccess', 'Entities attached'],
  ] as const) {
    await test.step(`#${route}`, async () => {
      await shell.gotoRoute(route);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible(PAGE_LOAD);
      await page.reload();
      await shell.expectRoute(route);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible(PAGE_LOAD);
      if (tab) await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    });
  }

  await test.step('a group page keeps its address, its tab and its group', async () => {
    await iam.createGroup('Developers');
    const route = GroupDetailsPage.route('Developers', 'permissions');
    await shell.gotoRoute(route);
    await groupDetails.expectLoaded('Developers');
    await page.reload();
    await shell.expectRoute(route);
    await shell.expectBreadcrumbs(['IAM', 'User groups', 'Developers']);
    await groupDetails.expectLoaded('Developers');
    await groupDetails.expectActiveTab('permissions');
  });
});

test('the account survives a reload: members, policies and the open tab', async ({ shell, groupDetails, iam, page }) => {
  await iam.createGroupWith('Developers', { users: ['jane.doe'], policies: ['AmazonS3ReadOnlyAccess'] });
  await shell.gotoRoute(GroupDetailsPage.route('Developers', 'permissions'));
  await page.reload();
  await groupDetails.expectLoaded('Developers');
  await groupDetails.expectActiveTab('permissions');
  await groupDetails.expectPolicies(['AmazonS3ReadOnlyAccess']);
  await groupDetails.openTab('users');
  await groupDetails.expectMembers(['jane.doe']);
});

test('unknown addresses and names get a page that says so and leads back', async ({ shell, groupsList, page }) => {
  await test.step('an unknown route', async () => {
    await shell.gotoRoute('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible(PAGE_LOAD);
    await expect(page.getByText('The console has no page at /no-such-page.')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the IAM dashboard' }).or(page.getByRole('button', { name: 'Go to the IAM dashboard' })).click();
    await expect(shell.dashboardHeading).toBeVisible();
  });

  await test.step('a group that does not exist, and its sub-pages', async () => {
    for (const route of [
      '/groups/details/NoSuchGroup',
      '/groups/details/NoSuchGroup?section=permissions',
      '/groups/details/NoSuchGroup/add-users',
      '/groups/details/NoSuchGroup/attach-policies',
      '/groups/details/NoSuchGroup/create-inline-policy',
    ]) {
      await shell.gotoRoute(route);
      await expect(page.getByRole('heading', { level: 1, name: 'User group not found' })).toBeVisible(PAGE_LOAD);
      await expect(page.getByText('The user group NoSuchGroup does not exist.', { exact: false })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Back to User groups' }).or(page.getByRole('button', { name: 'Back to User groups' })).click();
    await groupsList.expectLoaded();
  });

  await test.step('a user and a policy that do not exist', async () => {
    await shell.gotoRoute('/users/details/nobody');
    await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible(PAGE_LOAD);
    await shell.gotoRoute(`/policies/details/${encodeURIComponent('arn:aws:iam::aws:policy/NoSuchPolicy')}`);
    await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible(PAGE_LOAD);
  });
});
