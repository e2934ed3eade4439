import { expect, test } from './demo-test';

/**
 * The guide's "Creating a group and adding users (Console)", for slides and handouts:
 * Developers with AmazonS3ReadOnlyAccess and jane.doe, then a second user, then the
 * Users tab and what jane.doe inherits.
 */
test('create Developers, add jane.doe and john.smith, review the Users tab', async ({
  demo,
  shell,
  groupsList,
  createGroup,
  groupDetails,
  addUsers,
  userDetails,
}) => {
  await demo.step('Open User groups', async () => {
    await shell.open();
    await shell.navigateTo('User groups');
    await groupsList.expectLoaded();
    await groupsList.expectGroups([]);
  });

  await demo.step('Create group', async () => {
    await groupsList.startCreate();
    await createGroup.expectLoaded();
  });

  await demo.step('Name the group Developers', async () => {
    await createGroup.enterName('Developers');
    await createGroup.expectNameAccepted();
  });

  await demo.step('Attach AmazonS3ReadOnlyAccess', async () => {
    await createGroup.selectPolicy('AmazonS3ReadOnlyAccess');
    await expect(createGroup.policyCheckbox('AmazonS3ReadOnlyAccess')).toBeChecked();
    await createGroup.policiesHeading.scrollIntoViewIfNeeded();
  });

  await demo.step('Add jane.doe to the group', async () => {
    await createGroup.selectUser('jane.doe');
    await expect(createGroup.usersHeading).toHaveAccessibleName('Add users to the group - Optional (1/6)');
    await createGroup.usersHeading.scrollIntoViewIfNeeded();
  });

  await demo.step('Create user group', async () => {
    await createGroup.createButton.click();
    await shell.expectFlash('Developers user group created.');
    await groupsList.expectLoaded();
    await groupsList.expectGroups(['Developers']);
    await groupsList.expectGroup('Developers', { users: 1, permissions: 'Defined' });
  });

  await demo.step('Open Developers: the Users tab', async () => {
    await groupsList.openGroup('Developers');
    await groupDetails.expectLoaded('Developers');
    await groupDetails.expectMembers(['jane.doe']);
  });

  await demo.step('Add users: choose john.smith', async () => {
    await groupDetails.startAddUsers();
    await addUsers.expectLoaded('Developers');
    await addUsers.select(['john.smith']);
  });

  await demo.step('Review the Users tab: two members', async () => {
    await addUsers.addButton.click();
    await groupDetails.expectLoaded('Developers');
    await shell.expectFlash('User added to group Developers');
    await groupDetails.expectMembers(['jane.doe', 'john.smith']);
  });

  await demo.step('The Permissions tab: what every member inherits', async () => {
    await groupDetails.openTab('permissions');
    await groupDetails.expectPolicies(['AmazonS3ReadOnlyAccess']);
  });

  await demo.step('jane.doe’s permissions come from the group', async () => {
    await userDetails.goto('jane.doe', 'permissions');
    await userDetails.expectPermissions([{ policy: 'AmazonS3ReadOnlyAccess', via: 'Group Developers' }]);
  });
});
