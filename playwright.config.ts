import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browsers cannot be downloaded everywhere (`npx playwright install` may be refused), so the
 * suite drives the Chromium it finds: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, else
 * Playwright's own browser for machines that have it.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4173);
/** E2E_DEV=1 runs against the Vite dev server (fast edit loop); the default is the production build. */
const devServer = process.env.E2E_DEV === '1';
/** DEMO=1 (`npm run demo`) runs the demos in e2e/demos: a trace and screenshots for every step, in demo-output/. */
const demo = process.env.DEMO === '1';

export default defineConfig({
  testDir: './e2e',
  testMatch: demo ? 'demos/**/*.demo.ts' : 'specs/**/*.spec.ts',
  outputDir: demo ? 'demo-output' : 'test-results',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    trace: demo ? 'on' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      // Headed demos are watched: scripts/run-demos.mjs slows each action down (DEMO_SLOWMO ms).
      slowMo: Number(process.env.DEMO_SLOWMO ?? 0),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: devServer
      ? `npx vite --port ${port} --strictPort --host 127.0.0.1`
      : `npx vite build && npx vite preview --port ${port} --strictPort --host 127.0.0.1 --bypass-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
  },
});
