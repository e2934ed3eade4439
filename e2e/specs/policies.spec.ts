import { expect, test as base } from '../fixtures/test';
import { awsManagedPolicyArn } from '../fixtures/iam';
import { CreatePolicyPage } from '../pages/create-policy-page';
import { PoliciesListPage } from '../pages/policies-list-page';
import { PolicyDetailsPage } from '../pages/policy-details-page';

const test = base.extend<{ policiesList: PoliciesListPage; createPolicy: CreatePolicyPage; policyDetails: PolicyDetailsPage }>({
  policiesList: async ({ page }, provide) => provide(new PoliciesListPage(page)),
  createPolicy: async ({ page }, provide) => provide(new CreatePolicyPage(page)),
  policyDetails: async ({ page }, provide) => provide(new PolicyDetailsPage(page)),
});

const JOB_FUNCTION_POLICIES = ['Billing', 'DataScientist', 'SupportUser', 'SystemAdministrator', 'ViewOnlyAccess'];

const S3_LIST_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'ListReports', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: 'arn:aws:s3:::reports' }],
};

test.describe('Policies', () => {
  test('searches the whole AWS managed catalog and filters by type', async ({ policiesList, policyDetails, shell }) => {
    await policiesList.goto();
    expect(await policiesList.policyCount()).toBeGreaterThan(1500);

    await policiesList.searchFor('AmazonS3ReadOnlyAccess');
    await policiesList.expectMatches(1);
    await expect(policiesList.row('AmazonS3ReadOnlyAccess')).toContainText('AWS managed');
    await expect(policiesList.row('AmazonS3ReadOnlyAccess')).toContainText('Read and list in S3');

    await policiesList.searchFor('');
    await policiesList.filterByType('AWS managed - job function');
    for (const name of JOB_FUNCTION_POLICIES) await expect(policiesList.policyLink(name)).toBeVisible();
    await expect(policiesList.policyLink('AdministratorAccess')).toHaveCount(0);
    const types = await policiesList.table.getByRole('cell', { name: /^AWS managed/ }).allTextContents();
    expect(types.every((type) => type === 'AWS managed - job function')).toBe(true);

    await policiesList.openPolicy('ViewOnlyAccess');
    await policyDetails.expectLoaded('ViewOnlyAccess');
    await expect(policyDetails.page).toHaveURL(/#\/policies\/details\/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2Fjob-function%2FViewOnlyAccess/);
    await shell.expectBreadcrumbs(['IAM', 'Policies', 'ViewOnlyAccess']);
    await expect(policyDetails.document).toContainText('"Effect": "Allow"');
  });

  test('a shared link to an unknown policy says it was not found', async ({ policyDetails, page }) => {
    await policyDetails.goto('arn:aws:iam::123456789012:policy/NoSuchPolicy', 'entities_attached');
    await expect(page.getByRole('heading', { level: 1, name: 'Policy not found' })).toBeVisible();
    await expect(page.getByText('(NoSuchEntity)')).toBeVisible();
  });

  test('invalid JSON shows IAM’s MalformedPolicyDocument message', async ({ createPolicy }) => {
    await createPolicy.goto();
    await createPolicy.writeDocument('{ "Version": "2012-10-17", "Statement": [');
    await createPolicy.expectFieldMessage(createPolicy.editor, 'This policy contains invalid Json (MalformedPolicyDocument)');
    await createPolicy.writeDocument({ Version: '2012-10-17', Statement: [{ Effect: 'Maybe', Action: 's3:*', Resource: '*' }] });
    await createPolicy.expectFieldMessage(createPolicy.editor, 'Syntax errors in policy. (MalformedPolicyDocument)');
    await createPolicy.writeDocument(S3_LIST_POLICY);
    await createPolicy.expectNoFieldMessage(createPolicy.editor, /MalformedPolicyDocument/);
    await createPolicy.expectFieldMessage(createPolicy.editor, /\d+ of 6,144 characters used/);

    await createPolicy.nameInput.fill('Reports Reader');
    await createPolicy.expectFieldMessage(createPolicy.nameInput, /can only contain/);
    await createPolicy.nameInput.fill('x'.repeat(129));
    await createPolicy.expectFieldMessage(createPolicy.nameInput, 'The policy name can have up to 128 characters.');
  });

  test('create, attach, refused delete, detach, delete a customer managed policy', async ({
    page,
    iam,
    shell,
    policiesList,
    createPolicy,
    policyDetails,
  }) => {
    await iam.createGroup('Developers');
    await createPolicy.goto();
    await createPolicy.createPolicy({ name: 'ReportsReader', document: S3_LIST_POLICY, description: 'Lists the reports bucket' });
    await expect(shell.notifications).toContainText('Policy ReportsReader created.');
    await policyDetails.expectLoaded('ReportsReader');
    await expect(page.getByText('Customer managed', { exact: true })).toBeVisible();
    await expect(policyDetails.document).toContainText('s3:ListBucket');

    await policyDetails.openEntities();
    await policyDetails.attachTo(['Developers']);
    await expect(shell.notifications).toContainText('Policy ReportsReader attached to 1 entity.');
    await expect(policyDetails.entityRow('Developers')).toContainText('Group');
    await expect(policyDetails.entitiesTable.getByRole('link', { name: 'Developers' })).toHaveAttribute(
      'href',
      '#/groups/details/Developers',
    );

    await policiesList.goto();
    await policiesList.requestDelete('ReportsReader');
    await expect(policiesList.row('ReportsReader')).toContainText('Permissions policy (1)');
    await expect(policiesList.deleteDialog).toContainText(
      'This policy is attached to 1 entity. Detach it from every group and user first. (DeleteConflict',
    );
    await policiesList.cancelDelete();

    await policiesList.openPolicy('ReportsReader');
    await policyDetails.openEntities();
    await policyDetails.detachFrom(['Developers']);
    await expect(shell.notifications).toContainText('Policy ReportsReader detached from 1 entity.');
    await expect(policyDetails.entitiesTable.getByText('No entities attached')).toBeVisible();

    await policyDetails.requestDelete('ReportsReader');
    await expect(shell.notifications).toContainText('Policy ReportsReader deleted.');
    await policiesList.expectLoaded();
    await policiesList.searchFor('ReportsReader');
    await expect(policiesList.policyLink('ReportsReader')).toHaveCount(0);
  });

  test('explains the 10-policy quota and refuses service-role policies', async ({ iam, shell, policyDetails }) => {
    const tenPolicies = [
      'AmazonEC2ReadOnlyAccess',
      'IAMReadOnlyAccess',
      'AWSLambda_ReadOnlyAccess',
      'AmazonSQSReadOnlyAccess',
      'AmazonSNSReadOnlyAccess',
      'AmazonDynamoDBReadOnlyAccess',
      'CloudWatchReadOnlyAccess',
      'AmazonRDSReadOnlyAccess',
      'AmazonVPCReadOnlyAccess',
      'AWSCloudTrail_ReadOnlyAccess',
    ];
    await iam.createGroupWith('Developers', { policies: tenPolicies });

    await policyDetails.goto(awsManagedPolicyArn('AmazonS3ReadOnlyAccess'), 'entities_attached');
    await policyDetails.expectLoaded('AmazonS3ReadOnlyAccess');
    await policyDetails.attachTo(['Developers', 'jane.doe']);
    await expect(policyDetails.dialog).toContainText(
      'User group Developers already has 10 managed policies attached, the most IAM allows. Detach one of them first. (LimitExceeded',
    );
    await expect(shell.notifications).toContainText('Policy AmazonS3ReadOnlyAccess attached to 1 entity.');
    await policyDetails.dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(policyDetails.entityRow('jane.doe')).toContainText('User');

    await policyDetails.goto(awsManagedPolicyArn('aws-service-role/AccessAnalyzerServiceRolePolicy'), 'entities_attached');
    await policyDetails.expectLoaded('AccessAnalyzerServiceRolePolicy');
    await expect(policyDetails.attachButton).toBeDisabled();
    await expect(policyDetails.attachButton).toHaveAccessibleDescription(/cannot be attached to groups or users/);
  });
});
