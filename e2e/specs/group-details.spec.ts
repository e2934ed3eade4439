import { expect, test } from '../fixtures/test';
import { rowNamed } from '../fixtures/cloudscape';

const listBuckets = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
};

test.describe('a group page', () => {
  test.beforeEach(async ({ iam }) => {
    await iam.createGroupWith('Developers', { users: ['jane.doe'], policies: ['AmazonS3ReadOnlyAccess'] });
    await iam.createGroup('Billing');
  });

  test('rename: members and policies stay, the address follows the name, taken names are refused', async ({
    shell,
    groupsList,
    groupDetails,
    page,
    iam,
  }) => {
    await groupDetails.goto('Developers', 'permissions');
    await groupDetails.expectSummary('Developers');
    await shell.expectBreadcrumbs(['IAM', 'User groups', 'Developers']);

    await test.step('a name another group has, in any case, cannot be saved', async () => {
      await groupDetails.editButton.click();
      const input = groupDetails.dialog.getByLabel('User group name');
      await expect(input).toHaveValue('Developers');
      await input.fill('BILLING');
      await expect(input).toHaveAccessibleDescription(/already exists/);
      await expect(groupDetails.dialog.getByRole('button', { name: 'Save changes' })).toBeDisabled();
      await input.fill('Dev Team');
      await expect(input).toHaveAccessibleDescription(/alphanumeric/);
      await groupDetails.dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(groupDetails.dialog).toBeHidden();
    });

    await test.step('Edit → Engineering → Save changes', async () => {
      await groupDetails.rename('Engineering');
      await expect(groupDetails.dialog).toBeHidden();
      await shell.expectRoute('/groups/details/Engineering?section=permissions');
      await groupDetails.expectLoaded('Engineering');
      await shell.expectFlash('User group Engineering updated.');
      await shell.expectBreadcrumbs(['IAM', 'User groups', 'Engineering']);
      await expect(groupDetails.summary).toContainText('arn:aws:iam::123456789012:group/Engineering');
      await groupDetails.expectActiveTab('permissions');
      await groupDetails.expectPolicies(['AmazonS3ReadOnlyAccess']);
      await groupDetails.openTab('users');
      await groupDetails.expectMembers(['jane.doe']);
    });

    await test.step('the list shows the new name only', async () => {
      await shell.followBreadcrumb('User groups');
      await groupsList.expectGroups(['Billing', 'Engineering']);
      expect(await iam.groupsForUser('jane.doe')).toEqual(['Engineering']);
    });

    await test.step('the old address now says the group does not exist', async () => {
      await page.goto('/#/groups/details/Developers');
      await expect(page.getByRole('heading', { level: 1, name: 'User group not found' })).toBeVisible();
    });
  });

  test('add users and remove them', async ({ shell, groupDetails, addUsers, iam }) => {
    await groupDetails.goto('Developers');
    await groupDetails.expectMembers(['jane.doe']);

    await test.step('Add users lists the users who are not members, and nothing else', async () => {
      await groupDetails.startAddUsers();
      await shell.expectRoute('/groups/details/Developers/add-users');
      await addUsers.expectLoaded('Developers');
      await shell.expectBreadcrumbs(['IAM', 'User groups', 'Developers', 'Add users']);
      for (const user of ['john.smith', 'maria.garcia', 'wei.chen', 'alex.kim', 'priya.patel']) {
        await expect(addUsers.row(user)).toBeVisible();
      }
      await expect(addUsers.row('jane.doe')).toHaveCount(0);
      await expect(addUsers.addButton).toBeDisabled();
    });

    await test.step('two users at once: "2 users added"', async () => {
      await addUsers.addUsers(['john.smith', 'maria.garcia']);
      await groupDetails.expectLoaded('Developers');
      await shell.expectFlash('2 users added to group Developers');
      await groupDetails.expectMembers(['jane.doe', 'john.smith', 'maria.garcia']);
    });

    await test.step('Cancel adds nobody', async () => {
      await groupDetails.startAddUsers();
      await addUsers.expectLoaded('Developers');
      await addUsers.select(['wei.chen']);
      await addUsers.cancelButton.click();
      await groupDetails.expectMembers(['jane.doe', 'john.smith', 'maria.garcia']);
    });

    await test.step('Remove one member, then two', async () => {
      await expect(groupDetails.removeUsersButton).toBeDisabled();
      await groupDetails.removeUsers(['john.smith']);
      await shell.expectFlash('User removed from group Developers');
      await groupDetails.expectMembers(['jane.doe', 'maria.garcia']);
      await expect(rowNamed(groupDetails.usersTable, 'john.smith')).toHaveCount(0);
      await groupDetails.removeUsers(['jane.doe', 'maria.garcia']);
      await shell.expectFlash('2 users removed from group Developers');
      await groupDetails.expectMembers([]);
    });

    expect(await iam.groupMembers('Developers')).toEqual([]);
    expect(await iam.groupsForUser('john.smith')).toEqual([]);
  });

  test('attach and detach managed policies', async ({ shell, groupDetails, attachPolicies, iam }) => {
    await groupDetails.goto('Developers', 'permissions');
    await groupDetails.expectPolicies(['AmazonS3ReadOnlyAccess']);
    await expect(groupDetails.permissionsSection).toContainText('You can attach up to 10 managed policies.');
    await expect(rowNamed(groupDetails.policiesTable, 'AmazonS3ReadOnlyAccess')).toContainText('AWS managed');

    await test.step('Add permissions → Attach policies lists the other policies', async () => {
      await groupDetails.startAttachPolicies();
      await shell.expectRoute('/groups/details/Developers/attach-policies');
      await attachPolicies.expectLoaded('Developers');
      await shell.expectBreadcrumbs(['IAM', 'User groups', 'Developers', 'Attach policies']);
      await attachPolicies.search('AmazonS3ReadOnlyAccess');
      await expect(attachPolicies.table).toContainText('No matches');
      await expect(attachPolicies.checkbox('AmazonS3ReadOnlyAccess')).toHaveCount(0);
      await expect(attachPolicies.attachButton).toBeDisabled();
    });

    await test.step('attach two: "2 policies attached"', async () => {
      await attachPolicies.attach(['IAMReadOnlyAccess', 'AmazonEC2ReadOnlyAccess']);
      await groupDetails.expectLoaded('Developers');
      await groupDetails.expectActiveTab('permissions');
      await shell.expectFlash('2 policies attached to group Developers');
      await groupDetails.expectPolicies(['AmazonS3ReadOnlyAccess', 'IAMReadOnlyAccess', 'AmazonEC2ReadOnlyAccess']);
    });

    await test.step('a policy links to its own page', async () => {
      await expect(groupDetails.policiesTable.getByRole('link', { name: 'IAMReadOnlyAccess' })).toHaveAttribute(
        'href',
        `#/policies/details/${encodeURIComponent('arn:aws:iam::aws:policy/IAMReadOnlyAccess')}`,
      );
    });

    await test.step('detach one after confirming', async () => {
      await expect(groupDetails.removePoliciesButton).toBeDisabled();
      await groupDetails.removePolicies(['AmazonS3ReadOnlyAccess']);
      await shell.expectFlash('Policy removed from group Developers');
      await groupDetails.expectPolicies(['IAMReadOnlyAccess', 'AmazonEC2ReadOnlyAccess']);
    });

    expect((await iam.attachedGroupPolicies('Developers')).sort()).toEqual(['AmazonEC2ReadOnlyAccess', 'IAMReadOnlyAccess']);
  });

  test('an inline policy: written, shown as JSON, removed', async ({ shell, groupDetails, inlinePolicy, iam }) => {
    await groupDetails.goto('Developers', 'permissions');

    await test.step('Add permissions → Create inline policy', async () => {
      await groupDetails.startCreateInlinePolicy();
      await shell.expectRoute('/groups/details/Developers/create-inline-policy');
      await expect(inlinePolicy.heading).toBeVisible();
      await shell.expectBreadcrumbs(['IAM', 'User groups', 'Developers', 'Create inline policy']);
    });

    await test.step('broken JSON is explained, not sent', async () => {
      await inlinePolicy.enterDocument('{ "Version": "2012-10-17", "Statement": [ }');
      await inlinePolicy.nameInput.fill('ListBuckets');
      await expect(inlinePolicy.editor).toHaveAttribute('aria-invalid', 'true');
      await expect(inlinePolicy.editor).toHaveAccessibleDescription(/Json/i);
      await inlinePolicy.createButton.click();
      await shell.expectRoute('/groups/details/Developers/create-inline-policy');
    });

    await test.step('a valid document is created and listed as Customer inline', async () => {
      await inlinePolicy.createPolicy('ListBuckets', listBuckets);
      await groupDetails.expectLoaded('Developers');
      await shell.expectFlash('Policy ListBuckets created.');
      await groupDetails.expectActiveTab('permissions');
      await groupDetails.expectPolicies(['AmazonS3ReadOnlyAccess', 'ListBuckets']);
      await expect(rowNamed(groupDetails.policiesTable, 'ListBuckets')).toContainText('Customer inline');
    });

    await test.step('its JSON opens in the row', async () => {
      await groupDetails.policiesTable.getByRole('button', { name: 'ListBuckets policy document' }).click();
      await expect(groupDetails.policiesTable).toContainText('"s3:ListAllMyBuckets"');
    });

    await test.step('removing an inline policy deletes it', async () => {
      await groupDetails.removePolicies(['ListBuckets']);
      await shell.expectFlash('Policy removed from group Developers');
      await groupDetails.expectPolicies(['AmazonS3ReadOnlyAccess']);
    });

    const { text } = await iam.call('ListGroupPolicies', { GroupName: 'Developers' });
    expect(text).not.toContain('<member>ListBuckets</member>');
  });

  test('Access Advisor is honest, and a group offers no credentials', async ({ groupDetails, page }) => {
    await groupDetails.goto('Developers', 'access_advisor');
    await groupDetails.expectActiveTab('access_advisor');
    await expect(page.getByText(/no service activity is ever recorded/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Allowed services' })).toContainText('s3');
    // Only users hold passwords and access keys.
    await expect(page.getByRole('tab', { name: /Security credentials/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /access key|password/i })).toHaveCount(0);
  });
});
