import { expect } from 'vitest';

export interface ExpectedIamError {
  /** the SDK's exception name: `EntityAlreadyExistsException`, or the code for unmodelled errors */
  name: string;
  message: string;
  status: number;
}

/** Asserts what an SDK caller sees of a failed call: exception name, message and HTTP status. */
export async function expectIamError(call: Promise<unknown>, expected: ExpectedIamError): Promise<void> {
  const error: unknown = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, 'the call should have failed').toBeInstanceOf(Error);
  const failure = error as Error & { $metadata?: { httpStatusCode?: number } };
  expect({ name: failure.name, message: failure.message, status: failure.$metadata?.httpStatusCode }).toEqual(expected);
}
