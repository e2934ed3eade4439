/**
 * A scenario is data plus a script that fills an empty account through the engine
 * itself, so its records are exactly what the engine would have made. Clock and IDs
 * are fixed: the same scenario is the same account on every machine and every run.
 */
import type { IamEngine } from '../../iam';

export interface ScenarioAccount {
  readonly engine: IamEngine;
  /** Sets the clock for what is created next (`2026-05-02T08:15:00Z`). */
  at(isoDate: string): void;
}

export interface ScenarioDefinition {
  title: string;
  description: string;
  accountId: string;
  /** IDs handed out before the seeded ones (by prefix), e.g. the guide's own jane.doe */
  presetIds?: readonly string[];
  populate(account: ScenarioAccount): void;
}
