import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** Page size and visible columns per table, remembered across reloads like the real console's. */
export interface TablePreferences {
  pageSize: number;
  visibleColumns: string[];
}

interface TablePreferencesState {
  byTable: Record<string, TablePreferences>;
  setPreferences: (tableId: string, preferences: TablePreferences) => void;
}

export const useTablePreferencesStore = create<TablePreferencesState>()(
  persist(
    (set) => ({
      byTable: {},
      setPreferences: (tableId, preferences) =>
        set((state) => ({ byTable: { ...state.byTable, [tableId]: preferences } })),
    }),
    { name: 'iam-console-sandbox:table-preferences' },
  ),
);
