import { expect, test } from '../fixtures/test';

const TEN_POLICIES = [
  'AmazonS3ReadOnlyAccess',
  'IAMReadOnlyAccess',
  'AmazonEC2ReadOnlyAccess',
  'AmazonDynamoDBReadOnlyAccess',
  'AmazonSQSReadOnlyAccess',
  'AmazonSNSReadOnlyAccess',
  'CloudWatchReadOnlyAccess',
  'AWSLambda_ReadOnlyAccess',
  'AmazonRDSReadOnlyAccess',
  'AmazonVPCReadOnlyAccess',
];
const ELEVENTH = 'AmazonRoute53ReadOnlyAccess';

/** IAM's quotas: 10 managed policies per group, 10 groups per user. The console says so before IAM has to. */
test('a group holds at most 10 managed policies', async ({ createGroup, groupDetails, attachPolicies, iam }) => {
  await test.step('on Create user group, the 11th policy cannot be ticked, and the page says why', async () => {
    await createGroup.goto();
    await expect(createGroup.policiesSection).toContainText('You can attach up to 10 policies to this user group.');
    for (const policy of TEN_POLICIES) await createGroup.selectPolicy(policy);
    await expect(createGroup.policiesHeading).toHaveAccessibleName(/\(10\/\d+\)$/);
    await createGroup.searchPolicies(ELEVENTH);
    await expect(createGroup.policyCheckbox(ELEVENTH)).toBeDisabled();
    await expect(createGroup.policiesSection.getByText(/up to 10 policies.*10 are selected/)).toBeVisible();
  });

  await test.step('clearing one makes room again', async () => {
    await createGroup.searchPolicies('AmazonVPCReadOnlyAccess');
    await createGroup.policyCheckbox('AmazonVPCReadOnlyAccess').uncheck();
    await createGroup.searchPolicies(ELEVENTH);
    await expect(createGroup.policyCheckbox(ELEVENTH)).toBeEnabled();
  });

  await test.step('a group with 10 attached: Attach policies offers none more and explains', async () => {
    await iam.createGroupWith('Full', { policies: TEN_POLICIES });
    await groupDetails.goto('Full', 'permissions');
    await groupDetails.expectPolicies(TEN_POLICIES);
    await groupDetails.startAttachPolicies();
    await attachPolicies.expectLoaded('Full');
    await attachPolicies.search(ELEVENTH);
    await expect(attachPolicies.checkbox(ELEVENTH)).toBeDisabled();
    await expect(attachPolicies.quotaReached).toBeVisible();
    await expect(attachPolicies.attachButton).toBeDisabled();
  });

  expect(await iam.attachedGroupPolicies('Full')).toHaveLength(10);
});

test('a user in 10 groups cannot join an 11th, and the pickers say why', async ({
  createGroup,
  groupDetails,
  addUsers,
  iam,
}) => {
  const groups = Array.from({ length: 10 }, (_, index) => `Team-${index + 1}`);
  for (const group of groups) await iam.createGroupWith(group, { users: ['wei.chen'] });
  await iam.createGroup('Eleventh');

  await test.step('Create user group: wei.chen is disabled, with the reason in the row', async () => {
    await createGroup.goto();
    await createGroup.searchUsers('wei.chen');
    await expect(createGroup.userCheckbox('wei.chen')).toBeDisabled();
    await expect(createGroup.userRow('wei.chen')).toContainText('In 10 groups: the limit is 10');
    await expect(createGroup.usersSection).toContainText('Users already in 10 groups cannot be selected.');
    await createGroup.searchUsers('jane.doe');
    await expect(createGroup.userCheckbox('jane.doe')).toBeEnabled();
  });

  await test.step('Add users to Eleventh: the same', async () => {
    await groupDetails.goto('Eleventh');
    await groupDetails.startAddUsers();
    await addUsers.expectLoaded('Eleventh');
    await expect(addUsers.checkbox('wei.chen')).toBeDisabled();
    await expect(addUsers.row('wei.chen')).toContainText('Already in 10 groups, the maximum');
    await expect(addUsers.checkbox('jane.doe')).toBeEnabled();
  });

  expect(await iam.groupsForUser('wei.chen')).toHaveLength(10);
});
