import { GroupsListPage } from '../pages/groups-list-page';
import { expect, sandboxUrl, test } from '../fixtures/sandbox';

/** Scenarios are named starting points, chosen from the URL once or from Sandbox settings. */
test.describe('a scenario in the URL', () => {
  test('before the hash: applied once, then removed from the address', async ({ page, groupsList, iam }) => {
    await page.goto('/?scenario=classroom#/groups');
    await groupsList.expectLoaded();
    await groupsList.expectGroups(['Admins', 'Billing', 'Developers', 'Interns', 'MarksTeam', 'ReadOnly']);
    await groupsList.expectGroup('Developers', { users: 12, permissions: 'Defined' });
    await groupsList.expectGroup('Interns', { users: 0 });
    await expect(page).toHaveURL(/\/#\/groups$/);
    expect(await iam.attachedGroupPolicies('Billing')).toEqual(['Billing']);

    // The work since then survives a reload: the scenario is not applied again.
    await iam.createGroup('Testers');
    await page.reload();
    await groupsList.expectLoaded();
    await expect(groupsList.groupLink('Testers')).toBeVisible();
  });

  test('inside the hash, next to the page’s own parameters', async ({ page, shell }) => {
    await page.goto('/#/groups/details/Admins?scenario=classroom&section=permissions');
    await expect(page.getByRole('heading', { level: 1, name: 'Admins' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: 'AdministratorAccess' })).toBeVisible();
    await shell.expectRoute('/groups/details/Admins?section=permissions');
  });

  test('an unknown scenario changes nothing and is reported in Sandbox settings', async ({ page, iam, sandboxSettings }) => {
    await iam.createGroup('Mine');
    await page.goto(sandboxUrl('/sandbox', { scenario: 'classrom' }));
    await sandboxSettings.expectLoaded();
    await expect(page.getByText('Some sandbox URL parameters were ignored')).toBeVisible();
    await expect(page.getByText(/scenario=classrom: not a scenario; choose empty, default, classroom, large/)).toBeVisible();
    expect(await iam.groupNames()).toEqual(['Mine']);
  });
});

test.describe('Reset sandbox', () => {
  test('replaces everything with the chosen scenario, after confirmation, in every tab', async ({
    page,
    context,
    iam,
    sandboxSettings,
    shell,
  }) => {
    await iam.createGroup('Mine');
    const tabB = await context.newPage();
    const listB = new GroupsListPage(tabB);
    await listB.goto();
    await listB.expectGroups(['Mine']);

    await sandboxSettings.goto();
    await expect(sandboxSettings.scenarioTile('Getting started')).toBeChecked();
    await sandboxSettings.scenarioTile('Classroom').check();
    await sandboxSettings.resetButton.click();
    await expect(sandboxSettings.dialog.getByRole('heading', { name: 'Reset the sandbox to Classroom?' })).toBeVisible();
    await sandboxSettings.dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await iam.groupNames()).toEqual(['Mine']);

    await sandboxSettings.resetTo('Classroom');
    await shell.expectFlash('The sandbox was reset to Classroom.');
    expect(await iam.groupNames()).toEqual(['Admins', 'Billing', 'Developers', 'Interns', 'MarksTeam', 'ReadOnly']);
    await listB.expectGroups(['Admins', 'Billing', 'Developers', 'Interns', 'MarksTeam', 'ReadOnly']);

    await page.reload();
    await sandboxSettings.expectLoaded();
    await expect(sandboxSettings.scenarioTile('Classroom')).toBeChecked();
    await sandboxSettings.resetTo('Empty account');
    await shell.expectFlash('The sandbox was reset to Empty account.');
    await listB.expectGroups([]);
  });
});

test.describe('the classroom scenario', () => {
  test.use({ scenario: 'classroom' });

  test('holds the best-practice problems learners are asked to find', async ({ iam }) => {
    const { text } = await iam.call('ListAttachedUserPolicies', { UserName: 'kevin.brown' });
    expect(text).toContain('<PolicyName>AdministratorAccess</PolicyName>');
    expect(await iam.groupMembers('Interns')).toEqual([]);
    expect(await iam.groupsForUser('sam.taylor')).toEqual([]);
    expect(await iam.groupNames()).toContain('MarksTeam');
    const { text: jane } = await iam.call('GetUser', { UserName: 'jane.doe' });
    expect(jane).toContain('<UserId>AIDA0A1B2C3D4E5F6G7H8</UserId>');
  });
});

test('Sandbox settings reads well to assistive technology and never shows a missing value', async ({
  page,
  sandboxSettings,
  shell,
  axe,
}) => {
  await sandboxSettings.goto();
  await shell.expectBreadcrumbs(['IAM', 'Sandbox settings']);
  await shell.expectActiveNavigation('Sandbox settings');
  await sandboxSettings.addFailure({ action: 'CreateGroup', error: 'Throttling', times: 1 });
  await shell.expectNoMissingValues();
  expect(await axe()).toEqual([]);
  await sandboxSettings.resetButton.click();
  await expect(sandboxSettings.dialog).toBeVisible();
  expect(await axe()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(sandboxSettings.dialog).toBeHidden();
});
