// REST endpoints of accounts and sessions under /v1/auth. Each answer that starts or renews a
// session sets the cookies and also returns the access token for programs that are not browsers.
import { Router, type Request, type Response } from 'express';
import { ApiError } from '../http/api-error.js';
import type { RateLimiters } from '../http/rate-limits.js';
import { describeAccount } from './account-view.js';
import { clearSessionCookies, REFRESH_COOKIE, setSessionCookies } from './auth-cookies.js';
import { clientInfo, logAuthEvent } from './auth-events.js';
import { RECOVERY_TEXT, type AuthService, type IssuedSession } from './auth-service.js';
import { requireCaller } from './authenticate.js';

export interface AuthRouterDeps {
  auth: AuthService;
  limits: Pick<RateLimiters, 'login' | 'accountCreation' | 'refresh'>;
  secureCookies: boolean;
}

/** Paths that authenticate from the body and are therefore exempt from the CSRF cookie check. */
export const AUTH_CSRF_EXEMPT_PATHS = ['/v1/auth/account', '/v1/auth/login'] as const;

export function createAuthRouter({ auth, limits, secureCookies }: AuthRouterDeps): Router {
  const router = Router();

  const sendSession = (res: Response, session: IssuedSession, status: number, extra: Record<string, unknown> = {}) => {
    setSessionCookies(res, session, secureCookies);
    res.setHeader('Cache-Control', 'no-store');
    res.status(status).json({
      ...extra,
      account_id: session.accountId,
      access_token: session.accessToken,
      token_type: 'Bearer',
      expires_at: session.accessExpiresAt.toISOString(),
      expires_in: session.accessExpiresIn,
      csrf_token: session.csrfToken,
    });
  };

  router.post('/v1/auth/account', limits.accountCreation, async (req, res) => {
    const { accountNumber, account, session } = await auth.createAccount(clientInfo(req));
    logAuthEvent(req, 'account_created', { account_id: account.id, family_id: session.familyId });
    sendSession(res, session, 201, { account_number: accountNumber, recovery_text: RECOVERY_TEXT, created_at: account.created_at.toISOString() });
  });

  router.post('/v1/auth/login', limits.login, async (req, res) => {
    const body = req.body as { account_number?: unknown } | undefined;
    const result = await auth.login(body?.account_number, clientInfo(req));
    if ('failure' in result) {
      logAuthEvent(req, 'login_failed', { reason: result.failure });
      throw ApiError.unauthorized('invalid_credentials', 'Invalid account number');
    }
    logAuthEvent(req, 'login_succeeded', { account_id: result.account.id, family_id: result.session.familyId });
    sendSession(res, result.session, 200);
  });

  router.post('/v1/auth/refresh', limits.refresh, async (req, res) => {
    const outcome = await auth.refresh(refreshCookie(req), clientInfo(req));
    if (!outcome.ok) {
      if (outcome.reason === 'reused') {
        logAuthEvent(req, 'refresh_reuse_detected', { account_id: outcome.accountId, family_id: outcome.familyId });
      } else {
        logAuthEvent(req, 'refresh_failed');
      }
      clearSessionCookies(res, secureCookies);
      throw ApiError.unauthorized('invalid_refresh_token', 'Invalid or expired refresh token');
    }
    logAuthEvent(req, 'refresh_succeeded', { account_id: outcome.session.accountId, family_id: outcome.session.familyId });
    sendSession(res, outcome.session, 200);
  });

  router.post('/v1/auth/logout', async (req, res) => {
    const all = (req.body as { all?: unknown } | undefined)?.all === true;
    const identity = req.caller
      ? { accountId: req.caller.accountId, familyId: req.caller.sessionFamilyId }
      : await auth.familyOfRefreshToken(refreshCookie(req));
    if (!identity) throw ApiError.unauthorized();
    const revoked = all ? await auth.logoutAll(identity.accountId) : await auth.logout(identity.familyId);
    logAuthEvent(req, all ? 'logout_all' : 'logout', { account_id: identity.accountId, family_id: identity.familyId, sessions_revoked: revoked });
    clearSessionCookies(res, secureCookies);
    res.json({ logged_out: true, all, sessions_revoked: revoked });
  });

  router.get('/v1/auth/me', requireCaller, async (req, res) => {
    const caller = req.caller!;
    const account = await auth.accountOf(caller.accountId);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ...describeAccount(account), authenticated_via: caller.via, session_id: caller.sessionFamilyId });
  });

  return router;
}

function refreshCookie(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
