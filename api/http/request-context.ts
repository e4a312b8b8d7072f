// What the middleware chain attaches to every Express request: the request id, a logger bound to
// it, and the authenticated caller when there is one.
import type { Logger } from '../logging/logger.js';
import type { ApiError } from './api-error.js';

/** Who is calling, as established by api/auth/authenticate.ts. */
export interface Caller {
  accountId: string;
  /** The session family the access token belongs to (one per login). */
  sessionFamilyId: string;
  /** How the access token arrived: cookies need CSRF protection, bearer headers do not. */
  via: 'cookie' | 'bearer';
}

declare module 'express-serve-static-core' {
  interface Request {
    requestId: string;
    log: Logger;
    caller?: Caller;
    /** Why a session cookie was not accepted; routes that need a caller report it. */
    authFailure?: ApiError;
  }
}
