import { DEFAULT_ACCOUNT_ID } from '../../iam/state';
import type { ScenarioDefinition } from './scenario-definition';

export const emptyScenario: ScenarioDefinition = {
  title: 'Empty account',
  description: 'No users, groups or customer managed policies: start from scratch.',
  accountId: DEFAULT_ACCOUNT_ID,
  populate() {},
};
