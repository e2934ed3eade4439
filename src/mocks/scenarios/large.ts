/**
 * An account at IAM's quotas, to see the console at scale: 5,000 users and 300 groups
 * (30 job functions × 10 teams), each group with AWS managed policies and its team's
 * customer managed policy; every user in two groups, and every 100th in ten, the
 * most IAM allows. Built by a formula, so it is the same account every time.
 */
import { DEFAULT_ACCOUNT_ID } from '../../iam/state';
import { FIRST_NAMES, JOB_FUNCTIONS, LAST_NAMES, TEAMS } from './large-names';
import type { ScenarioDefinition } from './scenario-definition';

const GROUP_COUNT = JOB_FUNCTIONS.length * TEAMS.length;
const HOUR = 3_600_000;

const isoAt = (start: string, offsetMs: number) => new Date(Date.parse(start) + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');

function groupName(index: number): string {
  return `${JOB_FUNCTIONS[index % JOB_FUNCTIONS.length]!.name}-${TEAMS[Math.floor(index / JOB_FUNCTIONS.length)]!}`;
}

function teamPolicyDocument(team: string): string {
  const bucket = `arn:aws:s3:::${team.toLowerCase()}-project`;
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ListProjectBucket', Effect: 'Allow', Action: 's3:ListBucket', Resource: bucket },
      { Sid: 'ReadWriteProjectObjects', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${bucket}/*` },
    ],
  });
}

/** the groups of user `index`: two spread over the account, ten for every 100th user */
function groupsOf(index: number): number[] {
  const count = index % 100 === 0 ? 10 : 2;
  const groups = new Set<number>();
  for (let step = 0; groups.size < count; step++) groups.add((index * 7 + step * 31) % GROUP_COUNT);
  return [...groups];
}

export const largeScenario: ScenarioDefinition = {
  title: 'Large account',
  description:
    "IAM's quotas: 5,000 users and 300 groups with AWS and customer managed policies; some users in 10 groups. For trying search, paging and limits.",
  accountId: DEFAULT_ACCOUNT_ID,
  populate({ engine, at }) {
    const teamPolicies = TEAMS.map((team, index) => {
      at(isoAt('2022-03-01T09:00:00Z', index * HOUR));
      return engine.createPolicy({
        PolicyName: `${team}ProjectAccess`,
        PolicyDocument: teamPolicyDocument(team),
        Description: `Read and write the ${team} project's S3 bucket`,
      }).Policy.Arn;
    });
    for (let index = 0; index < GROUP_COUNT; index++) {
      at(isoAt('2022-06-01T09:00:00Z', index * 24 * HOUR));
      const GroupName = groupName(index);
      engine.createGroup({ GroupName });
      for (const policy of JOB_FUNCTIONS[index % JOB_FUNCTIONS.length]!.policies) {
        engine.attachGroupPolicy({ GroupName, PolicyArn: `arn:aws:iam::aws:policy/${policy}` });
      }
      engine.attachGroupPolicy({ GroupName, PolicyArn: teamPolicies[Math.floor(index / JOB_FUNCTIONS.length)]! });
    }
    for (let index = 0; index < FIRST_NAMES.length * LAST_NAMES.length; index++) {
      at(isoAt('2023-01-02T08:00:00Z', index * 4 * HOUR));
      const UserName = `${FIRST_NAMES[index % FIRST_NAMES.length]}.${LAST_NAMES[Math.floor(index / FIRST_NAMES.length)]}`;
      engine.createUser({ UserName });
      for (const group of groupsOf(index)) engine.addUserToGroup({ GroupName: groupName(group), UserName });
    }
  },
};
