/**
 * The AWS managed policies of a catalog, indexed once per metadata list (so a
 * reset or a second engine over the same catalog costs nothing): by ARN, and as
 * list sort keys per path. IDs derive from the ARN, so they never change.
 */
import { awsManagedPolicyArn } from './arn';
import { stableId } from './ids';
import { PathIndexedKeys } from './path-index';
import type { AwsManagedPolicyMeta, PolicyCatalog } from './types';

export interface AwsPolicyEntry {
  readonly meta: AwsManagedPolicyMeta;
  readonly arn: string;
  readonly id: string;
  readonly sortKey: string;
}

export interface AwsPolicyIndex {
  readonly byArn: ReadonlyMap<string, AwsPolicyEntry>;
  readonly bySortKey: ReadonlyMap<string, AwsPolicyEntry>;
  /** sort keys with the policy path (never mutated after build) */
  readonly keys: PathIndexedKeys;
}

/** Lists of policies sort by name ignoring case; an AWS and a customer policy may share a name, so the scope breaks ties. */
export function policySortKey(name: string, scope: 'aws' | 'local'): string {
  return `${name.toLowerCase()}\u0000${scope === 'aws' ? 'a' : 'l'}`;
}

/** keyed by the metadata list: catalogs are built once per session and never change */
const built = new WeakMap<readonly AwsManagedPolicyMeta[], AwsPolicyIndex>();

export function awsPolicyIndexOf(catalog: PolicyCatalog): AwsPolicyIndex {
  let index = built.get(catalog.policies);
  if (index) return index;
  const byArn = new Map<string, AwsPolicyEntry>();
  const bySortKey = new Map<string, AwsPolicyEntry>();
  for (const meta of catalog.policies) {
    const arn = awsManagedPolicyArn(meta.Path, meta.PolicyName);
    const entry = { meta, arn, id: stableId('ANPA', arn), sortKey: policySortKey(meta.PolicyName, 'aws') };
    byArn.set(arn, entry);
    bySortKey.set(entry.sortKey, entry);
  }
  const keys = new PathIndexedKeys([...bySortKey.values()].map((entry) => [entry.sortKey, entry.meta.Path] as const));
  index = { byArn, bySortKey, keys };
  built.set(catalog.policies, index);
  return index;
}
