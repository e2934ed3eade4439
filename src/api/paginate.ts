/**
 * Follows IAM's Marker/IsTruncated paging to the end. Console tables page on the
 * client (like the real console's), so list queries fetch every page with the
 * largest page size IAM allows.
 */
export async function collectAllPages<Page extends { IsTruncated?: boolean; Marker?: string }, Item>(
  fetchPage: (marker: string | undefined) => Promise<Page>,
  itemsOf: (page: Page) => Item[] | undefined,
): Promise<Item[]> {
  const items: Item[] = [];
  let marker: string | undefined;
  do {
    const page = await fetchPage(marker);
    items.push(...(itemsOf(page) ?? []));
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return items;
}

export const MAX_PAGE_SIZE = 1000;
