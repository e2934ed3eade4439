import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import type { SandboxControls } from '../api/sandbox-controls';
import { router } from './router';
import { SandboxProvider } from './sandbox-provider';

const queryClient = new QueryClient({
  defaultOptions: {
    // The SDK already retries throttling and 5xx; a second retry layer would hide faults from learners.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
    mutations: { retry: false },
  },
});

interface AppProps {
  /** the in-browser sandbox's controls (main.tsx builds them from the mock IAM) */
  sandbox?: SandboxControls;
}

export function App({ sandbox }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <SandboxProvider controls={sandbox}>
        <RouterProvider router={router} />
      </SandboxProvider>
    </QueryClientProvider>
  );
}
