// The payments part of Config: x402 settings (X402_*), facilitator client tuning and the settlement
// worker's schedule, parsed once at start-up by api/config.ts.
import type { Network } from '@x402/core/types';
import { getDefaultAsset } from '@x402/evm';

export interface PaymentsConfig {
  payTo?: string;
  network: string;
  facilitatorUrl?: string;
  /** Per facilitator HTTP call. */
  facilitatorTimeoutMs: number;
  /** Extra attempts on network errors and 5xx. */
  facilitatorRetries: number;
  /** Validity asked of an authorization (x402 maxTimeoutSeconds). */
  maxTimeoutSeconds: number;
  /** How long a duplicate of a running payment waits for its result before 409. */
  duplicateWaitMs: number;
  worker: {
    /** Run the settlement worker inside the API process (SETTLEMENT_WORKER=off to disable). */
    enabled: boolean;
    intervalMs: number;
    batchSize: number;
    maxAttempts: number;
    baseDelayMs: number;
    maxDelayMs: number;
    /** Reservations and executions older than this belong to a dead process: voided. */
    staleAfterMs: number;
  };
}

function knownAsset(network: string): boolean {
  try {
    return getDefaultAsset(network as Network).asset !== undefined;
  } catch {
    return false;
  }
}

type Read = (name: string) => string | undefined;
type Int = (name: string, fallback: number, min?: number) => number;

export function parsePaymentsConfig(read: Read, int: Int, problems: string[]): PaymentsConfig {
  const payTo = read('X402_PAY_TO');
  if (payTo !== undefined && !/^0x[0-9a-fA-F]{40}$/.test(payTo)) problems.push(`X402_PAY_TO must be a 0x-prefixed 20-byte address (got "${payTo}")`);
  const network = read('X402_NETWORK') ?? 'eip155:8453';
  if (!/^eip155:\d+$/.test(network)) problems.push(`X402_NETWORK must be a CAIP-2 EVM network such as eip155:8453 (got "${network}")`);
  else if (!knownAsset(network)) problems.push(`X402_NETWORK ${network} has no known USDC contract (use eip155:8453 or eip155:84532)`);
  const facilitatorUrl = read('X402_FACILITATOR_URL');
  return {
    payTo,
    network,
    facilitatorUrl,
    facilitatorTimeoutMs: int('X402_FACILITATOR_TIMEOUT_MS', 10_000, 1),
    facilitatorRetries: int('X402_FACILITATOR_RETRIES', 2),
    maxTimeoutSeconds: int('X402_MAX_TIMEOUT_SECONDS', 300, 60),
    duplicateWaitMs: int('X402_DUPLICATE_WAIT_MS', 15_000),
    worker: {
      enabled: read('SETTLEMENT_WORKER') !== 'off',
      intervalMs: int('SETTLEMENT_WORKER_INTERVAL_MS', 2000, 10),
      batchSize: int('SETTLEMENT_WORKER_BATCH', 20, 1),
      maxAttempts: int('SETTLEMENT_MAX_ATTEMPTS', 10, 1),
      baseDelayMs: int('SETTLEMENT_RETRY_BASE_MS', 1000, 1),
      maxDelayMs: int('SETTLEMENT_RETRY_MAX_MS', 5 * 60_000, 1),
      staleAfterMs: int('PAYMENT_STALE_AFTER_MS', 5 * 60_000, 1000),
    },
  };
}
