import { expect, test } from './demo-test';

test.use({ scenario: 'classroom' });

/** A membership review, as the guide's best practices ask: who can administer the account, and how. */
test('review who can administer the account', async ({ demo, shell, groupsList, groupDetails, userDetails }) => {
  await demo.step('Open User groups', async () => {
    await shell.gotoRoute('/groups');
    await groupsList.expectLoaded();
    await groupsList.expectGroup('Admins', { users: 2, permissions: 'Defined' });
  });

  await demo.step('Admins: two members', async () => {
    await groupsList.openGroup('Admins');
    await groupDetails.expectLoaded('Admins');
    await groupDetails.expectMembers(['nina.schmidt', 'raj.sharma']);
  });

  await demo.step('kevin.brown has AdministratorAccess directly', async () => {
    await userDetails.goto('kevin.brown', 'permissions');
    await expect(userDetails.permissionsTable.getByText('Directly')).toBeVisible();
  });
});
