/**
 * Shapes of the IAM engine. Inputs and outputs mirror the IAM API (and so the
 * `@aws-sdk/client-iam` types) field for field, in the API's key order, so the
 * protocol layer can serialise an output without knowing the action. Dates are
 * ISO strings with whole seconds (`2026-06-15T10:42:11Z`), as IAM sends them.
 */

export type IsoDate = string;

export interface Group {
  Path: string;
  GroupName: string;
  GroupId: string;
  Arn: string;
  CreateDate: IsoDate;
}

export interface User {
  Path: string;
  UserName: string;
  UserId: string;
  Arn: string;
  CreateDate: IsoDate;
}

export interface AttachedPolicy {
  PolicyName: string;
  PolicyArn: string;
}

export interface ManagedPolicy {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  AttachmentCount: number;
  PermissionsBoundaryUsageCount: number;
  IsAttachable: boolean;
  Description?: string;
  CreateDate: IsoDate;
  UpdateDate: IsoDate;
}

export interface PolicyVersion {
  Document: string;
  VersionId: string;
  IsDefaultVersion: boolean;
  CreateDate: IsoDate;
}

/** Every list output carries these, as IAM's do. */
export interface Page {
  IsTruncated: boolean;
  Marker?: string;
}

export interface PageInput {
  MaxItems?: number;
  Marker?: string;
}

/** Persisted records: plain JSON, keyed by the lower-cased name (IAM names are case-insensitive). */
export interface UserRecord extends User {
  /** lower-cased group names, in the order the user joined them */
  groups: string[];
  attachedPolicies: string[];
  inlinePolicies: Record<string, InlinePolicyRecord>;
}

export interface GroupRecord extends Group {
  /** lower-cased user names, in the order they were added */
  users: string[];
  attachedPolicies: string[];
  inlinePolicies: Record<string, InlinePolicyRecord>;
}

export interface InlinePolicyRecord {
  PolicyName: string;
  PolicyDocument: string;
}

export interface CustomerPolicyRecord {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  Description?: string;
  CreateDate: IsoDate;
  UpdateDate: IsoDate;
  versions: PolicyVersion[];
}

/** The whole account. JSON-serialisable; persistence stores exactly this. */
export interface IamState {
  schemaVersion: 1;
  accountId: string;
  users: Record<string, UserRecord>;
  groups: Record<string, GroupRecord>;
  /** customer managed policies, keyed by ARN */
  policies: Record<string, CustomerPolicyRecord>;
}

/** One AWS managed policy of the catalog, without its document (loaded lazily). */
export interface AwsManagedPolicyMeta {
  PolicyName: string;
  Path: string;
  DefaultVersionId: string;
  CreateDate: IsoDate;
  UpdateDate: IsoDate;
  /** a short summary derived from the document ("Full access to all services"), never AWS prose */
  Summary: string;
}

/** The AWS managed policy catalog: metadata at hand, documents fetched on demand. */
export interface PolicyCatalog {
  readonly policies: readonly AwsManagedPolicyMeta[];
  /** the default version's document (JSON text) for an AWS managed policy ARN */
  loadDocument(arn: string): Promise<string>;
}

export interface EngineOptions {
  state: IamState;
  catalog: PolicyCatalog;
  /** the engine's only source of time */
  now: () => Date;
  /** returns `prefix` + 17 characters of [A-Z0-9] */
  newId: (prefix: 'AGPA' | 'AIDA' | 'ANPA') => string;
}
