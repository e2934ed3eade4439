/**
 * The guide's CLI section, run with the real AWS CLI against the sandbox server: the
 * learner must see the guide's output, key for key and line for line (only the new
 * group's ID and creation time differ, as they would in a real account).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from './support/sandbox-process';

const AWS = '/usr/bin/aws';
const GUIDE_GROUP_ID = 'AGPA0A1B2C3D4E5F6G7H8';
const GUIDE_GROUP_DATE = '2026-06-15T10:42:11+00:00';

/** The guide's outputs, as the CLI prints them (4-space JSON). */
const GUIDE_CREATE_GROUP = `{
    "Group": {
        "Path": "/",
        "GroupName": "Developers",
        "GroupId": "AGPA0A1B2C3D4E5F6G7H8",
        "Arn": "arn:aws:iam::123456789012:group/Developers",
        "CreateDate": "2026-06-15T10:42:11+00:00"
    }
}
`;
const GUIDE_GET_GROUP = `{
    "Users": [
        {
            "Path": "/",
            "UserName": "jane.doe",
            "UserId": "AIDA0A1B2C3D4E5F6G7H8",
            "Arn": "arn:aws:iam::123456789012:user/jane.doe",
            "CreateDate": "2026-05-02T08:15:00+00:00"
        }
    ],
    "Group": {
        "Path": "/",
        "GroupName": "Developers",
        "GroupId": "AGPA0A1B2C3D4E5F6G7H8",
        "Arn": "arn:aws:iam::123456789012:group/Developers"
    }
}
`;
/**
 * Real IAM's GetGroup also returns the group's CreateDate (the model requires it, and
 * the engine follows real IAM), which the guide's excerpt leaves out. Everything else —
 * Users before Group, key order, jane.doe's ID and date — is the guide's.
 */
const REAL_IAM_GET_GROUP = GUIDE_GET_GROUP.replace(
  '"Arn": "arn:aws:iam::123456789012:group/Developers"\n',
  `"Arn": "arn:aws:iam::123456789012:group/Developers",\n        "CreateDate": "${GUIDE_GROUP_DATE}"\n`,
);

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

describe.skipIf(!existsSync(AWS))(`the guide's CLI section with the real AWS CLI (${AWS} not installed: skipped)`, () => {
  let sandbox: SandboxProcess;
  let dir: string;

  const aws = (...args: string[]): Promise<CliRun> =>
    new Promise((resolve) => {
      const env = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: dir,
        AWS_ACCESS_KEY_ID: 'AKIASANDBOX',
        AWS_SECRET_ACCESS_KEY: 'sandbox',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_PAGER: '',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      };
      execFile(AWS, ['--endpoint-url', sandbox.url, 'iam', ...args], { env }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
    });

  /** The output with this run's group ID and date replaced by the guide's. */
  const asInGuide = (stdout: string, groupId: string, groupDate: string) =>
    stdout.replaceAll(groupId, GUIDE_GROUP_ID).replaceAll(groupDate, GUIDE_GROUP_DATE);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iam-sandbox-cli-'));
    sandbox = await startSandboxProcess(['--scenario', 'default', '--state', join(dir, 'state.json')]);
  }, 40_000);

  afterAll(async () => {
    await sandbox?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a group, attaches a policy, adds jane.doe and shows the group as the guide does', async () => {
    const created = await aws('create-group', '--group-name', 'Developers');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const group = (JSON.parse(created.stdout) as { Group: { GroupId: string; CreateDate: string } }).Group;
    expect(group.GroupId).toMatch(/^AGPA[A-Z0-9]{17}$/);
    expect(group.CreateDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(asInGuide(created.stdout, group.GroupId, group.CreateDate)).toBe(GUIDE_CREATE_GROUP);

    const attached = await aws(
      'attach-group-policy',
      '--group-name',
      'Developers',
      '--policy-arn',
      'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    );
    expect(attached).toEqual({ code: 0, stdout: '', stderr: '' });

    const added = await aws('add-user-to-group', '--group-name', 'Developers', '--user-name', 'jane.doe');
    expect(added).toEqual({ code: 0, stdout: '', stderr: '' });

    const shown = await aws('get-group', '--group-name', 'Developers');
    expect(shown.code).toBe(0);
    expect(asInGuide(shown.stdout, group.GroupId, group.CreateDate)).toBe(REAL_IAM_GET_GROUP);

    const removed = await aws('remove-user-from-group', '--group-name', 'Developers', '--user-name', 'jane.doe');
    expect(removed).toEqual({ code: 0, stdout: '', stderr: '' });
    const after = JSON.parse((await aws('get-group', '--group-name', 'Developers')).stdout) as { Users: unknown[] };
    expect(after.Users).toEqual([]);
  }, 60_000);

  it('reports a duplicate group on stderr with exit code 254', async () => {
    expect((await aws('create-group', '--group-name', 'Admins')).code).toBe(0);
    const duplicate = await aws('create-group', '--group-name', 'admins');
    expect(duplicate.code).toBe(254);
    expect(duplicate.stdout).toBe('');
    expect(duplicate.stderr).toBe(
      '\nAn error occurred (EntityAlreadyExists) when calling the CreateGroup operation: Group with name admins already exists.\n',
    );
  }, 30_000);
});
