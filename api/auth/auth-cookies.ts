// The session cookies: access token (HttpOnly, whole site), refresh token (HttpOnly, only sent to
// /v1/auth) and the CSRF token (readable by the page for the double-submit). All SameSite=Strict.
import type { CookieOptions, Response } from 'express';

export const ACCESS_COOKIE = 'stronghold_access';
export const REFRESH_COOKIE = 'stronghold_refresh';
export const CSRF_COOKIE = 'stronghold_csrf';
export const REFRESH_COOKIE_PATH = '/v1/auth';

export interface SessionCookies {
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  csrfToken: string;
}

function base(secure: boolean): CookieOptions {
  return { secure, sameSite: 'strict' };
}

export function setSessionCookies(res: Response, cookies: SessionCookies, secure: boolean): void {
  res.cookie(ACCESS_COOKIE, cookies.accessToken, { ...base(secure), httpOnly: true, path: '/', expires: cookies.accessExpiresAt });
  res.cookie(REFRESH_COOKIE, cookies.refreshToken, {
    ...base(secure),
    httpOnly: true,
    path: REFRESH_COOKIE_PATH,
    expires: cookies.refreshExpiresAt,
  });
  res.cookie(CSRF_COOKIE, cookies.csrfToken, { ...base(secure), httpOnly: false, path: '/', expires: cookies.refreshExpiresAt });
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  res.clearCookie(ACCESS_COOKIE, { ...base(secure), httpOnly: true, path: '/' });
  res.clearCookie(REFRESH_COOKIE, { ...base(secure), httpOnly: true, path: REFRESH_COOKIE_PATH });
  res.clearCookie(CSRF_COOKIE, { ...base(secure), path: '/' });
}
