// Everything a payment test needs on loopback: the real inference service, the dev facilitator
// (behind a faulty proxy), the real API with payments on and a real database, and a funded payer.
import { startDevFacilitator, type RunningDevFacilitator } from '../../../api/payments/dev-facilitator/dev-facilitator.js';
import { createSettlementWorker } from '../../../api/payments/worker-runtime.js';
import { systemClock } from '../../../api/clock.js';
import { createLogger } from '../../../api/logging/logger.js';
import type { SettlementWorker } from '../../../api/payments/settlement-worker.js';
import { startRealInference, type RunningInference } from '../../api/helpers/inference-server.js';
import { startTestApi, type TestApi } from '../../api/helpers/test-api.js';
import { startFaultyProxy, type FaultyProxy } from './faulty-proxy.js';
import { NETWORK, PAY_TO, testPayer, type TestPayer } from './payer.js';

export interface PaymentsStack {
  inference: RunningInference;
  facilitator: RunningDevFacilitator;
  proxy: FaultyProxy;
  api: TestApi;
  payer: TestPayer;
  worker: SettlementWorker;
  scanUrl: string;
  close(): Promise<void>;
}

/** Fast settings: short facilitator timeout, one retry, near-immediate worker backoff. */
export const FAST_PAYMENT_ENV = {
  X402_PAY_TO: PAY_TO,
  X402_NETWORK: NETWORK,
  X402_FACILITATOR_TIMEOUT_MS: '400',
  X402_FACILITATOR_RETRIES: '1',
  X402_DUPLICATE_WAIT_MS: '10000',
  SETTLEMENT_RETRY_BASE_MS: '5',
  SETTLEMENT_MAX_ATTEMPTS: '5',
};

export async function startPaymentsStack(env: Record<string, string> = {}): Promise<PaymentsStack> {
  const inference = await startRealInference();
  const facilitator = await startDevFacilitator({ networks: [NETWORK] });
  const proxy = await startFaultyProxy(facilitator.url);
  const api = await startTestApi({ inferenceUrl: inference.url, env: { ...FAST_PAYMENT_ENV, X402_FACILITATOR_URL: proxy.url, ...env } });
  const payer = testPayer();
  facilitator.chain.mint(NETWORK, payer.address, 1_000_000n);
  const worker = createSettlementWorker({ config: api.config, db: api.database.handle.db, clock: systemClock, logger: createLogger({ level: 'error', json: true }) });
  return {
    inference, facilitator, proxy, api, payer, worker,
    scanUrl: `${api.url}/v1/scan/content`,
    async close() {
      await worker.stop();
      await api.close();
      await proxy.close();
      await facilitator.close();
      await inference.close();
    },
  };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal });
}
