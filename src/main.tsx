import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { SandboxControls } from './api/sandbox-controls';
import { BootError } from './app/boot-error';
import { takeSandboxParams } from './mocks/sandbox/url-params';

/**
 * The sandbox server (`npm run server`) marks the console it serves: its IAM answers the
 * console's `POST /` itself, on the account the AWS CLI uses, so no in-page sandbox starts.
 */
const servedBySandboxServer = document.querySelector('meta[name="iam-sandbox-mode"][content="server"]') !== null;

/**
 * The sandbox's IAM runs in this page and answers the console's SDK calls through a
 * service worker, so it must be running before the first render sends a request.
 */
async function boot() {
  const root = createRoot(document.getElementById('root')!);
  if (servedBySandboxServer) {
    await bootOnServer(root);
    return;
  }
  if (!('serviceWorker' in navigator)) {
    root.render(
      <BootError
        header="This browser cannot run the sandbox"
        detail="The sandbox's IAM runs in a service worker, and service workers are unavailable here. Use a current Chrome, Edge, Firefox or Safari, not a private window, and open the console from http://localhost or https."
      />,
    );
    return;
  }
  // `?scenario=…&fault=…` apply once: taken out of the address before the router reads it.
  const params = takeSandboxParams();
  const app = import('./app/app');
  let started: Awaited<ReturnType<typeof import('./mocks/sandbox/start-sandbox').startSandbox>>;
  try {
    const { startSandbox } = await import('./mocks/sandbox/start-sandbox');
    started = await startSandbox(params);
  } catch (error) {
    root.render(
      <BootError
        header="The sandbox's IAM could not start"
        detail={`${error instanceof Error ? error.message : String(error)}. Reload the page; if it persists, clear this site's data.`}
      />,
    );
    return;
  }
  if (started.kind === 'unreadable') {
    const { SavedStateProblem } = await import('./features/sandbox/boot/saved-state-problem');
    const { reset } = started;
    root.render(
      <SavedStateProblem
        problem={started.problem}
        savedText={started.savedText}
        scenarios={started.scenarios}
        onReset={async (scenario) => renderApp(root, app, await reset(scenario))}
      />,
    );
    return;
  }
  await renderApp(root, app, started.sandbox);
}

/** No sandbox controls: the server's flags choose its scenario, faults and saved file. */
async function bootOnServer(root: Root) {
  const app = import('./app/app');
  // `?scenario=…&fault=…` belong to the in-page sandbox; the server's flags do that here.
  takeSandboxParams();
  // A worker left on this origin by an in-page sandbox has no place here: only the server answers.
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations().catch(() => []);
    await Promise.all(registrations.map((registration) => registration.unregister().catch(() => false)));
  }
  const { App } = await app;
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

async function renderApp(root: Root, app: Promise<typeof import('./app/app')>, sandbox: SandboxControls) {
  const { App } = await app;
  root.render(
    <StrictMode>
      <App sandbox={sandbox} />
    </StrictMode>,
  );
}

void boot();
