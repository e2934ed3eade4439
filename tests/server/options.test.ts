/** The server's console and fault flags. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSOLE_DIR, parseServerOptions } from '../../server/options';

describe('the server’s console and fault flags', () => {
  it('serves the repository’s dist/ unless told otherwise', () => {
    expect(DEFAULT_CONSOLE_DIR).toMatch(/[/\\]dist$/);
    expect(parseServerOptions([], {}).consoleDir).toBe(DEFAULT_CONSOLE_DIR);
    expect(parseServerOptions([], { SANDBOX_CONSOLE_DIR: 'build' }).consoleDir).toBe('build');
    expect(parseServerOptions(['--console', 'site'], { SANDBOX_CONSOLE_DIR: 'build' }).consoleDir).toBe('site');
    expect(parseServerOptions(['--no-console'], { SANDBOX_CONSOLE_DIR: 'build' }).consoleDir).toBeUndefined();
    expect(() => parseServerOptions(['--no-console', '--console', 'site'], {})).toThrow('contradict');
  });

  it('reads faults written as in the console’s URL parameters, and refuses wrong ones', () => {
    expect(parseServerOptions([], {}).faults).toBeUndefined();
    expect(parseServerOptions(['--latency', '800', '--fault', 'CreateGroup:Throttling:once', '--fault', '*:ServiceFailure:0.5'], {}).faults).toEqual({
      latencyMs: 800,
      rules: [
        { action: 'CreateGroup', error: 'Throttling', times: 1 },
        { error: 'ServiceFailure', probability: 0.5 },
      ],
    });
    expect(() => parseServerOptions(['--fault', 'CreateGroup:Oops'], {})).toThrow(/^--fault CreateGroup:Oops: the error must be/);
    expect(() => parseServerOptions(['--latency', 'slow'], {})).toThrow(/^--latency slow: expected milliseconds/);
  });
});
