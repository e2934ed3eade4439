import Box from '@cloudscape-design/components/box';
import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import type { DeleteGroupResult } from '../../../api/groups/delete-groups';

type Failed = Extract<DeleteGroupResult, { deleted: false }>;

/** The error flash after a delete: each group that failed with IAM's reason, and the groups that were deleted. */
export function deleteFailureFlash(failed: Failed[], deleted: string[]): Pick<FlashbarProps.MessageDefinition, 'type' | 'header' | 'content'> {
  return {
    type: 'error',
    header:
      failed.length === 1
        ? `Could not delete user group ${failed[0].groupName}.`
        : `Could not delete ${failed.length} user groups.`,
    content: (
      <>
        <ul>
          {failed.map(({ groupName, error, emptied }) => (
            <li key={groupName}>
              <b>{groupName}</b>: {error.message} ({error.code})
              {emptied && ' Its users had already been removed and its policies detached or deleted.'}
            </li>
          ))}
        </ul>
        <Box variant="p" color="inherit">
          {deleted.length === 0
            ? 'No user groups were deleted.'
            : `Deleted: ${deleted.join(', ')}.`}
        </Box>
      </>
    ),
  };
}
