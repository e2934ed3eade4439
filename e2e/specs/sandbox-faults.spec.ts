import { expect, test } from '../fixtures/sandbox';

/**
 * Fault injection shows the console's error states on purpose. Faults act before the
 * engine runs: a failed call never changes the account or its saved copy.
 */
test.describe('a failing CreateGroup', () => {
  test.use({ faults: ['CreateGroup:ServiceFailure'], allowedConsoleErrors: [/status of 500/] });

  test('shows the error on the create page, keeps the typed name, and saves nothing', async ({
    page,
    createGroup,
    sandboxStorage,
    iam,
  }) => {
    const saved = await sandboxStorage.read();
    await createGroup.goto();
    await createGroup.createGroup({ name: 'Developers' });
    await expect(page.getByText(/ServiceFailure/).first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('The request processing has failed because of an unknown error, exception or failure.').first()).toBeVisible();
    await expect(createGroup.nameInput).toHaveValue('Developers');
    expect(await iam.groupNames()).toEqual([]);
    expect(await sandboxStorage.read()).toEqual(saved);
  });
});

test.describe('a CreateGroup throttled once', () => {
  test.use({ faults: ['CreateGroup:Throttling:once'] });

  test('is retried by the SDK and succeeds', async ({ createGroup, groupsList, shell, iam }) => {
    await createGroup.goto();
    await createGroup.createGroup({ name: 'Developers' });
    await shell.expectFlash('Developers user group created.');
    await groupsList.expectGroups(['Developers']);
    expect(await iam.groupNames()).toEqual(['Developers']);
  });
});

test.describe('a denied AttachGroupPolicy', () => {
  test.use({ faults: ['AttachGroupPolicy:AccessDenied'] });

  test('names the step that failed, with IAM’s words; what succeeded is kept', async ({ createGroup, shell, iam }) => {
    await createGroup.goto();
    await createGroup.createGroup({ name: 'Developers', users: ['jane.doe'], policies: ['AmazonS3ReadOnlyAccess'] });
    await shell.expectFlash(/Developers\s*user group created, but one step failed/);
    await shell.expectFlash(
      'User: arn:aws:iam::123456789012:user/sandbox-admin is not authorized to perform: iam:AttachGroupPolicy on resource: arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    );
    await shell.expectFlash('(AccessDenied)');
    expect(await iam.groupMembers('Developers')).toEqual(['jane.doe']);
    expect(await iam.attachedGroupPolicies('Developers')).toEqual([]);
  });
});

test.describe('added latency', () => {
  test.use({ latencyMs: 800 });

  test('slows every call down without failing it', async ({ page, createGroup, shell }) => {
    await createGroup.goto();
    await createGroup.enterName('Slow');
    const started = Date.now();
    await createGroup.createButton.click();
    await shell.expectFlash('Slow user group created.');
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    await expect(page.getByRole('link', { name: 'Slow', exact: true })).toBeVisible();
  });
});

test.describe('faults from Sandbox settings', () => {
  test.use({ allowedConsoleErrors: [/status of 500/] });

  test('apply to this tab only, survive its reload, and clear', async ({ page, context, sandboxSettings, groupsList, iam }) => {
    await sandboxSettings.goto();
    await sandboxSettings.addFailure({ action: 'ListGroups', error: 'ServiceFailure' });
    await sandboxSettings.applyFaults();
    await expect(sandboxSettings.faultsActive.locator('xpath=..')).toContainText('ListGroups fails with ServiceFailure (500)');

    await groupsList.goto();
    await expect(page.getByText(/ServiceFailure/).first()).toBeVisible({ timeout: 30_000 });
    expect((await iam.call('ListGroups')).status).toBe(500);

    // Another tab of the same sandbox runs undisturbed.
    const tabB = await context.newPage();
    await tabB.goto('/#/groups');
    await expect(tabB.getByRole('heading', { level: 1, name: 'User groups (0)' })).toBeVisible({ timeout: 30_000 });

    await sandboxSettings.goto();
    await page.reload();
    await sandboxSettings.expectLoaded();
    await expect(sandboxSettings.faultsActive).toBeVisible();
    await sandboxSettings.clearFaults();
    expect((await iam.call('ListGroups')).status).toBe(200);
  });

  test('URL faults that cannot be used are reported, the rest apply', async ({ page, sandboxSettings }) => {
    await page.goto('/?fault=*:ServiceFailure:0.5&fault=CreateGroop:Throttling&latency=fast#/sandbox');
    await sandboxSettings.expectLoaded();
    await expect(page.getByText('fault=CreateGroop:Throttling: "CreateGroop" is not an IAM action of the sandbox (or * for all)')).toBeVisible();
    await expect(page.getByText('latency=fast: expected milliseconds from 0 to 60000')).toBeVisible();
    await expect(sandboxSettings.faultsActive.locator('xpath=..')).toContainText('every action fails with ServiceFailure (500) 50% of the time');
    await expect(page).toHaveURL(/\/#\/sandbox$/);
  });
});
