import { test as base, expect } from '../fixtures/test';
import { awsManagedPolicyArn } from '../fixtures/iam';
import { AddUserToGroupsPage } from '../pages/add-user-to-groups-page';
import { CreateUserPage } from '../pages/create-user-page';
import { UserAttachPoliciesPage } from '../pages/user-attach-policies-page';
import { UserDetailsPage } from '../pages/user-details-page';
import { UserInlinePolicyPage } from '../pages/user-inline-policy-page';
import { UsersListPage } from '../pages/users-list-page';

const test = base.extend<{
  usersList: UsersListPage;
  createUser: CreateUserPage;
  userDetails: UserDetailsPage;
  addToGroups: AddUserToGroupsPage;
  userAttachPolicies: UserAttachPoliciesPage;
  userInlinePolicy: UserInlinePolicyPage;
}>({
  usersList: async ({ page }, provide) => provide(new UsersListPage(page)),
  createUser: async ({ page }, provide) => provide(new CreateUserPage(page)),
  userDetails: async ({ page }, provide) => provide(new UserDetailsPage(page)),
  addToGroups: async ({ page }, provide) => provide(new AddUserToGroupsPage(page)),
  userAttachPolicies: async ({ page }, provide) => provide(new UserAttachPoliciesPage(page)),
  userInlinePolicy: async ({ page }, provide) => provide(new UserInlinePolicyPage(page)),
});

const listBuckets = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] };

test('creating a user who joins a group', async ({ shell, usersList, createUser, userDetails, iam, axe }) => {
  // Three axe scans and the 1,600-policy picker make this the longest flow.
  test.slow();
  await iam.createGroupWith('Developers', { policies: ['AmazonS3ReadOnlyAccess'] });

  await test.step('the list offers Create user', async () => {
    await usersList.goto();
    await usersList.expectCount(6);
    expect(await axe(), 'accessibility of the Users list').toEqual([]);
    await usersList.createButton.click();
    await expect(createUser.stepHeading('Specify user details')).toBeVisible();
  });

  await test.step('the name is checked as it is typed, existing names in any case', async () => {
    await createUser.nameInput.fill('sam lee');
    await createUser.expectNameError('characters that are not valid');
    await createUser.nameInput.fill('Jane.Doe');
    await createUser.expectNameError('A user named jane.doe already exists');
    await createUser.nameInput.fill('x'.repeat(65));
    await createUser.expectNameError('up to 64 characters');
    await createUser.nextButton.click();
    await expect(createUser.stepHeading('Specify user details')).toBeVisible();
    await createUser.nameInput.fill('');
  });

  await test.step('attaching directly shows the best-practice advice', async () => {
    await createUser.nameInput.fill('sam.lee');
    await createUser.nextButton.click();
    await createUser.attachPoliciesOption.check();
    await expect(createUser.bestPracticeAlert).toBeVisible();
    await expect(createUser.policiesSection.getByText('Loading policies')).toHaveCount(0);
    expect(await axe(), 'accessibility of the wizard').toEqual([]);
    await createUser.addToGroupOption.check();
    await createUser.previousButton.click();
  });

  await test.step('name, group, review, create', async () => {
    await createUser.createUser({ name: 'sam.lee', groups: ['Developers'] });
    await shell.expectFlash('User sam.lee created.');
    await expect(userDetails.heading('sam.lee')).toBeVisible();
    await expect(userDetails.summary).toContainText('arn:aws:iam::123456789012:user/sam.lee');
    await userDetails.expectPermissions([{ policy: 'AmazonS3ReadOnlyAccess', via: 'Group Developers' }]);
    expect(await axe(), 'accessibility of the user details').toEqual([]);
    expect(await iam.groupsForUser('sam.lee')).toEqual(['Developers']);
  });

  await test.step('the list counts the new user and its group', async () => {
    await usersList.goto();
    await usersList.expectCount(7);
    await usersList.expectGroupCount('sam.lee', 1);
    await usersList.expectGroupNames('sam.lee', ['Developers']);
  });
});

test('permissions follow group membership, with where each comes from', async ({ shell, userDetails, addToGroups, iam }) => {
  await iam.createGroupWith('Developers', { users: ['jane.doe'], policies: ['AmazonS3ReadOnlyAccess'] });
  await iam.putGroupPolicy('Developers', 'ListBuckets', listBuckets);
  await iam.createGroupWith('Billing', { policies: ['job-function/Billing'] });
  await iam.call('AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: awsManagedPolicyArn('IAMUserChangePassword') });

  await test.step('direct and inherited policies, one row per (policy, group)', async () => {
    await userDetails.goto('jane.doe');
    await userDetails.expectPermissions([
      { policy: 'IAMUserChangePassword', via: 'Directly' },
      { policy: 'AmazonS3ReadOnlyAccess', via: 'Group Developers' },
      { policy: 'ListBuckets', via: 'Group Developers' },
    ]);
  });

  await test.step('joining Billing adds its policy, attached via Group Billing', async () => {
    await userDetails.openTab('groups');
    await userDetails.expectGroups(['Developers']);
    await userDetails.addToGroupsButton.click();
    await expect(addToGroups.heading).toBeVisible();
    await expect(addToGroups.table.getByRole('link', { name: 'Developers' })).toHaveCount(0);
    await addToGroups.addToGroups(['Billing']);
    await shell.expectFlash('jane.doe added to group Billing.');
    await userDetails.expectGroups(['Billing', 'Developers']);
    await userDetails.openTab('permissions');
    await userDetails.expectPermissions([
      { policy: 'IAMUserChangePassword', via: 'Directly' },
      { policy: 'AmazonS3ReadOnlyAccess', via: 'Group Developers' },
      { policy: 'ListBuckets', via: 'Group Developers' },
      { policy: 'Billing', via: 'Group Billing' },
    ]);
  });

  await test.step('leaving Developers removes what only Developers granted', async () => {
    await userDetails.openTab('groups');
    await userDetails.removeFromGroups(['Developers']);
    await shell.expectFlash('jane.doe removed from group Developers.');
    await userDetails.expectGroups(['Billing']);
    await userDetails.openTab('permissions');
    await userDetails.expectPermissions([
      { policy: 'IAMUserChangePassword', via: 'Directly' },
      { policy: 'Billing', via: 'Group Billing' },
    ]);
    expect(await iam.groupsForUser('jane.doe')).toEqual(['Billing']);
  });
});

test('direct policies: attach, write inline, remove; inherited ones stay', async ({ shell, userDetails, userAttachPolicies: attachPolicies, userInlinePolicy: inlinePolicy, iam }) => {
  await iam.createGroupWith('Developers', { users: ['jane.doe'], policies: ['AmazonS3ReadOnlyAccess'] });
  await userDetails.goto('jane.doe');

  await test.step('attach a managed policy directly, with the best-practice advice', async () => {
    await userDetails.startAttachPolicies();
    await expect(attachPolicies.bestPracticeAlert).toBeVisible();
    await attachPolicies.attach(['IAMUserChangePassword']);
    await shell.expectFlash('Policy attached to jane.doe.');
  });

  await test.step('write an inline policy; broken grammar is caught before IAM sees it', async () => {
    await userDetails.startCreateInlinePolicy();
    await inlinePolicy.createPolicy('ListBuckets', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket' }] });
    await inlinePolicy.expectEditorError('Policy statement must contain resources.');
    await inlinePolicy.createPolicy('ListBuckets', listBuckets);
    await shell.expectFlash('Policy ListBuckets created.');
    await userDetails.expectPermissions([
      { policy: 'IAMUserChangePassword', via: 'Directly' },
      { policy: 'ListBuckets', via: 'Directly' },
      { policy: 'AmazonS3ReadOnlyAccess', via: 'Group Developers' },
    ]);
  });

  await test.step('only direct policies can be removed here', async () => {
    await expect(userDetails.permissionCheckbox('AmazonS3ReadOnlyAccess')).toBeDisabled();
    await userDetails.removePolicies(['IAMUserChangePassword', 'ListBuckets']);
    await shell.expectFlash('2 policies removed from jane.doe.');
    await userDetails.expectPermissions([{ policy: 'AmazonS3ReadOnlyAccess', via: 'Group Developers' }]);
  });
});

test('a user in 10 groups cannot join an 11th', async ({ userDetails, addToGroups, iam }) => {
  for (let n = 1; n <= 11; n++) await iam.createGroup(`G${n}`);
  for (let n = 1; n <= 10; n++) await iam.addUserToGroup(`G${n}`, 'jane.doe');

  await userDetails.goto('jane.doe', 'groups');
  await expect(userDetails.groupsTab).toHaveText('Groups (10)');
  await expect(userDetails.groupLimitAlert).toBeVisible();

  await userDetails.addToGroupsButton.click();
  await expect(addToGroups.heading).toBeVisible();
  await expect(addToGroups.limitAlert).toHaveText('jane.doe is in 10 groups, the maximum. Remove the user from a group first.');
  await expect(addToGroups.checkbox('G11')).toBeDisabled();
  await expect(addToGroups.addButton).toBeDisabled();
  expect(await iam.groupsForUser('jane.doe')).toHaveLength(10);
});

test('deleting users who are in groups and hold policies', async ({ shell, usersList, userDetails, iam }) => {
  await iam.createGroupWith('Developers', { users: ['jane.doe', 'john.smith', 'wei.chen'], policies: ['AmazonS3ReadOnlyAccess'] });
  await iam.createGroupWith('Billing', { users: ['jane.doe'] });
  await iam.call('AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: awsManagedPolicyArn('IAMUserChangePassword') });
  await iam.call('PutUserPolicy', { UserName: 'jane.doe', PolicyName: 'Mine', PolicyDocument: JSON.stringify(listBuckets) });

  await test.step('one user: typed name, memberships and policies removed first', async () => {
    await usersList.goto();
    await expect(usersList.deleteButton).toBeDisabled();
    await usersList.startDelete(['jane.doe']);
    await expect(usersList.deleteDialog).toContainText('Deleting a user also removes them from their groups and deletes their policies.');
    await usersList.confirmDelete(['jane.doe']);
    await shell.expectFlash('User jane.doe deleted.');
    await usersList.expectCount(5);
    await expect(usersList.userLink('jane.doe')).toHaveCount(0);
    expect(await iam.groupMembers('Developers')).toEqual(['john.smith', 'wei.chen']);
    expect(await iam.groupMembers('Billing')).toEqual([]);
  });

  await test.step('several users: the consent text is "2 users"', async () => {
    await usersList.deleteUsers(['john.smith', 'wei.chen']);
    await shell.expectFlash('2 users deleted: john.smith, wei.chen.');
    await usersList.expectCount(3);
    expect(await iam.groupMembers('Developers')).toEqual([]);
  });

  await test.step('a deleted user\'s page says it is gone', async () => {
    await userDetails.page.goto('/#/users/details/jane.doe');
    await expect(userDetails.page.getByRole('heading', { level: 1, name: 'User not found' })).toBeVisible();
  });
});
