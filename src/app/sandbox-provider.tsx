import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { iamKeys } from '../api/query-keys';
import { SandboxControlsContext, type SandboxControls } from '../api/sandbox-controls';

interface SandboxProviderProps {
  controls?: SandboxControls;
  children: ReactNode;
}

/**
 * Hands the sandbox controls to the pages, and makes every page show the new account
 * when the whole account changes (a reset, an import, another tab's change): whatever
 * the console had read about the old one is refetched.
 */
export function SandboxProvider({ controls, children }: SandboxProviderProps) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      controls?.subscribe((event) => {
        if (event !== 'state-replaced') return;
        // A read still in flight may have been answered from the old account, and a query
        // without data yet would keep that answer: cancel such reads, then read again.
        void queryClient
          .cancelQueries({ queryKey: iamKeys.all })
          .then(() => queryClient.invalidateQueries({ queryKey: iamKeys.all }));
      }),
    [controls, queryClient],
  );
  return <SandboxControlsContext.Provider value={controls}>{children}</SandboxControlsContext.Provider>;
}
