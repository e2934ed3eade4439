import { expect, test } from '../fixtures/test';

/**
 * The User group name field says what is wrong before IAM is asked, with IAM's own rules
 * (1–128 characters of [\w+=,.@-], unique ignoring case), and shows IAM's answer next to
 * the field when IAM refuses anyway.
 */
test('every name IAM would refuse is explained next to the field, and nothing is created', async ({
  shell,
  createGroup,
  iam,
}) => {
  await iam.createGroup('Developers');
  await createGroup.goto();

  await test.step('the field explains its rules before anything is typed', async () => {
    await expect(createGroup.nameInput).toHaveAccessibleDescription(/Enter a meaningful name to identify this group\./);
    await expect(createGroup.nameInput).toHaveAccessibleDescription(
      /Maximum 128 characters\. Use alphanumeric and '\+=,\.@-_' characters\./,
    );
  });

  await test.step('empty: Create user group is refused and the name is asked for', async () => {
    await createGroup.createButton.click();
    await createGroup.expectNameError(/required/i);
    await expect(createGroup.nameInput).toBeFocused();
    await shell.expectRoute('/groups/create');
  });

  await test.step('129 characters: too long; 128 is fine', async () => {
    await createGroup.enterName('a'.repeat(129));
    await createGroup.expectNameError(/128 characters/);
    await createGroup.enterName('a'.repeat(128));
    await createGroup.expectNameAccepted();
  });

  await test.step('characters outside alphanumeric and +=,.@-_ are named', async () => {
    for (const [name, culprit] of [
      ['Dev Team', /space/],
      ['Dev/Team', /"\/"/],
      ['Développeurs', /"é"/],
      ['dev#ops!', /"#", "!"/],
    ] as const) {
      await createGroup.enterName(name);
      await createGroup.expectNameError(/alphanumeric/);
      await createGroup.expectNameError(culprit);
    }
    await createGroup.enterName('a+b=c,d.e@f-g_h9');
    await createGroup.expectNameAccepted();
  });

  await test.step('an existing name in another case: IAM names ignore case', async () => {
    await createGroup.enterName('DEVELOPERS');
    await createGroup.expectNameError(/already exists/);
    await createGroup.enterName('developers');
    await createGroup.expectNameError(/already exists/);
    await createGroup.createButton.click();
    await shell.expectRoute('/groups/create');
  });

  await test.step('the error follows each keystroke once shown', async () => {
    await createGroup.nameInput.fill('Developers2');
    await createGroup.expectNameAccepted();
  });

  expect(await iam.groupNames()).toEqual(['Developers']);
});

test('a name taken after the page loaded: IAM refuses and the console says so next to the field', async ({
  shell,
  createGroup,
  groupsList,
  iam,
}) => {
  await shell.open();
  await createGroup.goto();
  await createGroup.enterName('Billing');
  await createGroup.expectNameAccepted();
  await createGroup.selectUser('jane.doe');

  // Someone else (another tab, the CLI) creates it meanwhile; the form cannot know.
  await iam.createGroup('billing');
  await createGroup.createButton.click();

  await createGroup.expectNameError(/already exists.*\(EntityAlreadyExists\)/);
  await shell.expectRoute('/groups/create');
  await test.step('the form keeps what was typed and selected', async () => {
    await expect(createGroup.nameInput).toHaveValue('Billing');
    await expect(createGroup.userCheckbox('jane.doe')).toBeChecked();
  });

  await test.step('a free name goes through, with the selections made before', async () => {
    await createGroup.nameInput.fill('Billing-team');
    await createGroup.createButton.click();
    await shell.expectFlash('Billing-team user group created.');
    await groupsList.expectGroups(['billing', 'Billing-team']);
    await groupsList.expectGroup('Billing-team', { users: 1, permissions: 'Not defined' });
  });
});

test('Cancel leaves the form without creating anything', async ({ shell, groupsList, createGroup, iam }) => {
  await shell.open();
  await shell.navigateTo('User groups');
  await groupsList.startCreate();
  await createGroup.expectLoaded();
  await createGroup.enterName('Temporary');
  await createGroup.cancelButton.click();
  await shell.expectRoute('/groups');
  await groupsList.expectGroups([]);
  expect(await iam.groupNames()).toEqual([]);
});
