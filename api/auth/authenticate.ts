// Identifies the caller from `Authorization: Bearer <jwt>` or the access cookie, and checks that
// the session family is still live (so logout takes effect at once, not after 15 minutes).
import type { RequestHandler } from 'express';
import type { SessionsRepository } from '../../db/index.js';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/api-error.js';
import type { AccessClaims, AccessTokens } from './access-tokens.js';
import { ACCESS_COOKIE } from './auth-cookies.js';

export interface AuthenticateDeps {
  accessTokens: AccessTokens;
  sessions: SessionsRepository;
  clock: Clock;
}

/** API keys (sk_live_…) are bearer credentials of the payments layer, not sessions. */
const API_KEY_PREFIX = 'sk_';

/**
 * Sets req.caller when a session token is presented. No token → anonymous (routes decide).
 * A bad bearer token → 401 at once: the caller asked to be someone, never downgrade silently.
 * A bad cookie (expired, revoked) → anonymous on public routes, its 401 on routes that need a
 * caller: a browser holding a stale cookie can still read public pages and sign in again.
 */
export function identifyCaller(deps: AuthenticateDeps): RequestHandler {
  const authenticate = async (token: string): Promise<AccessClaims> => {
    const claims = deps.accessTokens.verify(token);
    if (!(await deps.sessions.isFamilyActive(claims.sessionFamilyId, deps.clock.now()))) {
      throw new ApiError(401, 'session_revoked', 'Session has ended; log in again');
    }
    return claims;
  };
  return async (req, _res, next) => {
    const header = req.get('authorization');
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw ApiError.unauthorized('invalid_authorization', 'Malformed Authorization header');
      if (match[1]!.startsWith(API_KEY_PREFIX)) return next();
      req.caller = { ...(await authenticate(match[1]!)), via: 'bearer' };
      return next();
    }
    const cookie = (req.cookies as Record<string, unknown> | undefined)?.[ACCESS_COOKIE];
    if (typeof cookie !== 'string' || cookie.length === 0) return next();
    try {
      req.caller = { ...(await authenticate(cookie)), via: 'cookie' };
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      req.authFailure = err;
    }
    next();
  };
}

export const requireCaller: RequestHandler = (req, _res, next) => {
  next(req.caller ? undefined : (req.authFailure ?? ApiError.unauthorized()));
};
