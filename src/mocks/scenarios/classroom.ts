/**
 * A class's account, a few months in: 25 people in groups named by job function with
 * sensible AWS managed policies — and a few best-practice problems for learners to
 * find: a user with AdministratorAccess attached directly, an empty group, a user in
 * no group, and a group named after a person instead of a job function.
 */
import { DEFAULT_ACCOUNT_ID } from '../../iam/state';
import type { ScenarioDefinition } from './scenario-definition';

const aws = (name: string) => `arn:aws:iam::aws:policy/${name}`;

const GROUPS: readonly { name: string; created: string; policies: string[] }[] = [
  // Developers first: it gets the guide's group ID, as jane.doe gets the guide's user ID.
  {
    name: 'Developers',
    created: '2025-09-01T09:00:00Z',
    policies: [aws('AmazonS3ReadOnlyAccess'), aws('AWSCodeCommitPowerUser'), aws('AmazonEC2ReadOnlyAccess'), aws('CloudWatchReadOnlyAccess')],
  },
  { name: 'Billing', created: '2025-09-01T09:05:00Z', policies: [aws('job-function/Billing')] },
  { name: 'Admins', created: '2025-09-01T09:10:00Z', policies: [aws('AdministratorAccess')] },
  { name: 'ReadOnly', created: '2025-09-01T09:15:00Z', policies: [aws('ReadOnlyAccess')] },
  // Problem: nobody has been in Interns since the summer, yet it still grants access.
  { name: 'Interns', created: '2025-06-02T08:30:00Z', policies: [aws('ReadOnlyAccess')] },
  // Problem: named after a person, so no one can tell what access it is meant to give.
  { name: 'MarksTeam', created: '2025-11-14T16:45:00Z', policies: [aws('PowerUserAccess')] },
];

const USERS: readonly { name: string; created: string; groups: string[]; policies?: string[] }[] = [
  // jane.doe first, on the guide's date: the guide's ID and output hold here too.
  { name: 'jane.doe', created: '2026-05-02T08:15:00Z', groups: ['Developers'] },
  { name: 'john.smith', created: '2025-09-03T10:12:44Z', groups: ['Developers'] },
  { name: 'maria.garcia', created: '2025-09-03T10:20:05Z', groups: ['Developers'] },
  { name: 'wei.chen', created: '2025-09-08T14:02:31Z', groups: ['Developers'] },
  { name: 'alex.kim', created: '2025-09-15T09:41:17Z', groups: ['Developers'] },
  { name: 'priya.patel', created: '2025-10-01T11:05:09Z', groups: ['Developers'] },
  { name: 'omar.haddad', created: '2025-10-06T08:55:40Z', groups: ['Developers'] },
  { name: 'lucas.martin', created: '2025-10-20T13:27:03Z', groups: ['Developers'] },
  { name: 'emma.wilson', created: '2025-11-03T15:48:22Z', groups: ['Developers'] },
  { name: 'sofia.rossi', created: '2026-01-12T10:30:00Z', groups: ['Developers'] },
  // Problem: AdministratorAccess attached to the user directly, outside any group.
  { name: 'kevin.brown', created: '2025-10-13T09:14:51Z', groups: ['Developers'], policies: [aws('AdministratorAccess')] },
  { name: 'olivia.jones', created: '2025-09-02T09:00:12Z', groups: ['Billing'] },
  { name: 'fatima.ali', created: '2025-09-22T12:18:36Z', groups: ['Billing'] },
  { name: 'daniel.novak', created: '2026-02-02T08:07:55Z', groups: ['Billing'] },
  { name: 'nina.schmidt', created: '2025-09-01T09:20:00Z', groups: ['Admins'] },
  { name: 'raj.sharma', created: '2025-09-01T09:25:00Z', groups: ['Admins', 'Developers'] },
  { name: 'hannah.berg', created: '2025-10-27T10:10:10Z', groups: ['ReadOnly'] },
  { name: 'tomas.silva', created: '2025-11-10T14:33:48Z', groups: ['ReadOnly'] },
  { name: 'aisha.bello', created: '2025-12-01T09:02:26Z', groups: ['ReadOnly'] },
  { name: 'yuki.tanaka', created: '2026-01-19T11:45:13Z', groups: ['ReadOnly'] },
  { name: 'leo.nguyen', created: '2026-03-09T16:20:41Z', groups: ['ReadOnly'] },
  { name: 'mark.evans', created: '2025-11-14T16:40:02Z', groups: ['MarksTeam'] },
  { name: 'chloe.dubois', created: '2025-11-17T10:03:37Z', groups: ['MarksTeam'] },
  { name: 'ben.carter', created: '2025-12-08T13:51:19Z', groups: ['MarksTeam'] },
  // Problem: in no group, so whatever access sam.taylor needs is still undecided.
  { name: 'sam.taylor', created: '2026-04-20T09:30:00Z', groups: [] },
];

export const classroomScenario: ScenarioDefinition = {
  title: 'Classroom',
  description:
    '25 people in Developers, Billing, Admins and ReadOnly groups with AWS managed policies — and a few best-practice problems for learners to find.',
  accountId: DEFAULT_ACCOUNT_ID,
  presetIds: ['AIDA0A1B2C3D4E5F6G7H8', 'AGPA0A1B2C3D4E5F6G7H8'],
  populate({ engine, at }) {
    for (const group of GROUPS) {
      at(group.created);
      engine.createGroup({ GroupName: group.name });
      for (const PolicyArn of group.policies) engine.attachGroupPolicy({ GroupName: group.name, PolicyArn });
    }
    for (const user of USERS) {
      at(user.created);
      engine.createUser({ UserName: user.name });
      for (const GroupName of user.groups) engine.addUserToGroup({ GroupName, UserName: user.name });
      for (const PolicyArn of user.policies ?? []) engine.attachUserPolicy({ UserName: user.name, PolicyArn });
    }
  },
};
