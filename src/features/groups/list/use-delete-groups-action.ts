import { useDeleteGroups, type DeleteGroupResult } from '../../../api/groups/delete-groups';
import { useFlash } from '../../../stores/flash-store';
import { deleteFailureFlash } from './delete-failure-flash';

const FLASH_ID = 'delete-user-groups';

function successText(deleted: string[]): string {
  return deleted.length === 1 ? `${deleted[0]} user group deleted.` : `${deleted.length} user groups deleted.`;
}

/** Runs the console's delete and tells the learner how it went: in progress, success, or what failed and why. */
export function useDeleteGroupsAction() {
  const flash = useFlash();
  const mutation = useDeleteGroups();

  const deleteGroups = (groupNames: string[]) => {
    const what = groupNames.length === 1 ? groupNames[0] : `${groupNames.length} user groups`;
    flash({ id: FLASH_ID, type: 'in-progress', loading: true, content: `Deleting ${what}…` });
    mutation.mutate(groupNames, {
      onSuccess: (results: DeleteGroupResult[]) => {
        const deleted = results.filter((r) => r.deleted).map((r) => r.groupName);
        const failed = results.flatMap((r) => (r.deleted ? [] : [r]));
        if (failed.length === 0) flash({ id: FLASH_ID, type: 'success', content: successText(deleted) });
        else flash({ id: FLASH_ID, ...deleteFailureFlash(failed, deleted) });
      },
    });
  };

  return { deleteGroups, deleting: mutation.isPending };
}
