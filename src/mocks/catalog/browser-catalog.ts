/**
 * The AWS managed policy catalog in the browser: metadata (~1,600 entries) is a lazy
 * bundle chunk loaded at start; documents (~3 MB in all) come from static chunk files,
 * fetched only when a policy's JSON is first shown.
 */
import { documentChunkOf, type DocumentChunk } from '../../iam/catalog-chunks';
import type { AwsManagedPolicyMeta, PolicyCatalog } from '../../iam/types';
import { policyNameOfArn } from './policy-name-of-arn';

export async function createBrowserCatalog(): Promise<PolicyCatalog> {
  const module = await import('../../generated/aws-managed-policies.json');
  const policies = module.default as AwsManagedPolicyMeta[];
  const chunks = new Map<number, Promise<DocumentChunk>>();

  const chunk = (index: number): Promise<DocumentChunk> => {
    let pending = chunks.get(index);
    if (!pending) {
      pending = fetchChunk(index);
      // A failed fetch (offline, a deploy in between) is not cached: the next call retries.
      pending.catch(() => chunks.delete(index));
      chunks.set(index, pending);
    }
    return pending;
  };

  return {
    policies,
    async loadDocument(arn) {
      const name = policyNameOfArn(arn);
      const document = (await chunk(documentChunkOf(name)))[name];
      if (document === undefined) throw new Error(`No document in the AWS managed policy catalog for ${arn}`);
      return document;
    },
  };
}

async function fetchChunk(index: number): Promise<DocumentChunk> {
  const url = `${import.meta.env.BASE_URL}catalog/documents/${index}.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as DocumentChunk;
}
