/**
 * Errors the protocol layer raises before the engine sees a request. They are the
 * engine's IamError, so every path to the client serialises them the same way.
 */
import { IamError } from '../iam/errors';

export const invalidAction = (message: string) => new IamError('InvalidAction', message, 400);

export { validationError } from '../iam/errors';
