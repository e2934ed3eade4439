import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { create } from 'zustand';

/** A flash the console shows above the page; `id` lets a page replace its own in-progress flash. */
export type Flash = Omit<FlashbarProps.MessageDefinition, 'onDismiss' | 'dismissible'> & {
  id: string;
  /** how many page changes this flash has lived through */
  pagesSeen?: number;
};

interface FlashState {
  flashes: Flash[];
  push: (flash: Omit<Flash, 'id'> & { id?: string }) => string;
  dismiss: (id: string) => void;
  clear: () => void;
  /** Called on every page change: a flash survives the navigation it announces, then goes. */
  pageChanged: () => void;
}

let nextId = 0;

export const useFlashStore = create<FlashState>((set) => ({
  flashes: [],
  push: (flash) => {
    const id = flash.id ?? `flash-${++nextId}`;
    set((state) => ({ flashes: [{ ...flash, id, pagesSeen: 0 }, ...state.flashes.filter((f) => f.id !== id)] }));
    return id;
  },
  dismiss: (id) => set((state) => ({ flashes: state.flashes.filter((f) => f.id !== id) })),
  clear: () => set({ flashes: [] }),
  pageChanged: () =>
    set((state) => ({
      flashes: state.flashes
        .map((flash) => ({ ...flash, pagesSeen: (flash.pagesSeen ?? 0) + 1 }))
        .filter((flash) => flash.pagesSeen < 2 || flash.loading),
    })),
}));

/** For pages: `const flash = useFlash(); flash({ type: 'success', content: '…' })`. */
export const useFlash = () => useFlashStore((state) => state.push);
