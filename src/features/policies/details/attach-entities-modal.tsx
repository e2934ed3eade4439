import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Multiselect, { type MultiselectProps } from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { formatIamError } from '../../../api/iam-error';
import { useAttachPolicyToEntities } from '../../../api/policies/attach-policy-entities';
import type { PolicyEntity } from '../../../api/policies/policy-entities-query';
import { useFlash } from '../../../stores/flash-store';
import { entitiesCountText, entityErrorText } from './entity-error-text';
import { useAttachableEntities } from './use-attachable-entities';

interface AttachEntitiesModalProps {
  visible: boolean;
  policyArn: string;
  policyName: string;
  attached: readonly PolicyEntity[];
  onDismiss: () => void;
}

/** Attach the policy to groups and users it is not attached to yet. */
export function AttachEntitiesModal({ visible, policyArn, policyName, attached, onDismiss }: AttachEntitiesModalProps) {
  const attachable = useAttachableEntities(attached, visible);
  const attach = useAttachPolicyToEntities();
  const flash = useFlash();
  const [selected, setSelected] = useState<readonly MultiselectProps.Option[]>([]);
  const [failures, setFailures] = useState<string[]>([]);

  const close = () => {
    setSelected([]);
    setFailures([]);
    onDismiss();
  };

  const submit = () => {
    const entities = selected.map((option) => attachable.byKey.get(option.value!)).filter((e): e is PolicyEntity => !!e);
    setFailures([]);
    attach.mutate(
      { policyArn, entities },
      {
        onSuccess: ({ succeeded, failed }) => {
          if (succeeded.length > 0) {
            flash({ type: 'success', content: `Policy ${policyName} attached to ${entitiesCountText(succeeded.length)}.` });
          }
          if (failed.length === 0) return close();
          // Keep only what failed selected, so fixing the cause and retrying is one click.
          const failedKeys = new Set(failed.map(({ entity }) => entity.key));
          setSelected((current) => current.filter((option) => failedKeys.has(option.value!)));
          setFailures(failed.map(({ entity, error }) => entityErrorText(entity, error)));
        },
      },
    );
  };

  return (
    <Modal
      visible={visible}
      onDismiss={close}
      closeAriaLabel="Close dialog"
      header={`Attach ${policyName}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={close}>
              Cancel
            </Button>
            <Button variant="primary" disabled={selected.length === 0} loading={attach.isPending} onClick={submit}>
              Attach policy
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField
          label="User groups and users"
          description="Choose the groups and users to attach this policy to. A group or user can have up to 10 managed policies attached."
          errorText={attachable.error ? formatIamError(attachable.error) : undefined}
        >
          <Multiselect
            selectedOptions={selected}
            onChange={(event) => setSelected(event.detail.selectedOptions)}
            options={attachable.options}
            statusType={attachable.loading ? 'loading' : 'finished'}
            loadingText="Loading groups and users"
            filteringType="auto"
            placeholder="Choose groups and users"
            empty="Every group and user already has this policy."
            tokenLimit={5}
          />
        </FormField>
        {failures.length > 0 && (
          <Alert type="error" header="Some entities could not be attached">
            <SpaceBetween size="xxs">
              {failures.map((text) => (
                <Box key={text}>{text}</Box>
              ))}
            </SpaceBetween>
          </Alert>
        )}
      </SpaceBetween>
    </Modal>
  );
}
