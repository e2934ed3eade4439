/**
 * MSW handlers for the mock IAM. Only `POST /` is IAM's (as on iam.amazonaws.com);
 * GETs stay the app's, so pages, the catalog chunks and Vite's own requests pass by.
 */
import { http, type HttpHandler } from 'msw';
import type { HandleIamRequest } from './handle-iam-request';

/**
 * @param url where the SDK client points: `/` resolves against the page in the browser;
 *   Node tests pass their client's absolute endpoint (`http://iam.sandbox.test/`).
 */
export function createIamHandlers(handle: HandleIamRequest, url = '/'): HttpHandler[] {
  return [http.post(url, ({ request }) => handle(request))];
}
