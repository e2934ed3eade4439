/**
 * `npm run bench:ui`: how heavy and how quick the console's User groups page is, from the
 * production build (`npm run build` runs first).
 *
 * 1. Sizes of dist/assets: JS and CSS, raw and gzip (node:zlib, level 9 like most CDNs).
 * 2. Cold loads of `#/groups` in headless Chromium, RUNS times, each in a fresh browser
 *    (no HTTP cache, no service worker yet): time from navigation start to the User groups
 *    table being in the page, and to its first answer from IAM (the counter in the header).
 *    Times are read in the page (`performance.now()` is relative to navigation start).
 * 3. The JS the browser fetched for that first load, raw and gzip.
 *
 * `vite preview` serves dist/ on a free port for the duration of the run. Numbers only:
 * nothing here passes or fails, a busy machine only makes the times longer.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const RUNS = Number(process.env.RUNS ?? 5);
const ASSETS = 'dist/assets';
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Vite 8 refuses a second preview of the same project unless told to: others may be previewing too. */
async function startPreview() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--bypass-lock'],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, 30_000);
  return { url, stop: () => child.kill('SIGTERM') };
}

function bundleSizes() {
  const totals = { js: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 } };
  const files = [];
  for (const name of readdirSync(ASSETS)) {
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : undefined;
    if (!kind) continue;
    const content = readFileSync(join(ASSETS, name));
    const entry = { name, kind, raw: content.length, gzip: gzipSize(content) };
    files.push(entry);
    totals[kind].raw += entry.raw;
    totals[kind].gzip += entry.gzip;
    totals[kind].files += 1;
  }
  return { totals, largest: files.sort((a, b) => b.raw - a.raw).slice(0, 8) };
}

/** In the page, before the app runs: note when the groups table appears and when its counter does. */
function markGroupsTable() {
  const marks = {};
  window.__groupsBench = marks;
  const check = () => {
    const table = document.querySelector('table[aria-label="User groups"], [role="table"][aria-label="User groups"]');
    if (table && marks.tableVisible === undefined && table.getBoundingClientRect().height > 0) {
      marks.tableVisible = performance.now();
    }
    const heading = [...document.querySelectorAll('h1')].find((h) => /^User groups \(\d+\)$/.test(h.textContent.trim()));
    if (heading && marks.tableLoaded === undefined) marks.tableLoaded = performance.now();
    if (marks.tableVisible !== undefined && marks.tableLoaded !== undefined) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

async function coldLoad(url) {
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(markGroupsTable);
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(`${url}#/groups`);
    await page.getByRole('heading', { level: 1, name: /^User groups \(\d+\)$/ }).waitFor({ timeout: 120_000 });
    const marks = await page.evaluate(() => window.__groupsBench);
    const bodies = await Promise.all(scripts);
    const js = Buffer.concat(bodies);
    return { ...marks, jsFiles: bodies.length, jsRaw: js.length, jsGzip: bodies.reduce((sum, b) => sum + gzipSize(b), 0) };
  } finally {
    await browser.close();
  }
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return `median ${median.toFixed(0)} ms · min ${sorted[0].toFixed(0)} ms · max ${sorted.at(-1).toFixed(0)} ms`;
}

async function main() {
  if (!existsSync('dist/index.html')) throw new Error('dist/ has no build: run `npm run build` first (npm run bench:ui does).');

  const { totals, largest } = bundleSizes();
  console.log('Production bundle (dist/assets)');
  console.log(`  JS : ${totals.js.files} files, ${kb(totals.js.raw)} raw, ${kb(totals.js.gzip)} gzip`);
  console.log(`  CSS: ${totals.css.files} files, ${kb(totals.css.raw)} raw, ${kb(totals.css.gzip)} gzip`);
  console.log('  largest files:');
  for (const file of largest) console.log(`    ${file.name.padEnd(48)} ${kb(file.raw).padStart(10)} raw ${kb(file.gzip).padStart(10)} gzip`);

  const preview = await startPreview();
  try {
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await coldLoad(preview.url);
      runs.push(result);
      console.log(
        `  run ${run}: table visible ${result.tableVisible?.toFixed(0)} ms, loaded ${result.tableLoaded?.toFixed(0)} ms, JS ${result.jsFiles} files ${kb(result.jsRaw)} raw / ${kb(result.jsGzip)} gzip`,
      );
    }
    console.log(`Cold load of #/groups (${RUNS} runs, fresh browser each, served by vite preview)`);
    console.log(`  navigation start → User groups table visible: ${stats(runs.map((r) => r.tableVisible))}`);
    console.log(`  navigation start → table loaded (User groups (N)): ${stats(runs.map((r) => r.tableLoaded))}`);
    const first = runs[0];
    console.log(`JS loaded for the first #/groups: ${first.jsFiles} files, ${kb(first.jsRaw)} raw, ${kb(first.jsGzip)} gzip`);
  } finally {
    preview.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
