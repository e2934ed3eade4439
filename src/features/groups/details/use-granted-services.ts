import { useQueries, useQuery } from '@tanstack/react-query';
import { groupInlinePolicyQuery } from '../../../api/groups/group-policies';
import { groupPoliciesQuery } from '../../../api/groups/group-queries';
import { policyDocumentQuery, policyQuery } from '../../../api/policies/policy-queries';

/** A service namespace the group's policies allow actions in, and the policies that allow them. */
export interface GrantedService {
  namespace: string;
  policies: string[];
}

/** Action prefixes (`s3` of `s3:GetObject`) of the Allow statements; `*` for a wildcard action or NotAction. */
export function allowedNamespaces(document: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return [];
  }
  const statement = (parsed as { Statement?: unknown })?.Statement;
  const statements = (Array.isArray(statement) ? statement : [statement]) as Array<Record<string, unknown> | undefined>;
  const namespaces = new Set<string>();
  for (const s of statements) {
    if (s?.Effect !== 'Allow') continue;
    if (s.NotAction !== undefined) namespaces.add('*');
    const actions = ([] as unknown[]).concat(s.Action ?? []);
    for (const action of actions) {
      if (typeof action === 'string') namespaces.add(action === '*' ? '*' : action.split(':')[0].toLowerCase());
    }
  }
  return [...namespaces];
}

/** The services the group's managed and inline policies grant, read from the documents themselves. */
export function useGrantedServices(groupName: string) {
  const policies = useQuery(groupPoliciesQuery(groupName));
  const attached = policies.data?.attached ?? [];
  const inline = policies.data?.inline ?? [];
  const metas = useQueries({ queries: attached.map((policy) => policyQuery(policy.PolicyArn!)) });
  const managedDocs = useQueries({
    queries: attached.map((policy, index) => ({
      ...policyDocumentQuery(policy.PolicyArn!, metas[index]?.data?.DefaultVersionId ?? ''),
      enabled: Boolean(metas[index]?.data?.DefaultVersionId),
    })),
  });
  const inlineDocs = useQueries({ queries: inline.map((name) => groupInlinePolicyQuery(groupName, name)) });

  const documents = [
    ...attached.map((policy, index) => ({ policy: policy.PolicyName!, result: managedDocs[index] })),
    ...inline.map((name, index) => ({ policy: name, result: inlineDocs[index] })),
  ];
  const failed = [policies, ...metas, ...managedDocs, ...inlineDocs].find((result) => result.isError)?.error;
  const loading = policies.isPending || metas.some((m) => m.isPending) || documents.some((d) => !d.result?.data);
  const byNamespace = new Map<string, Set<string>>();
  for (const { policy, result } of documents) {
    for (const namespace of allowedNamespaces(result?.data ?? '')) {
      byNamespace.set(namespace, (byNamespace.get(namespace) ?? new Set()).add(policy));
    }
  }
  const services: GrantedService[] = [...byNamespace]
    .map(([namespace, names]) => ({ namespace, policies: [...names] }))
    .sort((a, b) => a.namespace.localeCompare(b.namespace));
  return { services, loading: loading && !failed, error: failed };
}
