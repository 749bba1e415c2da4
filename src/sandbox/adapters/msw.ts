/**
 * The sandbox behind Mock Service Worker (Storybook). Pass msw's `http` so this module does not
 * depend on msw: `setupWorker(...sandboxMswHandlers(http))`.
 */
import { handleSandboxRequest } from '../http.js';
import { refuseInProduction } from '../guard.js';

/** What this module needs of msw's `http`. */
export interface MswHttp {
  all(predicate: RegExp, resolver: (info: { request: Request }) => Promise<Response>): unknown;
}

export function sandboxMswHandlers(http: MswHttp) {
  refuseInProduction();
  return [http.all(/\/sandbox\//, ({ request }) => handleSandboxRequest(request))];
}
