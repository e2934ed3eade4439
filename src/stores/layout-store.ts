import { create } from 'zustand';

/** Open/closed state of the console's side panels (navigation and the help panel). */
interface LayoutState {
  navigationOpen: boolean;
  toolsOpen: boolean;
  setNavigationOpen: (open: boolean) => void;
  setToolsOpen: (open: boolean) => void;
}

export const useLayoutStore = create<LayoutState>((set) => ({
  navigationOpen: true,
  toolsOpen: false,
  setNavigationOpen: (navigationOpen) => set({ navigationOpen }),
  setToolsOpen: (toolsOpen) => set({ toolsOpen }),
}));
