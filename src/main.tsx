import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { BootError } from './app/boot-error';

/**
 * The sandbox's IAM runs in this page and answers the console's SDK calls through a
 * service worker, so it must be running before the first render sends a request.
 */
async function boot() {
  const root = createRoot(document.getElementById('root')!);
  if (!('serviceWorker' in navigator)) {
    root.render(
      <BootError
        header="This browser cannot run the sandbox"
        detail="The sandbox's IAM runs in a service worker, and service workers are unavailable here. Use a current Chrome, Edge, Firefox or Safari, not a private window, and open the console from http://localhost or https."
      />,
    );
    return;
  }
  try {
    const { startMockIam } = await import('./mocks/browser');
    await startMockIam();
  } catch (error) {
    root.render(
      <BootError
        header="The sandbox's IAM could not start"
        detail={`${error instanceof Error ? error.message : String(error)}. Reload the page; if it persists, clear this site's data.`}
      />,
    );
    return;
  }
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
