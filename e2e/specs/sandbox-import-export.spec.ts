import type { Download } from '@playwright/test';
import { expect, test } from '../fixtures/sandbox';

/** Export sandbox downloads the whole account; Import sandbox checks a file in full before replacing anything. */
test.describe('Export and Import sandbox', () => {
  test('an exported sandbox comes back exactly after later changes', async ({ iam, sandboxSettings, shell }) => {
    await iam.createGroupWith('Developers', { users: ['jane.doe'], policies: ['AmazonS3ReadOnlyAccess'] });
    await sandboxSettings.goto();
    const download = await sandboxSettings.exportSandbox();
    expect(download.suggestedFilename()).toBe('iam-sandbox-2026-06-20.json');
    const exported = await downloadText(download);
    const state = JSON.parse(exported);
    expect(state).toMatchObject({ schemaVersion: 1, accountId: '123456789012' });
    expect(state.groups.developers).toMatchObject({
      GroupName: 'Developers',
      users: ['jane.doe'],
      attachedPolicies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
    });

    await iam.createGroup('Later');
    await sandboxSettings.importFile('class-start.json', exported);
    await shell.expectFlash('The sandbox was replaced with class-start.json.');
    expect(await iam.groupNames()).toEqual(['Developers']);
    expect(await iam.groupMembers('Developers')).toEqual(['jane.doe']);
    await expect(sandboxSettings.savedStateSection).toContainText('Import: class-start.json');
  });

  test('a file that is not JSON is refused with the parser’s words, and nothing changes', async ({ iam, sandboxStorage, sandboxSettings }) => {
    await iam.createGroup('Kept');
    await sandboxSettings.goto();
    const before = await sandboxStorage.read();
    await sandboxSettings.importFile('notes.json', 'Developers, Billing');
    await sandboxSettings.expectImportProblem(/notes\.json was not imported: not JSON: Unexpected token/);
    expect(await iam.groupNames()).toEqual(['Kept']);
    expect(await sandboxStorage.read()).toEqual(before);
  });

  test('a file with a broken record is refused with the exact place and reason', async ({ iam, sandboxSettings }) => {
    await iam.createGroup('Kept');
    await sandboxSettings.goto();
    const state = JSON.parse(await downloadText(await sandboxSettings.exportSandbox()));
    state.users['jane.doe'].UserId = 'AIDA123';
    await sandboxSettings.importFile('edited.json', JSON.stringify(state));
    await sandboxSettings.expectImportProblem(
      'edited.json was not imported: users.jane.doe.UserId: expected a 21-character ID starting with AIDA, found "AIDA123"',
    );
    expect(await iam.groupNames()).toEqual(['Kept']);

    // Choosing another file clears the problem; a membership only one side knows of is refused too.
    state.users['jane.doe'].UserId = 'AIDA0A1B2C3D4E5F6G7H8';
    state.users['jane.doe'].groups = ['kept'];
    await sandboxSettings.importFile('half-member.json', JSON.stringify(state));
    await sandboxSettings.expectImportProblem('users.jane.doe.groups[0]: groups.kept does not list jane.doe back');
    expect(await iam.groupMembers('Kept')).toEqual([]);
  });
});

async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
