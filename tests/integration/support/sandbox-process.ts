/**
 * Starts the real sandbox server (`server/main.ts`) as a child process on a free port,
 * for tests that need a real HTTP peer such as the AWS CLI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface SandboxProcess {
  readonly url: string;
  readonly output: () => string;
  /** SIGTERM, as Ctrl-C would; resolves with the exit code */
  stop(): Promise<number | null>;
}

function spawnSandbox(args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--host', '127.0.0.1', '--port', '0', ...args],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const listeningUrl = () => /listening on (http:\/\/\S+)/.exec(output)?.[1];
  return { child, output: () => output, listeningUrl };
}

export function startSandboxProcess(args: string[]): Promise<SandboxProcess> {
  const { child, output, listeningUrl } = spawnSandbox(args);
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`the sandbox did not start in time:\n${output()}`)), 30_000);
    const exited = (code: number | null) => fail(new Error(`the sandbox exited with ${code}:\n${output()}`));
    const started = () => {
      const url = listeningUrl();
      // Wait for the whole banner: its last line is the credentials hint.
      if (!url || !output().includes('any credentials')) return;
      clearTimeout(timer);
      child.off('exit', exited);
      child.stdout.off('data', started);
      resolve({ url, output, stop: () => stop(child) });
    };
    child.once('exit', exited);
    child.stdout.on('data', started);
  });
}

/** Runs the server expecting it to refuse to start; returns its exit code and output. */
export function runSandboxProcess(args: string[]): Promise<{ code: number | null; output: string }> {
  const { child, output, listeningUrl } = spawnSandbox(args);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve({ code, output: output() }));
    // If it started after all, stop it: the test's assertions will say so.
    child.stdout.on('data', () => {
      if (listeningUrl()) child.kill('SIGTERM');
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
