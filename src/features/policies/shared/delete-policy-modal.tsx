import Box from '@cloudscape-design/components/box';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeIamError, formatIamError } from '../../../api/iam-error';
import { useDeletePolicy } from '../../../api/policies/delete-policy';
import { policyEntitiesQuery } from '../../../api/policies/policy-entities-query';
import { TypedDeleteModal } from '../../../components/typed-delete-modal';
import { useFlash } from '../../../stores/flash-store';
import { policyNameOf } from './policy-name';

interface DeletePolicyModalProps {
  /** the customer managed policy to delete; the modal is closed while undefined */
  policyArn: string | undefined;
  onDismiss: () => void;
  onDeleted: () => void;
}

function entitiesText(count: number): string {
  return count === 1 ? '1 entity' : `${count} entities`;
}

/**
 * Typed-consent delete of a customer managed policy. IAM refuses while the policy is
 * attached (DeleteConflict); the modal then says how many entities to detach it from.
 */
export function DeletePolicyModal({ policyArn, onDismiss, onDeleted }: DeletePolicyModalProps) {
  const name = policyNameOf(policyArn ?? '');
  const deletePolicy = useDeletePolicy();
  const queryClient = useQueryClient();
  const flash = useFlash();
  const [errorText, setErrorText] = useState<string>();

  const explain = async (arn: string, error: unknown) => {
    const { code, message } = describeIamError(error);
    if (code !== 'DeleteConflict') return formatIamError(error);
    const entities = await queryClient.fetchQuery({ ...policyEntitiesQuery(arn), staleTime: 0 }).catch(() => undefined);
    const count = entities ? `${entitiesText(entities.length)}` : 'one or more entities';
    return `This policy is attached to ${count}. Detach it from every group and user first. (${code}: ${message})`;
  };

  const confirm = () => {
    if (!policyArn) return;
    setErrorText(undefined);
    deletePolicy.mutate(policyArn, {
      onSuccess: () => {
        flash({ type: 'success', content: `Policy ${name} deleted.` });
        onDeleted();
      },
      onError: async (error) => setErrorText(await explain(policyArn, error)),
    });
  };

  return (
    <TypedDeleteModal
      visible={Boolean(policyArn)}
      header={`Delete ${name}?`}
      confirmationText={name}
      deleting={deletePolicy.isPending}
      errorText={errorText}
      onDismiss={() => {
        setErrorText(undefined);
        onDismiss();
      }}
      onConfirm={confirm}
    >
      <Box variant="p">
        Permanently delete the customer managed policy <b>{name}</b>? You can&apos;t undo this. IAM refuses to delete a
        policy that is still attached to a group or user.
      </Box>
    </TypedDeleteModal>
  );
}
