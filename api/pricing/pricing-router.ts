// GET /v1/pricing: what each paid route costs, in micro-USDC (string) and USD. The payments layer
// adds networks and assets here when x402 is configured.
import { Router } from 'express';
import type { Config } from '../config.js';
import { formatUsd } from '../money.js';
import { paidRoutes, usdcAsset } from '../payments/payment-requirements.js';

function acceptedNetwork(config: Config) {
  const asset = usdcAsset(config.payments.network);
  return { network: config.payments.network, scheme: 'exact', asset: asset.asset, asset_symbol: asset.symbol, decimals: asset.decimals, pay_to: config.payments.payTo ?? null };
}

export function pricingTable(config: Config) {
  return {
    currency: 'USDC',
    unit: 'micro_usdc',
    payments_enabled: config.payments.payTo !== undefined,
    network: config.payments.network,
    // x402: where and in what a payment is accepted; API keys pay the same prices from credit.
    networks: [acceptedNetwork(config)],
    payment_methods: ['x402', 'api_key_credit'],
    // The same list the payment middleware charges from, so the two cannot disagree.
    routes: paidRoutes(config).map((r) => ({
      method: 'POST',
      path: r.path,
      price_micro_usdc: r.priceMicroUsdc,
      price_usd: formatUsd(r.priceMicroUsdc),
      description: r.description,
    })),
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
