import { IamSandbox } from '../fixtures/iam';
import { GroupsListPage } from '../pages/groups-list-page';
import { expect, test } from '../fixtures/sandbox';

/**
 * The sandbox is saved in the browser after every change: a reload keeps the work,
 * every tab shows the same account, and a damaged save never gives a blank page.
 */
test.describe('the saved sandbox', () => {
  test('a reload keeps the work', async ({ page, groupsList, createGroup, shell }) => {
    await createGroup.goto();
    await createGroup.createGroup({ name: 'QA', users: ['jane.doe'] });
    await shell.expectFlash('QA user group created.');
    await groupsList.expectLoaded();
    await page.reload();
    await groupsList.expectLoaded();
    await groupsList.expectGroups(['QA']);
    await groupsList.expectGroup('QA', { users: 1 });
  });

  test('a change in one tab shows in the others without a reload', async ({ context, groupsList, createGroup, shell }) => {
    const tabB = await context.newPage();
    const listB = new GroupsListPage(tabB);
    await listB.goto();
    await listB.expectGroups([]);

    await createGroup.goto();
    await createGroup.createGroup({ name: 'Developers', policies: ['AmazonS3ReadOnlyAccess'] });
    await shell.expectFlash('Developers user group created.');
    await groupsList.expectGroups(['Developers']);

    await listB.expectGroups(['Developers']);
    await listB.expectGroup('Developers', { users: 0, permissions: 'Defined' });
  });

  test('changes made at the same moment in two tabs both survive', async ({ context, page, iam, shell }) => {
    await iam.call('ListGroups');
    const tabB = await context.newPage();
    const iamB = new IamSandbox(tabB);
    await iamB.call('ListGroups');

    const names = Array.from({ length: 12 }, (_, index) => `Team${index}`);
    await Promise.all(names.map((name, index) => (index % 2 ? iam : iamB).createGroup(name)));
    await Promise.all([iam.addUserToGroup('Team0', 'jane.doe'), iamB.addUserToGroup('Team1', 'jane.doe')]);

    for (const sandbox of [iam, iamB]) {
      await expect.poll(() => sandbox.groupNames()).toEqual([...names].sort());
      await expect.poll(() => sandbox.groupsForUser('jane.doe')).toEqual(['Team0', 'Team1']);
    }
    await page.reload();
    await expect(shell.sideNavigation).toBeVisible({ timeout: 30_000 });
    expect(await iam.groupNames()).toEqual([...names].sort());
  });
});

test.describe('a saved sandbox that cannot be read', () => {
  test('is explained, can be downloaded, and reset', async ({ page, sandboxStorage, groupsList, iam, axe }) => {
    await iam.createGroup('Before');
    const garbage = '{"schemaVersion":1,"users":{"jane.doe":';
    await sandboxStorage.writeState(garbage);
    await page.reload();

    const alert = page.getByText('The saved sandbox cannot be opened');
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/^not JSON: /)).toBeVisible();
    expect(await axe()).toEqual([]);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the saved state' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('iam-sandbox-saved-2026-06-20.json');
    expect(await streamText(download)).toBe(garbage);

    await page.getByRole('button', { name: 'Reset the sandbox' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Reset the sandbox to Getting started?' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();

    await page.goto('/#/groups');
    await groupsList.expectLoaded();
    await groupsList.expectGroups([]);
    await page.reload();
    await groupsList.expectLoaded();
  });

  test('from a newer sandbox is refused, not guessed at', async ({ page, sandboxStorage, iam }) => {
    await iam.call('ListGroups');
    await sandboxStorage.writeState(JSON.stringify({ schemaVersion: 7, accountId: '123456789012', users: {}, groups: {}, policies: {} }));
    await page.reload();
    await expect(page.getByText('The saved sandbox cannot be opened')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/saved by a newer version of the sandbox \(schemaVersion 7\)/)).toBeVisible();
  });

  test('that is not even text is explained too', async ({ page, sandboxStorage, iam }) => {
    await iam.call('ListGroups');
    await sandboxStorage.writeState({ users: 'nobody' });
    await page.reload();
    await expect(page.getByText('not JSON: the saved state is an object, not JSON text')).toBeVisible({ timeout: 30_000 });
  });
});

async function streamText(download: import('@playwright/test').Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
