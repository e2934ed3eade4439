/**
 * Turns whatever the SDK threw into words for a learner plus the AWS error code,
 * so every page reports API failures the same way.
 */
export interface DescribedIamError {
  code: string;
  message: string;
  status?: number;
}

export function describeIamError(error: unknown): DescribedIamError {
  if (error && typeof error === 'object') {
    const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const code = e.name && e.name !== 'Error' ? e.name.replace(/Exception$/, '') : 'UnknownError';
    const message = e.message || 'The request failed.';
    return { code, message, status: e.$metadata?.httpStatusCode };
  }
  return { code: 'UnknownError', message: String(error) };
}

/** "Group with name X already exists. (EntityAlreadyExists)" */
export function formatIamError(error: unknown): string {
  const { code, message } = describeIamError(error);
  return `${message} (${code})`;
}

export function isIamErrorCode(error: unknown, code: string): boolean {
  return describeIamError(error).code === code;
}
