/** Both catalog loaders read the generated files the same way: metadata at once, documents by chunk. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createBrowserCatalog } from '../../src/mocks/catalog/browser-catalog';
import { createNodeCatalog } from '../../src/mocks/catalog/node-catalog';

const S3_READ_ONLY = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

afterEach(() => vi.unstubAllGlobals());

describe('the AWS managed policy catalog', () => {
  it('in Node, lists every policy and loads a document from its chunk file', async () => {
    const catalog = createNodeCatalog();
    expect(catalog.policies.length).toBeGreaterThan(1500);
    expect(catalog.policies.find((policy) => policy.PolicyName === 'ViewOnlyAccess')?.Path).toBe('/job-function/');
    const document = JSON.parse(await catalog.loadDocument(S3_READ_ONLY)) as { Version: string };
    expect(document.Version).toBe('2012-10-17');
    await expect(catalog.loadDocument('arn:aws:iam::aws:policy/NoSuchPolicy')).rejects.toThrow('NoSuchPolicy');
  });

  it('in the browser, fetches each document chunk once from the app’s base URL', async () => {
    const fetchChunk = vi.fn(async (url: string) => {
      const file = new URL(`../../public/${url.replace(/^\//, '')}`, import.meta.url);
      return new Response(readFileSync(file, 'utf8'));
    });
    vi.stubGlobal('fetch', fetchChunk);
    const catalog = await createBrowserCatalog();
    expect(catalog.policies.length).toBe(createNodeCatalog().policies.length);
    const first = await catalog.loadDocument(S3_READ_ONLY);
    const again = await catalog.loadDocument(S3_READ_ONLY);
    expect(again).toBe(first);
    expect(fetchChunk).toHaveBeenCalledOnce();
    expect(fetchChunk.mock.calls[0]![0]).toMatch(/^\/catalog\/documents\/\d+\.json$/);
  });
});
