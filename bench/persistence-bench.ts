/**
 * `npm run bench:persistence`: what saving and restoring the browser sandbox costs at
 * IAM's quotas (the `large` scenario: 5,000 users, 300 groups).
 *
 * 1. Node: the CPU work of a save (JSON.stringify) and of a restore (JSON.parse, the
 *    schema check, the engine's index build).
 * 2. Chromium (Debian's, or $CHROMIUM_PATH): the real IndexedDB put/get of that JSON text
 *    as the sandbox stores it, beside localStorage and a structured-clone put of the object.
 * 3. With BENCH_URL=http://127.0.0.1:5173/ (a running dev server or preview): the app
 *    itself — boot on `?scenario=large`, one saved mutation, a reload that restores it.
 * Numbers, not pass/fail.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { createIamEngine, randomId } from '../src/iam';
import { createNodeCatalog } from '../src/mocks/catalog/node-catalog';
import { parseSandboxJson } from '../src/mocks/persistence/state-schema';
import { buildScenario } from '../src/mocks/scenarios';
import { type Row, measure, printTable } from './measure';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const catalog = createNodeCatalog();
const awsArns = new Set(catalog.policies.map((policy) => `arn:aws:iam::aws:policy${policy.Path}${policy.PolicyName}`));

const state = buildScenario('large', catalog);
const text = JSON.stringify(state);
console.log(`large scenario: ${Object.keys(state.users).length} users, ${Object.keys(state.groups).length} groups, ` +
  `${(text.length / 1024 / 1024).toFixed(2)} MB of JSON\n`);

// 1. Node
const rows: Row[] = [
  measure('build the large scenario', 3, () => buildScenario('large', catalog)),
  measure('save: JSON.stringify', RUNS, () => JSON.stringify(state)),
  measure('restore: JSON.parse', RUNS, () => JSON.parse(text)),
  measure('restore: parse + schema check', RUNS, () => parseSandboxJson(text, { isAwsPolicy: (arn) => awsArns.has(arn) })),
  measure('restore: engine index build', RUNS, () =>
    createIamEngine({ state: JSON.parse(text), catalog, now: () => new Date(), newId: randomId }),
  ),
];
console.log('Node (CPU work of a save and a restore)');
printTable(rows, []);

// 2. Chromium
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  // IndexedDB needs a real origin; this one is answered here, with no server.
  await page.route('http://persistence-bench.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
  await page.goto('http://persistence-bench.test/');
  // tsx names functions with an `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  const browserRows = await page.evaluate(timeInBrowser, { text, runs: RUNS });
  console.log(`\nChromium ${browser.version()} (median of ${RUNS} runs, ms)`);
  for (const [name, value] of Object.entries(browserRows)) console.log(`  ${name.padEnd(52)} ${value}`);

  const url = process.env.BENCH_URL;
  if (url) await timeTheApp(await browser.newPage(), url);
  else console.log('\n(set BENCH_URL=http://127.0.0.1:5173/ with the dev server running to time the app itself)');
} finally {
  await browser.close();
}

/** Runs in the page: IndexedDB and localStorage with the sandbox's JSON text. */
async function timeTheApp(page: Page, url: string) {
  const dashboard = page.getByRole('heading', { name: 'IAM Dashboard', level: 1 });
  await page.addInitScript('globalThis.__name = (fn) => fn');
  let started = Date.now();
  await page.goto(new URL('?scenario=large#/home', url).toString());
  await dashboard.waitFor({ timeout: 120_000 });
  const boot = Date.now() - started;
  const mutation = await page.evaluate(async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      for (const action of ['RemoveUserFromGroup', 'AddUserToGroup']) {
        const start = performance.now();
        await fetch('/', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `Version=2010-05-08&Action=${action}&GroupName=Developers-Atlas&UserName=aaron.abbott`,
        });
        times.push(performance.now() - start);
      }
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  });
  started = Date.now();
  await page.reload();
  await dashboard.waitFor({ timeout: 120_000 });
  const reload = Date.now() - started;
  console.log(`\nThe app at ${url} (ms)`);
  console.log(`  ${'boot on ?scenario=large (build + first save) to the dashboard'.padEnd(64)} ${boot}`);
  console.log(`  ${'one mutation: lock + catch-up check + engine + save (median)'.padEnd(64)} ${mutation.toFixed(1)}`);
  console.log(`  ${'reload: restore from IndexedDB to the dashboard'.padEnd(64)} ${reload}`);
}

async function timeInBrowser({ text, runs }: { text: string; runs: number }): Promise<Record<string, string>> {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('persistence-bench', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('sandbox');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const db = await open();
  const put = (value: unknown) =>
    new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('sandbox', 'readwrite');
      transaction.objectStore('sandbox').put(value, 'state');
      transaction.objectStore('sandbox').put({ revision: 1, savedAt: new Date().toISOString() }, 'meta');
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  const get = (key: string) =>
    new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('sandbox').objectStore('sandbox').get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const time = async (work: () => unknown | Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await work();
      samples.push(performance.now() - start);
    }
    return median(samples).toFixed(1);
  };
  const object = JSON.parse(text);
  const results: Record<string, string> = {
    'JSON.stringify of the state': await time(() => JSON.stringify(object)),
    'JSON.parse of the saved text': await time(() => JSON.parse(text)),
    'IndexedDB put (text + meta, one transaction)': await time(() => put(text)),
    'IndexedDB get of the text': await time(() => get('state')),
    'IndexedDB get of meta only (the per-mutation check)': await time(() => get('meta')),
    'save = stringify + put': await time(async () => put(JSON.stringify(object))),
    'IndexedDB put of the object (structured clone)': await time(() => put(object)),
    'IndexedDB get of the object': await time(() => get('state')),
  };
  try {
    results['localStorage setItem of the text'] = await time(() => localStorage.setItem('bench', text));
    results['localStorage getItem of the text'] = await time(() => localStorage.getItem('bench'));
  } catch (error) {
    results['localStorage setItem of the text'] = `refused: ${(error as Error).name}`;
  }
  db.close();
  return results;
}
