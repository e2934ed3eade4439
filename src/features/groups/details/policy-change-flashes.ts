import type { GroupPolicyRef, PolicyChangeResult } from '../../../api/groups/group-policies';
import type { Flash } from '../../../stores/flash-store';

type FlashInput = Omit<Flash, 'id'>;

function keyOf(ref: GroupPolicyRef | string): string {
  if (typeof ref === 'string') return ref;
  return ref.kind === 'managed' ? ref.policyArn : ref.policyName;
}

/**
 * The flashes after attaching policies to (or removing them from) a group: one success
 * flash for all that worked, one error flash per policy IAM refused, with AWS's words.
 * `nameOf` maps an ARN (or inline name) to the name the learner saw.
 */
export function policyChangeFlashes<Ref extends GroupPolicyRef | string>(
  result: PolicyChangeResult<Ref>,
  groupName: string,
  change: 'attach' | 'remove',
  nameOf: Map<string, string>,
): FlashInput[] {
  const flashes: FlashInput[] = [];
  const count = result.succeeded.length;
  if (count > 0) {
    const what = count === 1 ? 'Policy' : `${count} policies`;
    const verb = change === 'attach' ? 'attached to' : 'removed from';
    flashes.push({ type: 'success', content: `${what} ${verb} group ${groupName}` });
  }
  for (const { ref, error } of result.failed) {
    const name = nameOf.get(keyOf(ref)) ?? keyOf(ref);
    flashes.push({
      type: 'error',
      header: `${name} was not ${change === 'attach' ? 'attached to' : 'removed from'} group ${groupName}`,
      content: `${error.message} (${error.code})`,
    });
  }
  return flashes;
}
