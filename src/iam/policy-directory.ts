/**
 * Every managed policy the account can see (AWS managed from the catalog,
 * customer managed from the state) and who uses each: the reverse index
 * policy ARN → attached groups and users. It makes AttachmentCount,
 * ListEntitiesForPolicy, DeletePolicy's conflict check and ListPolicies'
 * OnlyAttached cost O(1) or O(page) instead of a scan of every group and user.
 * Not persisted: rebuilt from the state when an engine starts.
 */
import { awsPolicyIndexOf, policySortKey, type AwsPolicyEntry, type AwsPolicyIndex } from './aws-policy-index';
import { filterKeys, mergeSorted } from './key-streams';
import { PathIndexedKeys } from './path-index';
import { SortedKeys } from './sorted-keys';
import type { CustomerPolicyRecord, IamState, PolicyCatalog } from './types';

export type PolicyScope = 'aws' | 'local';
export type EntityKind = 'groups' | 'users';

export interface PolicyUses {
  readonly groups: SortedKeys;
  readonly users: SortedKeys;
}

export interface PolicyListQuery {
  scopes: readonly PolicyScope[];
  onlyAttached: boolean;
  pathPrefix?: string;
}

/** policy ARN → keys of the groups and users it is attached to, read from the persisted records */
function collectUses(state: IamState): Map<string, Record<EntityKind, string[]>> {
  const uses = new Map<string, Record<EntityKind, string[]>>();
  for (const kind of ['groups', 'users'] as const) {
    for (const [key, record] of Object.entries(state[kind])) {
      for (const arn of record.attachedPolicies) {
        let entry = uses.get(arn);
        if (!entry) uses.set(arn, (entry = { groups: [], users: [] }));
        entry[kind].push(key);
      }
    }
  }
  return uses;
}

export class PolicyDirectory {
  private readonly aws: AwsPolicyIndex;
  private readonly local: PathIndexedKeys;
  /** customer policies by list sort key (the name, lower-cased) → ARN */
  private readonly localArnBySortKey = new Map<string, string>();
  private readonly uses = new Map<string, PolicyUses>();
  private readonly attached: Record<PolicyScope, SortedKeys>;
  private attachments = 0;

  /** indexes the state's policies and attachments, sorting each list once */
  constructor(
    catalog: PolicyCatalog,
    private readonly state: IamState,
  ) {
    this.aws = awsPolicyIndexOf(catalog);
    const locals = Object.values(state.policies);
    for (const record of locals) this.localArnBySortKey.set(policySortKey(record.PolicyName, 'local'), record.Arn);
    this.local = new PathIndexedKeys(locals.map((r) => [policySortKey(r.PolicyName, 'local'), r.Path] as const));
    const attached: Record<PolicyScope, string[]> = { aws: [], local: [] };
    for (const [arn, entry] of collectUses(state)) {
      this.uses.set(arn, { groups: new SortedKeys(entry.groups), users: new SortedKeys(entry.users) });
      this.attachments += entry.groups.length + entry.users.length;
      const scope = this.scopeOf(arn);
      if (scope) attached[scope].push(this.sortKeyOf(arn)!);
    }
    this.attached = { aws: new SortedKeys(attached.aws), local: new SortedKeys(attached.local) };
  }

  awsPolicy(arn: string): AwsPolicyEntry | undefined {
    return this.aws.byArn.get(arn);
  }

  localPolicy(arn: string): CustomerPolicyRecord | undefined {
    return Object.hasOwn(this.state.policies, arn) ? this.state.policies[arn] : undefined;
  }

  exists(arn: string): boolean {
    return this.aws.byArn.has(arn) || this.localPolicy(arn) !== undefined;
  }

  /** the ARN of the customer policy called `name` (any case), if any */
  localArnNamed(name: string): string | undefined {
    return this.localArnBySortKey.get(policySortKey(name, 'local'));
  }

  get localCount(): number {
    return this.local.size;
  }

  /** managed policy attachments across all groups and users */
  get attachmentTotal(): number {
    return this.attachments;
  }

  addLocal(record: CustomerPolicyRecord): void {
    const sortKey = policySortKey(record.PolicyName, 'local');
    this.local.add(sortKey, record.Path);
    this.localArnBySortKey.set(sortKey, record.Arn);
  }

  removeLocal(record: CustomerPolicyRecord): void {
    const sortKey = policySortKey(record.PolicyName, 'local');
    this.local.remove(sortKey);
    this.localArnBySortKey.delete(sortKey);
    this.uses.delete(record.Arn);
  }

  usesOf(arn: string): PolicyUses | undefined {
    return this.uses.get(arn);
  }

  attachmentCount(arn: string): number {
    const uses = this.uses.get(arn);
    return uses ? uses.groups.size + uses.users.size : 0;
  }

  attach(arn: string, kind: EntityKind, entityKey: string): void {
    let uses = this.uses.get(arn);
    if (!uses) this.uses.set(arn, (uses = { groups: new SortedKeys(), users: new SortedKeys() }));
    if (!uses[kind].insert(entityKey)) return;
    this.attachments++;
    if (uses.groups.size + uses.users.size === 1) this.attachedList(arn)?.insert(this.sortKeyOf(arn)!);
  }

  detach(arn: string, kind: EntityKind, entityKey: string): void {
    const uses = this.uses.get(arn);
    if (!uses || !uses[kind].remove(entityKey)) return;
    this.attachments--;
    if (uses.groups.size + uses.users.size === 0) {
      this.uses.delete(arn);
      this.attachedList(arn)?.remove(this.sortKeyOf(arn)!);
    }
  }

  /** a group or user was renamed: its attachments follow it */
  rekey(arns: readonly string[], kind: EntityKind, oldKey: string, newKey: string): void {
    for (const arn of arns) {
      const uses = this.uses.get(arn);
      if (uses?.[kind].remove(oldKey)) uses[kind].insert(newKey);
    }
  }

  private scopeOf(arn: string): PolicyScope | undefined {
    if (this.aws.byArn.has(arn)) return 'aws';
    return this.localPolicy(arn) ? 'local' : undefined;
  }

  private sortKeyOf(arn: string): string | undefined {
    const aws = this.aws.byArn.get(arn);
    if (aws) return aws.sortKey;
    const local = this.localPolicy(arn);
    return local && policySortKey(local.PolicyName, 'local');
  }

  private attachedList(arn: string): SortedKeys | undefined {
    const scope = this.scopeOf(arn);
    return scope && this.attached[scope];
  }

  arnOfSortKey(sortKey: string): string | undefined {
    return this.aws.bySortKey.get(sortKey)?.arn ?? this.localArnBySortKey.get(sortKey);
  }

  /** list sort keys after `after`, for ListPolicies */
  sortKeysFrom(after: string | undefined, query: PolicyListQuery): Iterable<string> {
    const streams = query.scopes.map((scope) => {
      const keys = scope === 'aws' ? this.aws.keys : this.local;
      if (!query.onlyAttached) return keys.keysFrom(after, query.pathPrefix);
      const attached = this.attached[scope].from(after);
      const prefix = query.pathPrefix;
      // Only attached policies are walked here, a small part of the catalog in practice.
      return prefix && prefix !== '/' ? filterKeys(attached, (key) => keys.pathOf(key)!.startsWith(prefix)) : attached;
    });
    return mergeSorted(streams);
  }
}
