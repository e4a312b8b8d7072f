// Rate limits for requests carrying a payment or an API key: once the payment is verified or the
// key authenticated they are counted per payer or per key (RATE_LIMIT_PAID_PER_MINUTE), so a paying
// agent behind a shared address is never throttled like an anonymous client. Until then only the
// header is known, which anyone can forge: such requests that are refused count against the client
// IP, so junk payments and keys are throttled like anonymous traffic.
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit, type ClientRateLimitInfo, type Options, type Store } from 'express-rate-limit';
import type { Config } from '../config.js';
import { ApiError } from '../http/api-error.js';
import type { RateLimitStoreFactory } from '../http/rate-limits.js';
import { bearerApiKey } from '../api-keys/api-key-secret.js';
import { PAYMENT_SIGNATURE } from './x402-wire.js';

const KEY = 'paidRateKey';
const PAID_PATHS = /^\/v1\/scan\//;

/** Set on a response once its payer is verified or its API key authenticated (by the paid limiter). */
const IDENTIFIED = 'paidCallerIdentified';

/**
 * The per-IP limit, except for scan requests carrying a payment or an API key while payments are on:
 * those count against the client IP only when refused before their payer or key is known (a
 * malformed or forged payment, an unknown key), and against their payer or key once it is.
 */
export function perIpUnlessPaid(perIp: RequestHandler, config: Config, storeFactory: RateLimitStoreFactory = () => undefined): RequestHandler {
  // Payments off: scans are free and a payment header means nothing, so it must not lift the limit.
  if (!config.payments.payTo) return perIp;
  const refusedPerIp = refusedPerIpLimiter(config, storeFactory('ip-refused') ?? new MemoryStore());
  return (req, res, next) => {
    const paid = req.method === 'POST' && PAID_PATHS.test(req.path) && (req.get(PAYMENT_SIGNATURE) !== undefined || bearerApiKey(req.get('authorization')) !== undefined);
    return paid ? refusedPerIp(req, res, next) : perIp(req, res, next);
  };
}

/**
 * Counts a client IP's refusals (answers of 400 or more, or a hang-up, before the payer or key was
 * identified) and refuses its requests once they reach RATE_LIMIT_PER_MINUTE in the window. A refusal
 * is counted when its answer is known, never on arrival: accepted requests, however many run at once,
 * cost nothing. The price: a burst sent all at once is judged on the count before it, and limited
 * from its next request on.
 */
function refusedPerIpLimiter(config: Config, store: Store): RequestHandler {
  const { windowMs, perMinute: limit } = config.rateLimits;
  store.init?.({ windowMs } as Options);
  return (req, res, next) => {
    // IPv6 clients by their /56, as express-rate-limit keys the other limits: one host has many addresses.
    const key = ipKeyGenerator(req.ip ?? 'unknown');
    // 'close' comes after 'finish', and also for a client that hangs up before its answer: a
    // request abandoned before its payer or key was identified counts like a refused one.
    res.once('close', () => {
      if (res.locals[IDENTIFIED] === true || (res.writableFinished && res.statusCode < 400)) return;
      Promise.resolve(store.increment(key)).catch((err: unknown) => req.log.warn('rate-limit store failed', { limiter: 'ip-refused', err: String(err) }));
    });
    Promise.resolve(store.get?.(key)).then(
      (hits: ClientRateLimitInfo | undefined) => {
        if (hits === undefined || hits.totalHits < limit) return next();
        const retryAfter = Math.max(1, Math.ceil(((hits.resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
        req.log.warn('rate limited', { event: 'rate_limited', limiter: 'ip-refused', ip: req.ip, path: req.path });
        next(ApiError.tooManyRequests(retryAfter));
      },
      // A broken shared store must not take the API down with it (as the other limiters: passOnStoreError).
      (err: unknown) => {
        req.log.warn('rate-limit store failed', { limiter: 'ip-refused', err: String(err) });
        next();
      },
    );
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
  // Called only with a verified payer or an authenticated key: from here on the request is theirs.
  return (req, res, key) =>
    new Promise<void>((resolve, reject) => {
      res.locals[IDENTIFIED] = true;
      res.locals[KEY] = key;
      void limiter(req, res, (err?: unknown) => (err ? reject(err) : resolve()));
    });
}
