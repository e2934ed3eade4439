import { formatIamError } from '../../../api/iam-error';
import { useDeleteUsers } from '../../../api/users/delete-users';
import { useFlash } from '../../../stores/flash-store';

/** Deletes users the console's way and reports each outcome as a flash. */
export function useDeleteUsersAction() {
  const mutation = useDeleteUsers();
  const flash = useFlash();

  async function deleteUsers(userNames: string[]): Promise<string[]> {
    const progressId = flash({
      type: 'in-progress',
      loading: true,
      content: userNames.length === 1 ? `Deleting user ${userNames[0]}…` : `Deleting ${userNames.length} users…`,
    });
    try {
      const outcomes = await mutation.mutateAsync(userNames);
      const deleted = outcomes.filter((outcome) => !outcome.failure).map((outcome) => outcome.userName);
      if (deleted.length > 0) {
        flash({
          id: progressId,
          type: 'success',
          content: deleted.length === 1 ? `User ${deleted[0]} deleted.` : `${deleted.length} users deleted: ${deleted.join(', ')}.`,
        });
      }
      // The progress flash becomes the first result; every other result gets its own flash.
      let replaceId = deleted.length === 0 ? progressId : undefined;
      for (const { userName, failure } of outcomes) {
        if (!failure) continue;
        flash({
          id: replaceId,
          type: 'error',
          header: `Could not delete user ${userName}`,
          content: `${failure.action} failed: ${failure.error.message} (${failure.error.code})`,
        });
        replaceId = undefined;
      }
      return deleted;
    } catch (error) {
      flash({ id: progressId, type: 'error', header: 'Could not delete users', content: formatIamError(error) });
      return [];
    }
  }

  return { deleteUsers, deleting: mutation.isPending };
}
