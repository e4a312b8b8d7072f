// createApp builds the Express app from its parts. The middleware order below is the single place
// it is written down; read it top to bottom as the path of every request.
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import type { Kysely } from 'kysely';
import { AccountsRepository, ApiKeysRepository, SessionsRepository, UsageLogsRepository, type Database } from '../db/index.js';
import { AccountService } from './account/account-service.js';
import { createApiKeysRouter } from './api-keys/api-keys-router.js';
import { ApiKeysService } from './api-keys/api-keys-service.js';
import { createAccountRouter } from './account/account-router.js';
import { AccessTokens } from './auth/access-tokens.js';
import { AUTH_CSRF_EXEMPT_PATHS, createAuthRouter } from './auth/auth-router.js';
import { AuthService } from './auth/auth-service.js';
import { identifyCaller } from './auth/authenticate.js';
import { csrfProtection } from './auth/csrf.js';
import { createBilling } from './billing/index.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { createHealthRouter } from './health/health-router.js';
import { accessLog } from './http/access-log.js';
import { jsonBodies } from './http/body-parsers.js';
import { corsForDashboard } from './http/cors.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { createRateLimiters, type RateLimitStoreFactory } from './http/rate-limits.js';
import { requestId } from './http/request-id.js';
import { securityHeaders } from './http/security-headers.js';
import type { Logger } from './logging/logger.js';
import { ApiMetrics } from './metrics/api-metrics.js';
import { createMetricsRouter } from './metrics/metrics-router.js';
import { createOpenApiDocument } from './openapi/openapi-document.js';
import { createDocsRouter } from './openapi/docs-router.js';
import { perIpUnlessPaid } from './payments/paid-rate-limit.js';
import { createPaymentsScanAccess } from './payments/payments-access.js';
import { createPricingRouter } from './pricing/pricing-router.js';
import type { InferenceClient } from './scan/inference-client.js';
import { createScanRouter } from './scan/scan-router.js';
import { ScanService } from './scan/scan-service.js';

export interface AppDeps {
  config: Config;
  db: Kysely<Database>;
  inference: InferenceClient;
  clock: Clock;
  logger: Logger;
  metrics?: ApiMetrics;
  /** Shared rate-limit counters (Redis); process memory when absent. */
  rateLimitStore?: RateLimitStoreFactory;
  /** Who pays for a scan; default: x402 or API-key credit when X402_PAY_TO is set, free otherwise. */
  scanAccess?: RequestHandler;
}

export function createApp(deps: AppDeps): Express {
  const { config, db, clock, logger } = deps;
  const metrics = deps.metrics ?? new ApiMetrics();
  const accounts = new AccountsRepository(db);
  const sessions = new SessionsRepository(db);
  const usageLogs = new UsageLogsRepository(db);
  const accessTokens = new AccessTokens(config.jwt, clock);
  const auth = new AuthService({ accounts, sessions, accessTokens, clock, refreshTtlSeconds: config.jwt.refreshTtlSeconds, accountNumberPepper: config.accountNumberPepper });
  const limiters = createRateLimiters(config, deps.rateLimitStore);
  const apiKeys = new ApiKeysService({ apiKeys: new ApiKeysRepository(db), clock });

  const app = express();
  app.disable('x-powered-by');
  // Client IP = socket address unless TRUST_PROXY names the proxies; rate limits key on req.ip.
  app.set('trust proxy', config.trustProxy);

  // ---- Middleware order (every request, top to bottom) ----
  app.use(requestId(logger)); //              1. X-Request-ID in, out, and in every log line
  app.use(metrics.middleware()); //            2. count and time everything, refusals included
  app.use(accessLog()); //                     3. one line per request when it finishes
  app.use(securityHeaders()); //               4. helmet + Permissions-Policy, before any answer
  app.use(corsForDashboard(config.cors.origins)); // 5. CORS with credentials; answers preflights
  app.use(perIpUnlessPaid(limiters.perIp, config, deps.rateLimitStore)); // 6. per-IP limit, before any parsing or DB work (paid scans: per payer/key once accepted)
  app.use(cookieParser()); //                  7. session and CSRF cookies
  app.use(jsonBodies(config.limits)); //       8. JSON with size limits; malformed → 400
  app.use(csrfProtection(AUTH_CSRF_EXEMPT_PATHS)); // 9. cookie-authenticated writes need X-CSRF-Token
  app.use(identifyCaller({ accessTokens, sessions, clock })); // 10. req.caller from bearer or cookie

  // ---- Routes (each router declares full paths; per-route limits live in the routers) ----
  app.use(createHealthRouter({ db, inference: deps.inference, version: config.version }));
  app.use(createMetricsRouter(metrics));
  app.use(createDocsRouter(createOpenApiDocument(config)));
  app.use(createPricingRouter(config));
  app.use(createAuthRouter({ auth, limits: limiters, secureCookies: config.cookies.secure }));
  app.use(createAccountRouter({ accounts: new AccountService({ accounts, usageLogs, clock }) }));
  app.use(createApiKeysRouter({ apiKeys }));
  const billing = createBilling({ config, db, clock }); // card deposits (Stripe onramp) and history
  app.use(billing.deposits);
  app.use(billing.webhooks); //               raw body, Stripe-Signature checked inside
  app.use(
    createScanRouter({
      scans: new ScanService({ inference: deps.inference, usageLogs, metrics }),
      scanAccess: deps.scanAccess ?? createPaymentsScanAccess({ config, db, clock, logger, apiKeys, rateLimitStore: deps.rateLimitStore }),
      maxTextBytes: config.limits.scanTextBytes,
    }),
  );

  // ---- Errors: unknown route → 404; everything thrown → one generic JSON shape ----
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
