// CSRF double-submit check: a state-changing request that would be authenticated by a session
// cookie must echo the stronghold_csrf cookie in X-CSRF-Token. Authorization headers are exempt:
// a cross-site page cannot make the browser attach one.
import type { RequestHandler } from 'express';
import { ApiError } from '../http/api-error.js';
import { ACCESS_COOKIE, CSRF_COOKIE, REFRESH_COOKIE } from './auth-cookies.js';
import { constantTimeEqual } from './opaque-token.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * `exemptPaths` authenticate by what is in the body (login, account creation), not by a cookie,
 * so stale cookies must not lock a user out of signing in again.
 */
export function csrfProtection(exemptPaths: readonly string[]): RequestHandler {
  const exempt = new Set(exemptPaths);
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || req.get('authorization') !== undefined || exempt.has(req.path)) {
      next();
      return;
    }
    const cookies = (req.cookies ?? {}) as Record<string, unknown>;
    if (cookies[ACCESS_COOKIE] === undefined && cookies[REFRESH_COOKIE] === undefined) {
      next();
      return;
    }
    const expected = cookies[CSRF_COOKIE];
    const presented = req.get('x-csrf-token');
    if (typeof expected !== 'string' || expected.length === 0 || presented === undefined || !constantTimeEqual(expected, presented)) {
      req.log.warn('csrf check failed', { event: 'csrf_rejected', path: req.path, ip: req.ip });
      next(ApiError.forbidden('csrf_failed', 'Missing or invalid CSRF token'));
      return;
    }
    next();
  };
}
