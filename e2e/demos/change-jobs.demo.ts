import { expect, test } from './demo-test';

test.use({ scenario: 'classroom' });

/**
 * "When someone changes jobs, you move them between groups instead of editing their
 * individual permissions": wei.chen moves from Developers to Billing, in the classroom
 * account, and their permissions follow the groups.
 */
test('move wei.chen from Developers to Billing when they change jobs', async ({
  demo,
  shell,
  usersList,
  userDetails,
  addUserToGroups,
}) => {
  await demo.step('Open Users: wei.chen is in one group', async () => {
    await shell.gotoRoute('/users');
    await usersList.expectLoaded();
    await usersList.expectGroupCount('wei.chen', 1);
  });

  await demo.step('wei.chen’s permissions come from Developers', async () => {
    await usersList.openUser('wei.chen');
    await expect(userDetails.heading('wei.chen')).toBeVisible();
    await userDetails.openTab('permissions');
    await expect(userDetails.permissionsTable.getByText('Group Developers').first()).toBeVisible();
  });

  await demo.step('The Groups tab: Developers', async () => {
    await userDetails.openTab('groups');
    await userDetails.expectGroups(['Developers']);
  });

  await demo.step('Add user to groups: choose Billing', async () => {
    await userDetails.addToGroupsButton.click();
    await expect(addUserToGroups.heading).toBeVisible();
    await addUserToGroups.checkbox('Billing').check();
  });

  await demo.step('wei.chen is in Developers and Billing', async () => {
    await addUserToGroups.addButton.click();
    await expect(userDetails.heading('wei.chen')).toBeVisible();
    await userDetails.openTab('groups');
    await userDetails.expectGroups(['Developers', 'Billing']);
  });

  await demo.step('Remove wei.chen from Developers', async () => {
    await userDetails.removeFromGroups(['Developers']);
    await userDetails.expectGroups(['Billing']);
  });

  await demo.step('Permissions now come from Billing only', async () => {
    await userDetails.openTab('permissions');
    await userDetails.expectPermissions([{ policy: 'Billing', via: 'Group Billing' }]);
  });
});
