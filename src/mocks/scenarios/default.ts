/**
 * The guide's starting point: account 123456789012 with a few people and no groups
 * yet, so "Create a group and add users" works exactly as the guide tells it.
 */
import { DEFAULT_ACCOUNT_ID } from '../../iam/state';
import type { ScenarioDefinition } from './scenario-definition';

const USERS: readonly { name: string; created: string }[] = [
  // jane.doe is the guide's user: same date, and (via presetIds) the same ID it prints.
  { name: 'jane.doe', created: '2026-05-02T08:15:00Z' },
  { name: 'john.smith', created: '2026-05-04T13:02:41Z' },
  { name: 'maria.garcia', created: '2026-05-11T09:47:18Z' },
  { name: 'wei.chen', created: '2026-05-19T16:21:05Z' },
  { name: 'alex.kim', created: '2026-05-27T11:38:52Z' },
  { name: 'priya.patel', created: '2026-06-03T07:55:30Z' },
];

export const defaultScenario: ScenarioDefinition = {
  title: 'Getting started',
  description: 'Six IAM users (jane.doe, john.smith, …), no groups and no customer managed policies, as in the guide.',
  accountId: DEFAULT_ACCOUNT_ID,
  presetIds: ['AIDA0A1B2C3D4E5F6G7H8'],
  populate({ engine, at }) {
    for (const user of USERS) {
      at(user.created);
      engine.createUser({ UserName: user.name });
    }
  },
};
