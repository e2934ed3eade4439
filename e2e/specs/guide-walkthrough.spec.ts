import { expect, test } from '../fixtures/test';

/**
 * The guide's "Creating a group and adding users (Console)", step by step, with the
 * guide's own names: a learner following the text must land on every page it mentions.
 */
test('a learner creates Developers with AmazonS3ReadOnlyAccess and jane.doe, then adds john.smith', async ({
  shell,
  groupsList,
  createGroup,
  groupDetails,
  addUsers,
  iam,
}) => {
  await test.step('Open the IAM console and choose User groups in the left navigation', async () => {
    await shell.open();
    await shell.navigateTo('User groups');
    await shell.expectRoute('/groups');
    await groupsList.expectLoaded();
    await groupsList.expectGroups([]);
    await shell.expectActiveNavigation('User groups');
  });

  await test.step('Click Create group', async () => {
    await groupsList.startCreate();
    await shell.expectRoute('/groups/create');
    await createGroup.expectLoaded();
    await shell.expectBreadcrumbs(['IAM', 'User groups', 'Create user group']);
  });

  await test.step('Enter the group name Developers', async () => {
    await createGroup.enterName('Developers');
    await createGroup.expectNameAccepted();
  });

  await test.step('Under Attach permissions policies, search for and tick AmazonS3ReadOnlyAccess', async () => {
    await createGroup.searchPolicies('AmazonS3ReadOnlyAccess');
    await expect(createGroup.policyRow('AmazonS3ReadOnlyAccess')).toContainText('AWS managed');
    await createGroup.policyCheckbox('AmazonS3ReadOnlyAccess').check();
    await expect(createGroup.policiesHeading).toHaveAccessibleName(/^Attach permissions policies - Optional \(1\/\d{3,}\)$/);
  });

  await test.step('Under Add users to the group, select jane.doe', async () => {
    await createGroup.selectUser('jane.doe');
    await expect(createGroup.usersHeading).toHaveAccessibleName('Add users to the group - Optional (1/6)');
  });

  await test.step('Click Create user group', async () => {
    await createGroup.createButton.click();
    await shell.expectRoute('/groups');
    await shell.expectFlash('Developers user group created.');
    await groupsList.expectGroups(['Developers']);
    await groupsList.expectGroup('Developers', { users: 1, permissions: 'Defined' });
  });

  await test.step('Open the group: the Users tab shows jane.doe, Permissions shows the policy', async () => {
    await groupsList.openGroup('Developers');
    await shell.expectRoute(/#\/groups\/details\/Developers(\?section=users)?$/);
    await groupDetails.expectLoaded('Developers');
    await groupDetails.expectSummary('Developers');
    await groupDetails.expectActiveTab('users');
    await groupDetails.expectMembers(['jane.doe']);
    await groupDetails.openTab('permissions');
    await groupDetails.expectPolicies(['AmazonS3ReadOnlyAccess']);
    await groupDetails.openTab('users');
  });

  await test.step('Add users, select john.smith, confirm: Users (2)', async () => {
    await groupDetails.startAddUsers();
    await addUsers.expectLoaded('Developers');
    // The picker offers only users who are not members yet, and never groups or roles.
    await expect(addUsers.row('john.smith')).toBeVisible();
    await expect(addUsers.row('jane.doe')).toHaveCount(0);
    await addUsers.addUsers(['john.smith']);
    await groupDetails.expectLoaded('Developers');
    await shell.expectFlash('User added to group Developers');
    await groupDetails.expectMembers(['jane.doe', 'john.smith']);
  });

  await test.step('IAM agrees with the console', async () => {
    expect((await iam.groupMembers('Developers')).sort()).toEqual(['jane.doe', 'john.smith']);
    expect(await iam.attachedGroupPolicies('Developers')).toEqual(['AmazonS3ReadOnlyAccess']);
  });
});
