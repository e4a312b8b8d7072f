// GET /v1/pricing: what each paid route costs, in micro-USDC (string) and USD. The payments layer
// adds networks and assets here when x402 is configured.
import { Router } from 'express';
import type { Config } from '../config.js';
import { formatUsd } from '../money.js';
import { usdcAsset } from '../payments/payment-requirements.js';

function acceptedNetwork(config: Config) {
  const asset = usdcAsset(config.payments.network);
  return { network: config.payments.network, scheme: 'exact', asset: asset.asset, asset_symbol: asset.symbol, decimals: asset.decimals, pay_to: config.payments.payTo ?? null };
}

export function pricingTable(config: Config) {
  const route = (path: string, micro: string, description: string) => ({
    method: 'POST',
    path,
    price_micro_usdc: micro,
    price_usd: formatUsd(micro),
    description,
  });
  return {
    currency: 'USDC',
    unit: 'micro_usdc',
    payments_enabled: config.payments.payTo !== undefined,
    network: config.payments.network,
    // x402: where and in what a payment is accepted; API keys pay the same prices from credit.
    networks: [acceptedNetwork(config)],
    payment_methods: ['x402', 'api_key_credit'],
    routes: [
      route('/v1/scan/content', config.pricing.scanContentMicroUsdc, 'Scan incoming content for prompt injection'),
      route('/v1/scan/output', config.pricing.scanOutputMicroUsdc, 'Scan outgoing text for leaked credentials'),
    ],
  };
}

export function createPricingRouter(config: Config): Router {
  const router = Router();
  const table = pricingTable(config);
  router.get('/v1/pricing', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.json(table);
  });
  return router;
}
