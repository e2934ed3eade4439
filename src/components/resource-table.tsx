import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Pagination from '@cloudscape-design/components/pagination';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTablePreferencesStore } from '../stores/table-preferences-store';

export interface ResourceColumn<T> extends TableProps.ColumnDefinition<T> {
  id: string;
  header: string;
  /** hidden until the user turns it on in the preferences */
  hiddenByDefault?: boolean;
}

export interface ResourceTableProps<T> {
  /** remembers preferences under this id */
  tableId: string;
  items: readonly T[];
  columns: ResourceColumn<T>[];
  trackBy: keyof T & string;
  header: ReactNode;
  loading?: boolean;
  loadingText?: string;
  /** the text filter's accessible label and placeholder ("Search") */
  filterLabel?: string;
  filteringFields?: (keyof T & string)[];
  selectionType?: TableProps.SelectionType;
  selectedItems?: readonly T[];
  onSelectionChange?: (items: T[]) => void;
  isItemDisabled?: (item: T) => boolean;
  empty: ReactNode;
  /** what to say when the filter matches nothing */
  noMatchText?: string;
  ariaLabel: string;
  defaultPageSize?: number;
  /** extra controls beside the search box (e.g. a type filter) */
  filterExtras?: ReactNode;
  /** an extra item filter applied before the text filter (e.g. by type) */
  extraFilter?: (item: T) => boolean;
  variant?: TableProps.Variant;
  expandableRows?: TableProps.ExpandableRows<T>;
  /** how a row is named in selection and expand labels (default: its trackBy value) */
  itemLabel?: (item: T) => string;
  /** called with the rows on the current page whenever they change (to load per-row details lazily) */
  onVisibleItemsChange?: (items: readonly T[]) => void;
}

const PAGE_SIZES = [10, 25, 50, 100];

/**
 * A console table: Search, client-side pagination, preferences (page size, columns)
 * remembered per table, selection, and Cloudscape's empty/no-match states.
 */
export function ResourceTable<T>(props: ResourceTableProps<T>) {
  const saved = useTablePreferencesStore((state) => state.byTable[props.tableId]);
  const setPreferences = useTablePreferencesStore((state) => state.setPreferences);
  const pageSize = saved?.pageSize ?? props.defaultPageSize ?? 25;
  const visibleColumns =
    saved?.visibleColumns ?? props.columns.filter((column) => !column.hiddenByDefault).map((column) => column.id);

  const { items, filteredItemsCount, collectionProps, filterProps, paginationProps, actions } = useCollection(
    props.items,
    {
      filtering: {
        fields: props.filteringFields,
        filteringFunction: props.extraFilter
          ? (item, text) => props.extraFilter!(item) && matchesText(item, text, props.filteringFields)
          : undefined,
        empty: props.empty,
        noMatch: (
          <Box textAlign="center" color="inherit">
            <b>No matches</b>
            <Box variant="p" color="inherit">
              {props.noMatchText ?? 'No resources match the search.'}
            </Box>
          </Box>
        ),
      },
      pagination: { pageSize },
      sorting: {},
      selection: { trackBy: props.trackBy },
    },
  );
  // The box shows every keystroke at once; the table filters in a transition, so typing over
  // ~1,600 policies never waits for the rows to re-render.
  const [searchText, setSearchText] = useState('');
  const filtering = Boolean(filterProps.filteringText) || Boolean(props.extraFilter);
  useVisibleItemsReport(items, props.trackBy, props.onVisibleItemsChange);
  const labelOf = (item: T) => props.itemLabel?.(item) ?? String(item[props.trackBy]);

  return (
    <Table<T>
      {...collectionProps}
      variant={props.variant}
      ariaLabels={{
        tableLabel: props.ariaLabel,
        selectionGroupLabel: 'Items selection',
        allItemsSelectionLabel: () => 'Select all',
        itemSelectionLabel: (_, item) => `Select ${labelOf(item)}`,
        expandButtonLabel: (item) => `Expand ${labelOf(item)}`,
        collapseButtonLabel: (item) => `Collapse ${labelOf(item)}`,
      }}
      items={items}
      trackBy={props.trackBy}
      columnDefinitions={props.columns}
      columnDisplay={props.columns.map((column) => ({ id: column.id, visible: visibleColumns.includes(column.id) }))}
      loading={props.loading}
      loadingText={props.loadingText ?? 'Loading resources'}
      header={props.header}
      empty={collectionProps.empty}
      selectionType={props.selectionType}
      selectedItems={props.selectedItems}
      onSelectionChange={(event) => props.onSelectionChange?.(event.detail.selectedItems)}
      isItemDisabled={props.isItemDisabled}
      expandableRows={props.expandableRows}
      filter={
        <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'center' }}>
          <div style={{ flexGrow: 1, maxWidth: '40rem' }}>
            <TextFilter
              filteringText={searchText}
              filteringPlaceholder={props.filterLabel ?? 'Search'}
              filteringAriaLabel={props.filterLabel ?? 'Search'}
              filteringClearAriaLabel="Clear"
              countText={filtering ? `${filteredItemsCount ?? 0} ${filteredItemsCount === 1 ? 'match' : 'matches'}` : undefined}
              onChange={({ detail }) => {
                setSearchText(detail.filteringText);
                startTransition(() => {
                  actions.setFiltering(detail.filteringText);
                  actions.setCurrentPage(1);
                });
              }}
            />
          </div>
          {props.filterExtras}
        </div>
      }
      pagination={
        <Pagination
          {...paginationProps}
          ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (n) => `Page ${n}` }}
        />
      }
      preferences={
        <CollectionPreferences
          title="Preferences"
          confirmLabel="Confirm"
          cancelLabel="Cancel"
          preferences={{ pageSize, contentDisplay: props.columns.map((c) => ({ id: c.id, visible: visibleColumns.includes(c.id) })) }}
          pageSizePreference={{ title: 'Page size', options: PAGE_SIZES.map((value) => ({ value, label: `${value} resources` })) }}
          contentDisplayPreference={{
            title: 'Select visible columns',
            options: props.columns.map((column) => ({ id: column.id, label: column.header, alwaysVisible: column.id === props.columns[0]?.id })),
          }}
          onConfirm={({ detail }) =>
            setPreferences(props.tableId, {
              pageSize: detail.pageSize ?? pageSize,
              visibleColumns: (detail.contentDisplay ?? []).filter((c) => c.visible).map((c) => c.id),
            })
          }
        />
      }
    />
  );
}

function matchesText<T>(item: T, text: string, fields: (keyof T & string)[] | undefined): boolean {
  if (!text) return true;
  const needle = text.toLowerCase();
  const keys = fields ?? (Object.keys(item as object) as (keyof T & string)[]);
  return keys.some((key) => String(item[key] ?? '').toLowerCase().includes(needle));
}

/** Reports the current page's rows, only when the set of rows (by key) actually changes. */
function useVisibleItemsReport<T>(items: readonly T[], trackBy: keyof T, report?: (items: readonly T[]) => void) {
  const lastKeys = useRef<string | undefined>(undefined);
  const keys = items.map((item) => String(item[trackBy])).join('\u0000');
  useEffect(() => {
    if (!report || keys === lastKeys.current) return;
    lastKeys.current = keys;
    report(items);
  }, [items, keys, report]);
}
