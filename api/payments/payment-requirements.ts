// What this API asks to be paid, per paid route: x402 `exact` requirements built from the config
// (network, that network's USDC contract with its EIP-712 name and version, price, payTo).
import { getDefaultAsset } from '@x402/evm';
import type { Network, PaymentRequirements, ResourceInfo } from '@x402/core/types';
import type { Config } from '../config.js';

export interface PaidRoute {
  path: string;
  priceMicroUsdc: string;
  description: string;
}

export interface RouteRequirements {
  route: PaidRoute;
  resource: ResourceInfo;
  requirements: PaymentRequirements;
}

export function paidRoutes(config: Pick<Config, 'pricing'>): PaidRoute[] {
  return [
    { path: '/v1/scan/content', priceMicroUsdc: config.pricing.scanContentMicroUsdc, description: 'Scan incoming content for prompt injection' },
    { path: '/v1/scan/output', priceMicroUsdc: config.pricing.scanOutputMicroUsdc, description: 'Scan outgoing text for leaked credentials' },
    // A conversation is scanned for injection like content, and costs the same.
    { path: '/v1/scan/multiturn', priceMicroUsdc: config.pricing.scanContentMicroUsdc, description: 'Scan a conversation for injection split across turns' },
  ];
}

/** The network's default stablecoin as @x402/evm knows it (USDC on Base and Base Sepolia). */
export function usdcAsset(network: string) {
  return getDefaultAsset(network as Network);
}

/** Micro-USDC → the token's atomic units (USDC has 6 decimals, so usually the same number). */
export function toAtomicAmount(micro: string, decimals: number): string {
  const value = BigInt(micro);
  return (decimals >= 6 ? value * 10n ** BigInt(decimals - 6) : value / 10n ** BigInt(6 - decimals)).toString();
}

export class PaymentRequirementsTable {
  private readonly byPath = new Map<string, RouteRequirements>();

  constructor(config: Pick<Config, 'pricing' | 'payments'>, publicBaseUrl = '') {
    const { payTo, network, maxTimeoutSeconds } = config.payments;
    if (!payTo) throw new Error('payment requirements need X402_PAY_TO');
    const asset = usdcAsset(network);
    for (const route of paidRoutes(config)) {
      this.byPath.set(route.path, {
        route,
        resource: { url: `${publicBaseUrl}${route.path}`, description: route.description, mimeType: 'application/json' },
        requirements: {
          scheme: 'exact',
          network: network as Network,
          asset: asset.asset,
          amount: toAtomicAmount(route.priceMicroUsdc, asset.decimals),
          payTo,
          maxTimeoutSeconds,
          extra: { name: asset.name, version: asset.version },
        },
      });
    }
  }

  /** Requirements for a request path; the resource URL is the one the client called. */
  forPath(path: string, requestUrl?: string): RouteRequirements {
    const entry = this.byPath.get(path);
    if (!entry) throw new Error(`no price for ${path}`);
    return requestUrl ? { ...entry, resource: { ...entry.resource, url: requestUrl } } : entry;
  }
}
