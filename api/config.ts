// Reads the environment once into a typed Config. In production it refuses to start and names
// every missing or weak setting at once; elsewhere it fills in local defaults.
import { randomBytes } from 'node:crypto';
import { parseDepositSettings, type DepositSettings } from './billing/deposit-settings.js';
import { parseTrustProxy, type TrustProxySetting } from './http/trust-proxy.js';
import { parsePaymentsConfig, type PaymentsConfig } from './payments/payments-config.js';

export interface Config {
  env: 'production' | 'development' | 'test';
  version: string;
  host: string;
  port: number;
  inference: { url: string; timeoutMs: number; retries: number };
  database: { url?: string; dataDir: string; statementTimeoutMs: number };
  jwt: { secret: string; generated: boolean; issuer: string; audience: string; accessTtlSeconds: number; refreshTtlSeconds: number };
  /** HMAC key of stored account numbers (ACCOUNT_NUMBER_PEPPER); a fixed development key outside production. */
  accountNumberPepper: string;
  cookies: { secure: boolean };
  cors: { origins: string[] };
  trustProxy: TrustProxySetting;
  rateLimits: { windowMs: number; perMinute: number; paidPerMinute: number; login: number; accountCreation: number; refresh: number };
  redisUrl?: string;
  pricing: { scanContentMicroUsdc: string; scanOutputMicroUsdc: string };
  payments: PaymentsConfig;
  stripe: { secretKey?: string; webhookSecret?: string; publishableKey?: string; apiBase?: string; maxNetworkRetries: number; timeoutMs: number };
  deposits: DepositSettings;
  logLevel: string;
  limits: { jsonBodyBytes: number; scanBodyBytes: number; scanTextBytes: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export const MIN_JWT_SECRET_LENGTH = 32;
const DEV_ACCOUNT_NUMBER_PEPPER = 'stronghold-development-account-number-pepper';
const SCAN_TEXT_BYTES = 500 * 1024;

export function parseConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const int = (name: string, fallback: number, min = 0): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) {
      problems.push(`${name} must be an integer ≥ ${min} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const microUsdc = (name: string): string => {
    const raw = read(name) ?? '1000';
    if (!/^\d{1,18}$/.test(raw)) problems.push(`${name} must be a whole number of micro-USDC (got "${raw}")`);
    return raw.replace(/^0+(?=\d)/, '');
  };

  const nodeEnv = read('NODE_ENV');
  const env_: Config['env'] = nodeEnv === 'production' ? 'production' : nodeEnv === 'test' ? 'test' : 'development';
  const production = env_ === 'production';

  const jwtSecret = read('JWT_SECRET');
  const origins = (read('DASHBOARD_ALLOWED_ORIGINS') ?? (production ? '' : 'http://localhost:3000,http://127.0.0.1:3000'))
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  let trustProxy: TrustProxySetting = false;
  try {
    trustProxy = parseTrustProxy(read('TRUST_PROXY'));
  } catch (err) {
    problems.push((err as Error).message);
  }

  const config: Config = {
    env: env_,
    version: read('STRONGHOLD_VERSION') ?? read('npm_package_version') ?? '0.1.0',
    host: read('HOST') ?? (production ? '0.0.0.0' : '127.0.0.1'),
    port: int('PORT', 8080),
    inference: {
      url: read('INFERENCE_URL') ?? 'http://127.0.0.1:50051',
      timeoutMs: int('INFERENCE_TIMEOUT_MS', 10_000, 1),
      retries: int('INFERENCE_RETRIES', 2),
    },
    database: { url: read('DATABASE_URL'), dataDir: read('DATA_DIR') ?? './data', statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', 30_000, 1) },
    jwt: {
      // Outside production a missing secret becomes a random one per process: sessions simply do
      // not survive a restart, which is the right failure for a laptop.
      secret: jwtSecret ?? randomBytes(48).toString('base64url'),
      generated: jwtSecret === undefined,
      issuer: read('JWT_ISSUER') ?? 'stronghold-api',
      audience: read('JWT_AUDIENCE') ?? 'stronghold',
      accessTtlSeconds: int('ACCESS_TOKEN_TTL_SECONDS', 15 * 60, 1),
      refreshTtlSeconds: int('REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600, 1),
    },
    // Not random per process like the JWT secret: accounts must survive a restart. Outside production
    // a fixed key is no worse than the plain hash it replaces; production must set its own.
    accountNumberPepper: read('ACCOUNT_NUMBER_PEPPER') ?? DEV_ACCOUNT_NUMBER_PEPPER,
    cookies: { secure: read('COOKIE_SECURE') ? read('COOKIE_SECURE') !== 'false' : production },
    cors: { origins },
    trustProxy,
    rateLimits: {
      windowMs: 60_000,
      perMinute: int('RATE_LIMIT_PER_MINUTE', 100, 1),
      paidPerMinute: int('RATE_LIMIT_PAID_PER_MINUTE', 6000, 1),
      login: int('RATE_LIMIT_LOGIN_PER_MINUTE', 5, 1),
      accountCreation: int('RATE_LIMIT_ACCOUNT_PER_MINUTE', 3, 1),
      refresh: int('RATE_LIMIT_REFRESH_PER_MINUTE', 10, 1),
    },
    redisUrl: read('REDIS_URL'),
    pricing: { scanContentMicroUsdc: microUsdc('PRICE_SCAN_CONTENT_MICRO_USDC'), scanOutputMicroUsdc: microUsdc('PRICE_SCAN_OUTPUT_MICRO_USDC') },
    payments: parsePaymentsConfig(read, int, problems),
    stripe: {
      secretKey: read('STRIPE_SECRET_KEY'),
      webhookSecret: read('STRIPE_WEBHOOK_SECRET'),
      publishableKey: read('STRIPE_PUBLISHABLE_KEY'),
      apiBase: read('STRIPE_API_BASE'),
      maxNetworkRetries: int('STRIPE_MAX_NETWORK_RETRIES', 2),
      timeoutMs: int('STRIPE_TIMEOUT_MS', 20_000, 1),
    },
    deposits: parseDepositSettings(read, problems, { payTo: read('X402_PAY_TO'), network: read('X402_NETWORK') ?? 'eip155:8453' }),
    logLevel: read('LOG_LEVEL') ?? (env_ === 'test' ? 'warn' : 'info'),
    limits: { jsonBodyBytes: 16 * 1024, scanBodyBytes: 2 * SCAN_TEXT_BYTES + 64 * 1024, scanTextBytes: SCAN_TEXT_BYTES },
  };

  // A hold swept as stale while its scan can still finish is released under it (and that scan's
  // result withheld): the sweep must wait well past a scan's whole budget, retries included.
  if (config.payments.worker.staleAfterMs <= 2 * config.inference.timeoutMs) {
    problems.push(`PAYMENT_STALE_AFTER_MS (${config.payments.worker.staleAfterMs}) must be more than twice INFERENCE_TIMEOUT_MS (${config.inference.timeoutMs})`);
  }
  if (production) problems.push(...productionProblems(config, jwtSecret));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Everything production refuses to run without; each entry names the variable to fix. */
function productionProblems(config: Config, jwtSecret: string | undefined): string[] {
  const problems: string[] = [];
  if (!jwtSecret) problems.push('JWT_SECRET is required in production');
  else if (jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    problems.push(`JWT_SECRET is too short: ${jwtSecret.length} characters, at least ${MIN_JWT_SECRET_LENGTH} required`);
  }
  const pepper = config.accountNumberPepper;
  if (pepper === DEV_ACCOUNT_NUMBER_PEPPER) problems.push('ACCOUNT_NUMBER_PEPPER is required in production (the key account numbers are stored under; never change it)');
  else if (pepper.length < MIN_JWT_SECRET_LENGTH) problems.push(`ACCOUNT_NUMBER_PEPPER is too short: ${pepper.length} characters, at least ${MIN_JWT_SECRET_LENGTH} required`);
  if (config.cors.origins.length === 0) problems.push('DASHBOARD_ALLOWED_ORIGINS is required in production (comma-separated origins)');
  if (config.cors.origins.some((o) => o.includes('*'))) {
    problems.push('DASHBOARD_ALLOWED_ORIGINS must not contain "*": cookies are sent with credentials, list exact origins');
  }
  if (!config.payments.payTo) problems.push('X402_PAY_TO is required in production (the wallet that receives payments)');
  if (!config.payments.facilitatorUrl) problems.push('X402_FACILITATOR_URL is required in production (the x402 facilitator that verifies and settles)');
  if (!config.stripe.secretKey) problems.push('STRIPE_SECRET_KEY is required in production');
  if (!config.stripe.webhookSecret) problems.push('STRIPE_WEBHOOK_SECRET is required in production');
  if (!config.stripe.publishableKey) problems.push('STRIPE_PUBLISHABLE_KEY is required in production');
  if (!config.database.url) problems.push('DATABASE_URL is required in production (the embedded database is for local use)');
  if (!config.cookies.secure) problems.push('COOKIE_SECURE=false is not allowed in production');
  return problems;
}
