import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrateState, type Migration } from './migrations';

/** A made-up history: v1 kept a flat `members` list, v2 renamed it, v3 added `tags`. */
const HISTORY: Record<number, Migration> = {
  1: ({ members, ...rest }) => ({ ...rest, users: members }),
  2: (state) => ({ ...state, tags: {} }),
};

describe('saved state migrations', () => {
  it('walk an old state forward one version at a time', () => {
    const result = migrateState({ schemaVersion: 1, members: ['jane.doe'] }, HISTORY, 3);
    expect(result).toEqual({ ok: true, value: { schemaVersion: 3, users: ['jane.doe'], tags: {} } });
  });

  it('start from the saved version, not from the first', () => {
    expect(migrateState({ schemaVersion: 2, users: [] }, HISTORY, 3)).toEqual({
      ok: true,
      value: { schemaVersion: 3, users: [], tags: {} },
    });
  });

  it('leave the caller’s object as it was', () => {
    const saved = { schemaVersion: 1, members: ['jane.doe'] };
    migrateState(saved, HISTORY, 3);
    expect(saved).toEqual({ schemaVersion: 1, members: ['jane.doe'] });
  });

  it('refuse a state from a newer sandbox instead of guessing', () => {
    expect(migrateState({ schemaVersion: 4 }, HISTORY, 3)).toEqual({
      ok: false,
      problem:
        'schemaVersion: this sandbox was saved by a newer version of the sandbox (schemaVersion 4); this version reads schemaVersion 3 and older',
    });
  });

  it('refuse a missing or odd version, and a gap in the history', () => {
    expect(migrateState({}, HISTORY, 3)).toMatchObject({ ok: false, problem: expect.stringContaining('found undefined') });
    expect(migrateState({ schemaVersion: '1' }, HISTORY, 3)).toMatchObject({ ok: false });
    expect(migrateState({ schemaVersion: 1.5 }, HISTORY, 3)).toMatchObject({ ok: false });
    expect(migrateState({ schemaVersion: 1 }, { 2: HISTORY[2]! }, 3)).toEqual({
      ok: false,
      problem: 'schemaVersion: no migration from schemaVersion 1 to 2',
    });
  });

  it('have a step for every version below the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
    expect(migrateState({ schemaVersion: CURRENT_SCHEMA_VERSION, users: {} })).toEqual({
      ok: true,
      value: { schemaVersion: CURRENT_SCHEMA_VERSION, users: {} },
    });
  });
});
