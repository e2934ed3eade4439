/**
 * The AWS managed policy catalog for Node (tests, the sandbox server, the benchmark):
 * the same generated files the browser loads, read from disk on first use and cached.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { documentChunkOf, type DocumentChunk } from '../../iam/catalog-chunks';
import type { AwsManagedPolicyMeta, PolicyCatalog } from '../../iam/types';
import { policyNameOfArn } from './policy-name-of-arn';

export interface NodeCatalogOptions {
  /** the generated metadata file (default: src/generated/aws-managed-policies.json) */
  metadataFile?: string;
  /** the folder of document chunks (default: public/catalog/documents) */
  documentsDir?: string;
}

const DEFAULT_METADATA = fileURLToPath(new URL('../../generated/aws-managed-policies.json', import.meta.url));
const DEFAULT_DOCUMENTS = fileURLToPath(new URL('../../../public/catalog/documents', import.meta.url));

export function createNodeCatalog(options: NodeCatalogOptions = {}): PolicyCatalog {
  const metadataFile = options.metadataFile ?? DEFAULT_METADATA;
  const documentsDir = options.documentsDir ?? DEFAULT_DOCUMENTS;
  let policies: readonly AwsManagedPolicyMeta[] | undefined;
  const chunks = new Map<number, Promise<DocumentChunk>>();

  const chunk = (index: number): Promise<DocumentChunk> => {
    let pending = chunks.get(index);
    if (!pending) {
      pending = readFile(`${documentsDir}/${index}.json`, 'utf8').then((text) => JSON.parse(text) as DocumentChunk);
      // A failed read is not cached: the next call tries again.
      pending.catch(() => chunks.delete(index));
      chunks.set(index, pending);
    }
    return pending;
  };

  return {
    get policies() {
      policies ??= JSON.parse(readFileSync(metadataFile, 'utf8')) as AwsManagedPolicyMeta[];
      return policies;
    },
    async loadDocument(arn) {
      const name = policyNameOfArn(arn);
      const document = (await chunk(documentChunkOf(name)))[name];
      if (document === undefined) throw new Error(`No document in the AWS managed policy catalog for ${arn}`);
      return document;
    },
  };
}
