/**
 * Timing helpers for the benchmark: per-call wall times summarised as median and p95,
 * plus the process's CPU time per call, which stays meaningful on a busy machine
 * (wall times there include waiting for a core).
 */
import { performance } from 'node:perf_hooks';

export interface Row {
  name: string;
  calls: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  cpuMs: number;
}

function summarise(name: string, durations: number[], cpu: NodeJS.CpuUsage): Row {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  const cpuMs = (cpu.user + cpu.system) / 1000 / sorted.length;
  return { name, calls: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), meanMs: mean, cpuMs };
}

export function measure(name: string, calls: number, call: (i: number) => unknown): Row {
  const durations: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    call(i);
    durations.push(performance.now() - start);
  }
  return summarise(name, durations, process.cpuUsage(cpu));
}

/** `warmup` calls first (JIT, SDK middleware caches), then `calls` timed ones, one at a time. */
export async function measureAsync(
  name: string,
  calls: number,
  call: (i: number) => Promise<unknown>,
  warmup = 0,
): Promise<Row> {
  for (let i = 0; i < warmup; i++) await call(i);
  const durations: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    await call(i);
    durations.push(performance.now() - start);
  }
  return summarise(name, durations, process.cpuUsage(cpu));
}

const ms = (value: number) => (value < 0.01 ? value.toFixed(4) : value < 10 ? value.toFixed(3) : value.toFixed(1));

export function printTable(rows: Row[], notes: string[]): void {
  const width = Math.max(...rows.map((row) => row.name.length));
  const header = `${'operation'.padEnd(width)}  ${'calls'.padStart(6)}  ${'median ms'.padStart(10)}  ${'p95 ms'.padStart(10)}  ${'mean ms'.padStart(10)}  ${'cpu ms/call'.padStart(11)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(width)}  ${String(row.calls).padStart(6)}  ${ms(row.medianMs).padStart(10)}  ${ms(row.p95Ms).padStart(10)}  ${ms(row.meanMs).padStart(10)}  ${ms(row.cpuMs).padStart(11)}`,
    );
  }
  console.log('');
  for (const note of notes) console.log(note);
}
