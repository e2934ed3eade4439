/**
 * The one error type the engine throws. It carries what the Query protocol needs
 * to answer exactly as IAM does: the AWS error code, the HTTP status and the
 * `Type` (Sender for caller mistakes, Receiver for service faults). Messages are
 * AWS's own wording (see shared/reference/iam-behaviour.md); UI code may show them.
 */
export type IamErrorType = 'Sender' | 'Receiver';

export class IamError extends Error {
  readonly code: string;
  readonly httpStatus: number;
  readonly type: IamErrorType;

  constructor(code: string, message: string, httpStatus: number, type: IamErrorType = 'Sender') {
    super(message);
    this.name = 'IamError';
    this.code = code;
    this.httpStatus = httpStatus;
    this.type = type;
  }
}

export function isIamError(error: unknown): error is IamError {
  return error instanceof IamError;
}

export type EntityKind = 'Group' | 'User' | 'Policy';

export const noSuchGroup = (name: string) =>
  new IamError('NoSuchEntity', `The group with name ${name} cannot be found.`, 404);

export const noSuchUser = (name: string) =>
  new IamError('NoSuchEntity', `The user with name ${name} cannot be found.`, 404);

export const noSuchGroupPolicy = (policyName: string) =>
  new IamError('NoSuchEntity', `The group policy with name ${policyName} cannot be found.`, 404);

export const noSuchUserPolicy = (policyName: string) =>
  new IamError('NoSuchEntity', `The user policy with name ${policyName} cannot be found.`, 404);

/** attach of a well-formed ARN that names no policy (real IAM puts the ARN in the message) */
export const policyNotAttachable = (arn: string) =>
  new IamError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`, 404);

/** detach of a policy that is not attached, GetPolicy/DeletePolicy of an unknown ARN */
export const policyNotFound = (arn: string) =>
  new IamError('NoSuchEntity', `Policy ${arn} was not found.`, 404);

export const noSuchPolicyVersion = (arn: string, versionId: string) =>
  new IamError('NoSuchEntity', `Policy ${arn} version ${versionId} does not exist or is not attachable.`, 404);

export function entityAlreadyExists(kind: EntityKind, name: string): IamError {
  const message =
    kind === 'Policy'
      ? `A policy called ${name} already exists. Duplicate names are not allowed.`
      : `${kind} with name ${name} already exists.`;
  return new IamError('EntityAlreadyExists', message, 409);
}

export type DeleteConflictReason = 'groupHasUsers' | 'userInGroups' | 'attachedPolicies' | 'inlinePolicies' | 'policyAttached';

const DELETE_CONFLICT_MESSAGES: Record<DeleteConflictReason, string> = {
  groupHasUsers: 'Cannot delete entity, must remove users from group first.',
  // IAM words the user-side conflict exactly like the group-side one.
  userInGroups: 'Cannot delete entity, must remove users from group first.',
  attachedPolicies: 'Cannot delete entity, must detach all policies first.',
  inlinePolicies: 'Cannot delete entity, must delete policies first.',
  policyAttached: 'Cannot delete a policy attached to entities.',
};

export const deleteConflict = (reason: DeleteConflictReason) =>
  new IamError('DeleteConflict', DELETE_CONFLICT_MESSAGES[reason], 409);

export type QuotaName =
  | 'GroupsPerAccount'
  | 'UsersPerAccount'
  | 'GroupsPerUser'
  | 'PoliciesPerGroup'
  | 'PoliciesPerUser'
  | 'PoliciesPerAccount'
  | 'PolicySize';

export const limitExceeded = (quota: QuotaName, value: number) =>
  new IamError('LimitExceeded', `Cannot exceed quota for ${quota}: ${value}`, 409);

/** the total size of an entity's inline policies is over its quota */
export const inlinePolicySizeExceeded = (kind: 'group' | 'user', name: string, max: number) =>
  new IamError('LimitExceeded', `Maximum policy size of ${max} bytes exceeded for ${kind} ${name}`, 409);

export const validationError = (message: string) => new IamError('ValidationError', message, 400);

export const invalidArn = () => validationError('Invalid ARN:  Could not be parsed!');

export const invalidMarker = () => validationError('Invalid Marker');

export const malformedPolicy = (message: string) => new IamError('MalformedPolicyDocument', message, 400);

export const serviceRolePolicyNotAttachable = (kind: 'Group' | 'User') =>
  new IamError('PolicyNotAttachable', `Cannot attach a Service Role Policy to a ${kind}.`, 400);

/** what IAM answers when the sandbox's (implicit) caller tries to change an AWS managed policy */
export const accessDenied = (accountId: string, action: string, resource: string) =>
  new IamError(
    'AccessDenied',
    `User: arn:aws:iam::${accountId}:user/sandbox-admin is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
    403,
  );

/** for the sandbox's fault injection */
export const throttling = () => new IamError('Throttling', 'Rate exceeded', 400);

export const serviceFailure = () =>
  new IamError(
    'ServiceFailure',
    'The request processing has failed because of an unknown error, exception or failure.',
    500,
    'Receiver',
  );
