import { expect, test } from '../fixtures/test';

const readOnlyS3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] };

/**
 * IAM's DeleteGroup refuses while a group has members or policies; the console removes
 * them first. Deleting takes typed consent: the name for one group, "N user groups" for several.
 */
test('deleting one group, then several, with their members and policies', async ({ shell, groupsList, iam }) => {
  await test.step('an account with four groups, three of them in use', async () => {
    await iam.createGroupWith('Developers', {
      users: ['jane.doe', 'john.smith'],
      policies: ['AmazonS3ReadOnlyAccess', 'IAMReadOnlyAccess'],
    });
    await iam.putGroupPolicy('Developers', 'ReadBuckets', readOnlyS3);
    await iam.createGroupWith('Billing', { users: ['maria.garcia'], policies: ['job-function/Billing'] });
    await iam.createGroupWith('Auditors', { users: ['jane.doe'] });
    await iam.createGroup('Interns');
    await groupsList.goto();
    await groupsList.expectGroups(['Auditors', 'Billing', 'Developers', 'Interns']);
    await groupsList.expectGroup('Developers', { users: 2, permissions: 'Defined' });
    await groupsList.expectGroup('Billing', { users: 1, permissions: 'Defined' });
    await groupsList.expectGroup('Auditors', { users: 1, permissions: 'Not defined' });
    await groupsList.expectGroup('Interns', { users: 0, permissions: 'Not defined' });
  });

  await test.step('Delete waits for a selection', async () => {
    await expect(groupsList.deleteButton).toBeDisabled();
  });

  await test.step('cancelling the dialog deletes nothing', async () => {
    await groupsList.select(['Interns']);
    await groupsList.deleteButton.click();
    await expect(groupsList.deleteDialog).toBeVisible();
    await groupsList.deleteConfirmation.fill('Intern');
    await expect(groupsList.deleteDialog.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
    await groupsList.deleteDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(groupsList.deleteDialog).toBeHidden();
    await groupsList.expectCount(4);
  });

  await test.step('one group with members, managed and inline policies: typed name, then it is gone', async () => {
    await groupsList.page.getByRole('checkbox', { name: 'Select Interns' }).uncheck();
    await groupsList.deleteGroups(['Developers']);
    await shell.expectFlash('Developers user group deleted.');
    await groupsList.expectGroups(['Auditors', 'Billing', 'Interns']);
    // The console removed the memberships; the users themselves remain.
    expect(await iam.groupsForUser('jane.doe')).toEqual(['Auditors']);
    expect(await iam.groupsForUser('john.smith')).toEqual([]);
  });

  await test.step('several groups: the consent text is "3 user groups"', async () => {
    await groupsList.deleteGroups(['Auditors', 'Billing', 'Interns']);
    await shell.expectFlash('3 user groups deleted.');
    await groupsList.expectGroups([]);
    await expect(groupsList.emptyState).toBeVisible();
    expect(await iam.groupNames()).toEqual([]);
    expect(await iam.groupsForUser('maria.garcia')).toEqual([]);
  });

  await test.step('the empty list offers to create the first group', async () => {
    await groupsList.table.getByRole('button', { name: 'Create group' }).click();
    await shell.expectRoute('/groups/create');
  });
});

test('deleting from the group page returns to the list and cleans up', async ({ shell, groupsList, groupDetails, iam }) => {
  await iam.createGroupWith('Admins', { users: ['alex.kim'], policies: ['AdministratorAccess'] });
  await groupsList.goto();
  await groupsList.openGroup('Admins');
  await groupDetails.expectLoaded('Admins');
  await groupDetails.deleteGroup('Admins');
  await shell.expectRoute('/groups');
  await shell.expectFlash('Admins user group deleted.');
  await groupsList.expectGroups([]);
  expect(await iam.groupsForUser('alex.kim')).toEqual([]);
});
