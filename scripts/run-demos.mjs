#!/usr/bin/env node
/**
 * `npm run demo`: runs the Playwright demos in e2e/demos (DEMO=1). With a display they
 * run headed and slowed down, so they can be watched or screen-recorded; without one
 * (CI, SSH) they run headless. Screenshots and traces land in demo-output/.
 * Extra arguments go to Playwright: `npm run demo -- change-jobs`.
 */
import { spawn } from 'node:child_process';

const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';
const args = ['playwright', 'test', ...(headed ? ['--headed'] : []), ...process.argv.slice(2)];
const env = { ...process.env, DEMO: '1', ...(headed && !process.env.DEMO_SLOWMO ? { DEMO_SLOWMO: '300' } : {}) };

console.log(`Running the demos ${headed ? 'headed (DISPLAY is set)' : 'headless'}: npx ${args.join(' ')}`);
const child = spawn('npx', args, { stdio: 'inherit', env });
child.on('exit', (code, signal) => {
  if (code === 0) console.log('\nScreenshots and traces: demo-output/ — open a trace with npx playwright show-trace demo-output/<demo>/trace.zip');
  process.exit(code ?? (signal ? 1 : 0));
});
