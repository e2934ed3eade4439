import {
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  DetachGroupPolicyCommand,
  DetachUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { iamKeys } from '../query-keys';
import type { PolicyEntity } from './policy-entities-query';

export interface EntityFailure {
  entity: PolicyEntity;
  error: unknown;
}

/** Each entity is its own IAM call, so some may succeed while others fail (e.g. a quota). */
export interface EntitiesOutcome {
  succeeded: PolicyEntity[];
  failed: EntityFailure[];
}

interface EntitiesInput {
  policyArn: string;
  entities: PolicyEntity[];
}

function send(policyArn: string, entity: PolicyEntity, mode: 'attach' | 'detach') {
  if (entity.type === 'Group') {
    const input = { GroupName: entity.name, PolicyArn: policyArn };
    return iamClient.send(mode === 'attach' ? new AttachGroupPolicyCommand(input) : new DetachGroupPolicyCommand(input));
  }
  const input = { UserName: entity.name, PolicyArn: policyArn };
  return iamClient.send(mode === 'attach' ? new AttachUserPolicyCommand(input) : new DetachUserPolicyCommand(input));
}

async function applyToEntities({ policyArn, entities }: EntitiesInput, mode: 'attach' | 'detach'): Promise<EntitiesOutcome> {
  const outcome: EntitiesOutcome = { succeeded: [], failed: [] };
  // One at a time, so a failure names its entity and later calls still run.
  for (const entity of entities) {
    try {
      await send(policyArn, entity, mode);
      outcome.succeeded.push(entity);
    } catch (error) {
      outcome.failed.push({ entity, error });
    }
  }
  return outcome;
}

async function invalidateTouched(queryClient: QueryClient, { policyArn, entities }: EntitiesInput) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: iamKeys.policy(policyArn) }),
    queryClient.invalidateQueries({ queryKey: iamKeys.policyList() }),
    ...entities.map((entity) =>
      queryClient.invalidateQueries({
        queryKey: entity.type === 'Group' ? iamKeys.group(entity.name) : iamKeys.user(entity.name),
      }),
    ),
  ]);
}

/** AttachGroupPolicy / AttachUserPolicy for each chosen entity. */
export function useAttachPolicyToEntities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EntitiesInput) => applyToEntities(input, 'attach'),
    onSettled: (_outcome, _error, input) => invalidateTouched(queryClient, input),
  });
}

/** DetachGroupPolicy / DetachUserPolicy for each chosen entity. */
export function useDetachPolicyFromEntities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EntitiesInput) => applyToEntities(input, 'detach'),
    onSettled: (_outcome, _error, input) => invalidateTouched(queryClient, input),
  });
}
