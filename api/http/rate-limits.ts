// Per-client-IP rate limits (overall, login, account creation, refresh) answering 429 with
// Retry-After. The client IP is req.ip, which honours TRUST_PROXY and nothing the client forges.
import type { Request, RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import type { Config } from '../config.js';
import { ApiError } from './api-error.js';

/** Makes one store per limiter (a shared Redis store or, by default, process memory). */
export type RateLimitStoreFactory = (name: string) => Store | undefined;

export interface RateLimiters {
  /** Every request except health probes, metrics scrapes and signed Stripe webhooks. */
  perIp: RequestHandler;
  login: RequestHandler;
  accountCreation: RequestHandler;
  refresh: RequestHandler;
}

// Stripe delivers every deposit's events from a few addresses; the webhook authenticates each one by
// its HMAC signature (cheap to refuse), so a per-IP limit would only drop real payments.
const UNLIMITED_PATHS = /^\/(health(\/|$)|metrics$|webhooks\/stripe$)/;

export function createRateLimiters(config: Config, storeFactory: RateLimitStoreFactory = () => undefined): RateLimiters {
  const make = (name: string, limit: number, skip?: (req: Request) => boolean): RequestHandler =>
    rateLimit({
      windowMs: config.rateLimits.windowMs,
      limit,
      store: storeFactory(name),
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      skip,
      // A broken shared store must not take the API down with it; the error is logged below.
      passOnStoreError: true,
      // We read X-Forwarded-For only through Express's trust-proxy setting, on purpose; the library's
      // warning about the header being present would fire on every forged request.
      validate: { xForwardedForHeader: false },
      handler: (req, res, next) => {
        const retryAfter = Number(res.getHeader('Retry-After') ?? Math.ceil(config.rateLimits.windowMs / 1000));
        req.log.warn('rate limited', { event: 'rate_limited', limiter: name, ip: req.ip, path: req.path });
        next(ApiError.tooManyRequests(retryAfter));
      },
    });
  return {
    perIp: make('ip', config.rateLimits.perMinute, (req) => UNLIMITED_PATHS.test(req.path)),
    login: make('login', config.rateLimits.login),
    accountCreation: make('account', config.rateLimits.accountCreation),
    refresh: make('refresh', config.rateLimits.refresh),
  };
}
