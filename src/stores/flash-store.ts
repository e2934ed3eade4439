import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { create } from 'zustand';

/** A flash the console shows above the page; `id` lets a page replace its own in-progress flash. */
export type Flash = Omit<FlashbarProps.MessageDefinition, 'onDismiss' | 'dismissible'> & { id: string };

interface FlashState {
  flashes: Flash[];
  push: (flash: Omit<Flash, 'id'> & { id?: string }) => string;
  dismiss: (id: string) => void;
  clear: () => void;
}

let nextId = 0;

export const useFlashStore = create<FlashState>((set) => ({
  flashes: [],
  push: (flash) => {
    const id = flash.id ?? `flash-${++nextId}`;
    set((state) => ({ flashes: [{ ...flash, id }, ...state.flashes.filter((f) => f.id !== id)] }));
    return id;
  },
  dismiss: (id) => set((state) => ({ flashes: state.flashes.filter((f) => f.id !== id) })),
  clear: () => set({ flashes: [] }),
}));

/** For pages: `const flash = useFlash(); flash({ type: 'success', content: '…' })`. */
export const useFlash = () => useFlashStore((state) => state.push);
