/** Finding the entities an action names, with IAM's NoSuchEntity errors when they are missing. */
import { isParsableArn } from './arn';
import type { EngineContext } from './engine-context';
import { invalidArn, noSuchGroup, noSuchUser } from './errors';
import { getEntry, nameKey } from './records';
import type { GroupRecord, UserRecord } from './types';

export function findGroup(context: EngineContext, name: string): GroupRecord | undefined {
  return getEntry(context.state.groups, nameKey(name));
}

export function findUser(context: EngineContext, name: string): UserRecord | undefined {
  return getEntry(context.state.users, nameKey(name));
}

export function requireGroup(context: EngineContext, name: string): GroupRecord {
  const group = findGroup(context, name);
  if (!group) throw noSuchGroup(name);
  return group;
}

export function requireUser(context: EngineContext, name: string): UserRecord {
  const user = findUser(context, name);
  if (!user) throw noSuchUser(name);
  return user;
}

/** an ARN IAM cannot parse is a ValidationError, before any lookup */
export function requireParsableArn(arn: string): void {
  if (!isParsableArn(arn)) throw invalidArn();
}

/** callers outside TypeScript (the protocol layer, scripts) may omit the input entirely */
export function given<T extends object>(input: T | undefined | null): T {
  return input ?? ({} as T);
}
