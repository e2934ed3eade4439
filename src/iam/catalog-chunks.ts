/**
 * AWS managed policy documents are split into a fixed number of chunk files so
 * the browser fetches ~100 KB when a document is first needed, not 3 MB at start.
 * The generator and both loaders (browser and Node) agree on the chunk by this hash.
 */
export const DOCUMENT_CHUNK_COUNT = 32;

/** FNV-1a, 32-bit: tiny, stable across runtimes. */
export function documentChunkOf(policyName: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < policyName.length; i++) {
    hash ^= policyName.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % DOCUMENT_CHUNK_COUNT;
}

/** chunk file content: policy name → default version document (JSON text) */
export type DocumentChunk = Record<string, string>;
