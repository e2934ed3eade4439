/**
 * The sandbox account on disk: read once at start, written after each mutation.
 * Writes go to a temporary file that is renamed over the old one, so a crash mid-write
 * leaves the previous state intact; bursts of mutations share one write.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { IamState } from '../src/iam/types';
import { stateProblem } from './state-schema';

export class StateFileError extends Error {
  override name = 'StateFileError';
}

/** The saved state, undefined when there is no file, or StateFileError when it cannot be used. */
export function loadStateFile(file: string): IamState | undefined {
  if (!existsSync(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new StateFileError(`Cannot read the state file ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StateFileError(`The state file ${file} is not valid JSON (${(error as Error).message}).`);
  }
  const problem = stateProblem(parsed);
  if (problem) throw new StateFileError(`The state file ${file} is not a sandbox state: ${problem}.`);
  return parsed as IamState;
}

export interface StateWriter {
  /** Resolves once a write that started after this call has reached the disk. */
  save(): Promise<void>;
  /** Resolves when no write is in flight or queued (for a clean shutdown). */
  idle(): Promise<void>;
}

export function createStateWriter(file: string, getState: () => IamState): StateWriter {
  let tail: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  let sequence = 0;

  const write = async (): Promise<void> => {
    // Snapshot now: every mutation before this moment is in this write.
    const text = `${JSON.stringify(getState(), null, 2)}\n`;
    const temp = `${file}.${process.pid}.${++sequence}.tmp`;
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFile(temp, text, 'utf8');
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  };

  return {
    save() {
      queued ??= tail.then(() => {
        queued = undefined;
        return write();
      });
      tail = queued.catch(() => undefined);
      return queued;
    },
    idle: () => tail,
  };
}
