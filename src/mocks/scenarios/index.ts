/**
 * The sandbox's scenarios. To add one, write its definition in its own file and list
 * it here: names, the picker's list and the builder follow.
 */
import { createIamEngine, emptyState, seededIds, type IamEngine } from '../../iam';
import type { IamState, PolicyCatalog } from '../../iam/types';
import { classroomScenario } from './classroom';
import { defaultScenario } from './default';
import { emptyScenario } from './empty';
import { largeScenario } from './large';
import type { ScenarioDefinition } from './scenario-definition';

const DEFINITIONS = {
  empty: emptyScenario,
  default: defaultScenario,
  classroom: classroomScenario,
  large: largeScenario,
} satisfies Record<string, ScenarioDefinition>;

export type ScenarioName = keyof typeof DEFINITIONS;

export interface ScenarioInfo {
  name: ScenarioName;
  title: string;
  description: string;
}

export const SCENARIOS: readonly ScenarioInfo[] = (Object.keys(DEFINITIONS) as ScenarioName[]).map((name) => ({
  name,
  title: DEFINITIONS[name].title,
  description: DEFINITIONS[name].description,
}));

export function isScenarioName(value: string): value is ScenarioName {
  return Object.prototype.hasOwnProperty.call(DEFINITIONS, value);
}

/** A catalog with no AWS managed policies, for scenarios that attach none. */
const NO_AWS_POLICIES: PolicyCatalog = {
  policies: [],
  loadDocument: (arn) => Promise.reject(new Error(`No AWS managed policy catalog loaded (${arn})`)),
};

/**
 * A fresh copy of the scenario's account (callers may mutate it). Scenarios that attach
 * AWS managed policies (classroom, large) need the catalog.
 */
export function buildScenario(name: ScenarioName, catalog: PolicyCatalog = NO_AWS_POLICIES): IamState {
  const definition: ScenarioDefinition = DEFINITIONS[name];
  let clock = new Date('2026-01-01T00:00:00Z');
  const seeded = seededIds(`scenario:${name}`);
  const presets = [...(definition.presetIds ?? [])];
  const engine: IamEngine = createIamEngine({
    state: emptyState(definition.accountId),
    catalog,
    now: () => clock,
    newId: (prefix) => {
      const index = presets.findIndex((id) => id.startsWith(prefix));
      return index >= 0 ? presets.splice(index, 1)[0]! : seeded(prefix);
    },
  });
  definition.populate({
    engine,
    at: (isoDate) => {
      clock = new Date(isoDate);
    },
  });
  return engine.state;
}
