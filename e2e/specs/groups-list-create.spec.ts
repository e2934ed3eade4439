import { expect, test } from '../fixtures/test';
import { rowNamed } from '../fixtures/cloudscape';

/**
 * What the guide's walkthrough does not reach on the two User groups pages: the policy
 * picker's type filter, JSON preview and 10-policy quota, a create that half succeeds,
 * and a delete that fails for one group of several.
 */
test('the policy picker filters by type, shows a policy JSON and stops at 10 policies', async ({ createGroup, iam }) => {
  await iam.call('CreatePolicy', {
    PolicyName: 'BuildBucketRead',
    Description: 'Lets the team read the build bucket',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::build/*' }],
    }),
  });
  await createGroup.goto();
  const policies = createGroup.policiesTable;

  await test.step('Customer managed shows the account policy with its description', async () => {
    await createGroup.filterPoliciesByType('Customer managed');
    const row = rowNamed(policies, 'BuildBucketRead');
    await expect(row).toContainText('Customer managed');
    await expect(row).toContainText('Lets the team read the build bucket');
    await createGroup.searchPolicies('Build');
    await expect(createGroup.policiesSection.getByText('1 match', { exact: true }).first()).toBeVisible();
    await createGroup.filterPoliciesByType('All types');
  });

  await test.step('expanding a policy shows its JSON document', async () => {
    await createGroup.searchPolicies('AmazonS3ReadOnlyAccess');
    await createGroup.policiesSection.getByRole('button', { name: 'Expand AmazonS3ReadOnlyAccess', exact: true }).click();
    await expect(createGroup.policiesSection.getByText('"s3:Get*"')).toBeVisible();
    await expect(createGroup.policyCheckbox('AmazonS3ReadOnlyAccess policy document')).toBeDisabled();
  });

  await test.step('at most 10 policies: the rest are disabled and the limit is explained', async () => {
    await createGroup.searchPolicies('');
    await createGroup.policiesSection.getByRole('checkbox', { name: 'Select all' }).check();
    await expect(createGroup.policiesHeading).toHaveAccessibleName(/\(10\/\d+\)/);
    await expect(createGroup.policiesSection.getByText(/You can attach up to 10 policies to a user group, and 10 are selected/)).toBeVisible();
    await createGroup.searchPolicies('AmazonS3ReadOnlyAccess');
    await expect(createGroup.policyCheckbox('AmazonS3ReadOnlyAccess')).toBeDisabled();
  });
});

test('a member that cannot be added is named after the group is created, and Retry adds only it', async ({
  shell,
  createGroup,
  groupsList,
  iam,
}) => {
  await createGroup.goto();
  await createGroup.enterName('Support');
  await createGroup.selectUser('alex.kim');
  await createGroup.selectUser('wei.chen');
  await createGroup.selectPolicy('AmazonS3ReadOnlyAccess');
  // Someone deletes wei.chen while the form is open: the group and the rest still go through.
  await iam.call('DeleteUser', { UserName: 'wei.chen' });
  await createGroup.createButton.click();

  await shell.expectRoute('/groups');
  await shell.expectFlash('Support user group created, but one step failed.');
  await shell.expectFlash(/Could not add user wei\.chen: .*\(NoSuchEntity\)/);
  await groupsList.expectGroup('Support', { users: 1, permissions: 'Defined' });

  await iam.call('CreateUser', { UserName: 'wei.chen' });
  await shell.notifications.getByRole('button', { name: 'Retry' }).click();
  await shell.expectFlash('All remaining users and policies were added to Support.');
  await groupsList.expectGroup('Support', { users: 2, permissions: 'Defined' });
  expect(await iam.groupMembers('Support')).toEqual(['alex.kim', 'wei.chen']);
});

test('a delete that fails for one group says which and why, and deletes the others', async ({ shell, groupsList, iam }) => {
  await iam.createGroup('Ops');
  await iam.createGroupWith('QA', { users: ['jane.doe'], policies: ['AmazonS3ReadOnlyAccess'] });
  await groupsList.goto();
  await groupsList.expectGroups(['Ops', 'QA']);

  await groupsList.select(['Ops', 'QA']);
  await groupsList.deleteButton.click();
  // Another tab deletes Ops before the learner confirms.
  await iam.call('DeleteGroup', { GroupName: 'Ops' });
  await groupsList.deleteConfirmation.fill('2 user groups');
  await groupsList.deleteDialog.getByRole('button', { name: 'Delete', exact: true }).click();

  await shell.expectFlash('Could not delete user group Ops.');
  await shell.expectFlash(/The group with name Ops cannot be found\. \(NoSuchEntity\)/);
  await shell.expectFlash('Deleted: QA.');
  await groupsList.expectGroups([]);
  expect(await iam.groupsForUser('jane.doe')).toEqual([]);
});
