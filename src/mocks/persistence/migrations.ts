/**
 * Saved and exported sandboxes outlive the code that wrote them. Each change to the
 * shape of `IamState` bumps `schemaVersion` and adds one step here, from version N to
 * N + 1, so an old save is walked forward step by step and never thrown away. A save
 * from a newer sandbox is refused rather than guessed at.
 */
import type { IamState } from '../../iam/types';

export type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

/** the version this code writes and the engine runs on */
export const CURRENT_SCHEMA_VERSION: IamState['schemaVersion'] = 1;

/**
 * `MIGRATIONS[n]` turns a version-n state into version n + 1. Version 1 is the first
 * saved shape, so there is nothing to migrate yet; the next shape change adds `1: …`.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult = { ok: true; value: Record<string, unknown> } | { ok: false; problem: string };

export function migrateState(
  value: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: `schemaVersion: expected a whole number from 1 to ${current}, found ${JSON.stringify(version)}` };
  }
  if (version > current) {
    return {
      ok: false,
      problem: `schemaVersion: this sandbox was saved by a newer version of the sandbox (schemaVersion ${version}); this version reads schemaVersion ${current} and older`,
    };
  }
  let migrated = value;
  for (let from = version; from < current; from++) {
    const step = migrations[from];
    if (!step) return { ok: false, problem: `schemaVersion: no migration from schemaVersion ${from} to ${from + 1}` };
    // A step sees a copy, so a failing migration leaves the caller's value as it was.
    migrated = { ...step(structuredClone(migrated)), schemaVersion: from + 1 };
  }
  return { ok: true, value: migrated };
}
