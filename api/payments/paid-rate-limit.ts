// Rate limits for requests carrying a payment or an API key: they skip the per-IP limit and are
// counted per payer or per key instead (RATE_LIMIT_PAID_PER_MINUTE), so a paying agent behind a
// shared address is never throttled like an anonymous client.
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config.js';
import { ApiError } from '../http/api-error.js';
import type { RateLimitStoreFactory } from '../http/rate-limits.js';
import { bearerApiKey } from '../api-keys/api-key-secret.js';
import { PAYMENT_SIGNATURE } from './x402-wire.js';

const KEY = 'paidRateKey';
const PAID_PATHS = /^\/v1\/scan\//;

/** Wraps the per-IP limiter: paid scan requests pass through to the per-payer limit. */
export function perIpUnlessPaid(perIp: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const paid = req.method === 'POST' && PAID_PATHS.test(req.path) && (req.get(PAYMENT_SIGNATURE) !== undefined || bearerApiKey(req.get('authorization')) !== undefined);
    if (paid) return next();
    return perIp(req, res, next);
  };
}

export type PaidLimiter = (req: Request, res: Response, key: string) => Promise<void>;

export function createPaidLimiter(config: Config, storeFactory: RateLimitStoreFactory = () => undefined): PaidLimiter {
  const limiter = rateLimit({
    windowMs: config.rateLimits.windowMs,
    limit: config.rateLimits.paidPerMinute,
    store: storeFactory('paid'),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    passOnStoreError: true,
    validate: { xForwardedForHeader: false, keyGeneratorIpFallback: false },
    keyGenerator: (_req, res) => String(res.locals[KEY]),
    handler: (req, res, next) => {
      const retryAfter = Number(res.getHeader('Retry-After') ?? Math.ceil(config.rateLimits.windowMs / 1000));
      req.log.warn('rate limited', { event: 'rate_limited', limiter: 'paid', key: res.locals[KEY] as string, path: req.path });
      next(ApiError.tooManyRequests(retryAfter));
    },
  });
  return (req, res, key) =>
    new Promise<void>((resolve, reject) => {
      res.locals[KEY] = key;
      void limiter(req, res, (err?: unknown) => (err ? reject(err) : resolve()));
    });
}
