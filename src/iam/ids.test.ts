import { describe, expect, it } from 'vitest';
import { fixedClock, isoSeconds, steppingClock } from './clock';
import { ID_PATTERN, randomId, seededIds, stableId } from './ids';

describe('IDs', () => {
  it('are a 4-letter prefix and 17 characters of [A-Z0-9]', () => {
    for (const prefix of ['AGPA', 'AIDA', 'ANPA'] as const) {
      const id = randomId(prefix);
      expect(id).toHaveLength(21);
      expect(id.startsWith(prefix)).toBe(true);
      expect(id).toMatch(ID_PATTERN);
    }
  });

  it('are random in the app', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => randomId('AIDA')));
    expect(ids.size).toBe(1000);
  });

  it('repeat for the same seed, so scenarios and tests are deterministic', () => {
    const a = seededIds('classroom');
    const b = seededIds('classroom');
    const first = [a('AGPA'), a('AIDA'), a('AIDA')];
    expect([b('AGPA'), b('AIDA'), b('AIDA')]).toEqual(first);
    expect(first.every((id) => ID_PATTERN.test(id))).toBe(true);
    expect(new Set(first.map((id) => id.slice(4))).size).toBe(3);
    expect(seededIds('other')('AGPA')).not.toBe(first[0]);
  });

  it('derive from a key alone for AWS managed policies', () => {
    const arn = 'arn:aws:iam::aws:policy/AdministratorAccess';
    expect(stableId('ANPA', arn)).toBe(stableId('ANPA', arn));
    expect(stableId('ANPA', arn)).not.toBe(stableId('ANPA', `${arn}2`));
  });
});

describe('time', () => {
  it('is printed in whole seconds, UTC, with Z', () => {
    expect(isoSeconds(new Date('2026-06-15T10:42:11.329Z'))).toBe('2026-06-15T10:42:11Z');
  });

  it('can stand still or step, for scenarios and tests', () => {
    const still = fixedClock('2026-06-15T10:42:11Z');
    expect(isoSeconds(still())).toBe(isoSeconds(still()));
    const step = steppingClock('2026-06-15T10:42:11Z', 60);
    expect([isoSeconds(step()), isoSeconds(step())]).toEqual(['2026-06-15T10:42:11Z', '2026-06-15T10:43:11Z']);
  });
});
