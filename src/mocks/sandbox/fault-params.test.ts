import { describe, expect, it } from 'vitest';
import { formatFaultRule, normalizeFaults, parseFaultRule, parseFaults, parseLatency } from './fault-params';

describe('fault rules written as text', () => {
  it('read an action, an error, and optionally a rate and a count', () => {
    expect(parseFaultRule('AttachGroupPolicy:Throttling')).toEqual({ ok: true, value: { action: 'AttachGroupPolicy', error: 'Throttling' } });
    expect(parseFaultRule('*:ServiceFailure:0.5')).toEqual({ ok: true, value: { error: 'ServiceFailure', probability: 0.5 } });
    expect(parseFaultRule('CreateGroup:Throttling:once')).toEqual({ ok: true, value: { action: 'CreateGroup', error: 'Throttling', times: 1 } });
    expect(parseFaultRule('creategroup:accessdenied:.25:x3')).toEqual({
      ok: true,
      value: { action: 'CreateGroup', error: 'AccessDenied', probability: 0.25, times: 3 },
    });
    expect(parseFaultRule('ListUsers:ServiceFailure:2x')).toMatchObject({ ok: true, value: { times: 2 } });
  });

  it('refuse what they cannot use, saying why', () => {
    expect(parseFaultRule('CreateGroop:Throttling')).toEqual({
      ok: false,
      problem: 'fault=CreateGroop:Throttling: "CreateGroop" is not an IAM action of the sandbox (or * for all)',
    });
    expect(parseFaultRule('CreateGroup:Timeout')).toEqual({
      ok: false,
      problem: 'fault=CreateGroup:Timeout: the error must be Throttling, ServiceFailure, AccessDenied',
    });
    expect(parseFaultRule('CreateGroup:Throttling:1.5')).toMatchObject({ ok: false, problem: expect.stringContaining('"1.5" is neither a rate') });
    expect(parseFaultRule('CreateGroup:Throttling:x0')).toMatchObject({ ok: false, problem: expect.stringContaining('at least x1') });
  });

  it('write back what they read', () => {
    for (const text of ['AttachGroupPolicy:Throttling', '*:ServiceFailure:0.5', 'CreateGroup:Throttling:once', '*:AccessDenied:0.25:x3']) {
      const parsed = parseFaultRule(text);
      expect(parsed.ok && formatFaultRule(parsed.value)).toBe(text);
    }
  });

  it('read latency in whole milliseconds up to a minute', () => {
    expect(parseLatency('800')).toEqual({ ok: true, value: 800 });
    expect(parseLatency('fast')).toEqual({ ok: false, problem: 'latency=fast: expected milliseconds from 0 to 60000' });
    expect(parseLatency('60001')).toMatchObject({ ok: false });
  });

  it('combine the URL’s parameters, keeping what is usable', () => {
    expect(parseFaults('800', ['AttachGroupPolicy:Throttling', 'Nope:Throttling'])).toEqual({
      faults: { latencyMs: 800, rules: [{ action: 'AttachGroupPolicy', error: 'Throttling' }] },
      problems: ['fault=Nope:Throttling: "Nope" is not an IAM action of the sandbox (or * for all)'],
    });
    expect(parseFaults('0', [])).toEqual({ faults: undefined, problems: [] });
  });
});

describe('fault settings from a form or the session', () => {
  it('keep only valid rules, within bounds', () => {
    expect(
      normalizeFaults({
        latencyMs: 120000,
        rules: [
          { action: 'createGroup', error: 'throttling', probability: 2, times: 1.7 },
          { action: 'NotAnAction', error: 'Throttling' },
          { error: 'Boom' },
          null,
        ],
      }),
    ).toEqual({ latencyMs: 60000, rules: [{ action: 'CreateGroup', error: 'Throttling', probability: 1, times: 1 }] });
  });

  it('are nothing when they would do nothing', () => {
    expect(normalizeFaults({ latencyMs: 0, rules: [] })).toBeUndefined();
    expect(normalizeFaults('garbage')).toBeUndefined();
    expect(normalizeFaults(undefined)).toBeUndefined();
  });
});
