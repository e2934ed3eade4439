/**
 * The mock IAM endpoint: one Fetch `Request` in, one IAM Query/XML `Response` out.
 * The MSW worker, msw/node in tests and the Node sandbox server all wrap this.
 */
import { isIamError, type IamEngine } from '../iam';
import { isMutatingAction, methodNameOf, type ActionName } from './action-specs';
import { decodeIamRequest } from './query-params';
import { newRequestId } from './request-id';
import { errorXml, successXml, type XmlError } from './xml';

export { MUTATING_ACTIONS, isMutatingAction } from './action-specs';

export type HandleIamRequest = (request: Request) => Promise<Response>;
/** The architecture's name for the endpoint function. */
export type handleIamRequest = HandleIamRequest;

export interface IamRequestHandlerOptions {
  /** After each successful mutating action; awaited, so a persisted state precedes the response. */
  onMutation?: (action: ActionName) => Promise<void> | void;
  /** Before each decoded action: fault injection may delay or throw an IamError here. */
  beforeAction?: (action: ActionName) => Promise<void> | void;
  requestId?: () => string;
}

const SERVICE_FAILURE: XmlError = {
  type: 'Receiver',
  code: 'ServiceFailure',
  message: 'The request processing has failed because of an unknown error, exception or failure.',
};

export function createIamRequestHandler(
  getEngine: () => IamEngine | Promise<IamEngine>,
  options: IamRequestHandlerOptions = {},
): HandleIamRequest {
  const nextRequestId = options.requestId ?? newRequestId;
  return async (request) => {
    const requestId = nextRequestId();
    let action = 'unknown';
    try {
      const decoded = await decodeIamRequest(request);
      action = decoded.action;
      await options.beforeAction?.(decoded.action);
      const engine = await getEngine();
      const method = engine[methodNameOf(decoded.action)] as (input: Record<string, unknown>) => object;
      const output = await method.call(engine, decoded.params);
      if (options.onMutation && isMutatingAction(decoded.action)) await options.onMutation(decoded.action);
      return xmlResponse(200, successXml(decoded.action, output, requestId), requestId);
    } catch (error) {
      if (isIamError(error)) {
        const body = errorXml({ type: error.type, code: error.code, message: error.message }, requestId);
        return xmlResponse(error.httpStatus, body, requestId);
      }
      // Only the action and the error: parameters and headers (signatures) stay out of logs.
      console.error(`mock IAM: ${action} failed (request ${requestId}):`, error);
      return xmlResponse(500, errorXml(SERVICE_FAILURE, requestId), requestId);
    }
  };
}

function xmlResponse(status: number, body: string, requestId: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/xml', 'x-amzn-RequestId': requestId },
  });
}
