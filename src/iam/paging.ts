/**
 * IAM paging: `MaxItems` (1–1000, default 100) and an opaque `Marker`; every list
 * answers `IsTruncated`, and `Marker` only when there is more. A marker holds
 * the last key returned (sorted lists) or the count already returned (short
 * lists in attach order), so a page resumes correctly even if entities were
 * added or removed in between.
 */
import {
  checkIntegerRange,
  checkString,
  MARKER_CONSTRAINT,
  MAX_ITEMS_MAX,
  MAX_ITEMS_MIN,
  type Violation,
} from './constraints';
import { invalidMarker } from './errors';
import type { Page, PageInput } from './types';

export const DEFAULT_MAX_ITEMS = 100;

const KEY_TOKEN = 'k:';
const OFFSET_TOKEN = 'o:';

/** MaxItems and Marker constraint violations, to report with the action's other parameters */
export function pageViolations(input: PageInput): Violation[] {
  return [
    ...checkString('marker', input.Marker, MARKER_CONSTRAINT),
    ...checkIntegerRange('maxItems', input.MaxItems, MAX_ITEMS_MIN, MAX_ITEMS_MAX),
  ];
}

function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(marker: string): string {
  try {
    const binary = atob(marker);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    // Only markers this engine made are accepted: anything else is a caller's invention.
    if (toBase64(text) !== marker) throw invalidMarker();
    return text;
  } catch {
    throw invalidMarker();
  }
}

function decode(marker: string | undefined, kind: string): string | undefined {
  if (marker === undefined || marker === null) return undefined;
  const token = fromBase64(marker);
  if (!token.startsWith(kind)) throw invalidMarker();
  return token.slice(kind.length);
}

function maxItemsOf(input: PageInput): number {
  return input.MaxItems === undefined || input.MaxItems === null ? DEFAULT_MAX_ITEMS : Math.trunc(Number(input.MaxItems));
}

function pageEnd(truncated: boolean, markerToken: () => string): Page {
  return truncated ? { IsTruncated: true, Marker: toBase64(markerToken()) } : { IsTruncated: false };
}

/**
 * One page of a sorted key stream. `from(after)` yields keys after the marker's
 * key (all keys for the first page); only MaxItems + 1 keys are pulled.
 */
export function pageOfKeys(
  input: PageInput,
  from: (afterKey: string | undefined) => Iterable<string>,
): { keys: string[]; page: Page } {
  const maxItems = maxItemsOf(input);
  const keys: string[] = [];
  let truncated = false;
  for (const key of from(decode(input.Marker, KEY_TOKEN))) {
    if (keys.length === maxItems) {
      truncated = true;
      break;
    }
    keys.push(key);
  }
  return { keys, page: pageEnd(truncated, () => KEY_TOKEN + keys[keys.length - 1]!) };
}

/** One page of a short list kept in its own order (attached policies, at most 10). */
export function pageOfItems<T>(input: PageInput, items: readonly T[]): { items: T[]; page: Page } {
  const maxItems = maxItemsOf(input);
  const offsetText = decode(input.Marker, OFFSET_TOKEN);
  const offset = offsetText === undefined ? 0 : Number(offsetText);
  if (!Number.isInteger(offset) || offset < 0) throw invalidMarker();
  const end = offset + maxItems;
  const page = items.slice(offset, end);
  return { items: page, page: pageEnd(end < items.length, () => OFFSET_TOKEN + end) };
}
