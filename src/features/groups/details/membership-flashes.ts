import type { MembershipResult } from '../../../api/groups/group-membership';
import type { Flash } from '../../../stores/flash-store';

type FlashInput = Omit<Flash, 'id'>;

/**
 * The flashes after adding users to (or removing them from) a group: one success
 * flash for everyone it reached, one error flash per user it did not, with AWS's words.
 */
export function membershipFlashes(result: MembershipResult, groupName: string, change: 'add' | 'remove'): FlashInput[] {
  const flashes: FlashInput[] = [];
  const count = result.succeeded.length;
  if (count > 0) {
    const who = count === 1 ? 'User' : `${count} users`;
    flashes.push({
      type: 'success',
      content: change === 'add' ? `${who} added to group ${groupName}` : `${who} removed from group ${groupName}`,
    });
  }
  for (const { userName, error } of result.failed) {
    flashes.push({
      type: 'error',
      header:
        change === 'add'
          ? `${userName} was not added to group ${groupName}`
          : `${userName} was not removed from group ${groupName}`,
      content: `${error.message} (${error.code})`,
    });
  }
  return flashes;
}
