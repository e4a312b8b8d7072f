// startDevFacilitator: an x402 facilitator over HTTP (POST /verify, POST /settle, GET /supported)
// built on @x402/core's x402Facilitator and @x402/evm's exact scheme, settling on an in-memory chain.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { x402Facilitator } from '@x402/core/facilitator';
import type { SettleResponse } from '@x402/core/types';
import { registerExactEvmScheme } from '@x402/evm/exact/facilitator';
import { getAddress } from 'viem';
import { createChainSigner } from './chain-signer.js';
import { InMemoryUsdcChain } from './in-memory-chain.js';

export interface DevFacilitatorOptions {
  port?: number;
  host?: string;
  networks?: string[];
  /** Share a chain (tests fund payers and read balances on it). */
  chain?: InMemoryUsdcChain;
}

export interface RunningDevFacilitator {
  url: string;
  port: number;
  chain: InMemoryUsdcChain;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;

export async function startDevFacilitator(options: DevFacilitatorOptions = {}): Promise<RunningDevFacilitator> {
  const networks = options.networks ?? ['eip155:8453', 'eip155:84532'];
  const chain = options.chain ?? new InMemoryUsdcChain(networks);
  const facilitator = new x402Facilitator();
  registerExactEvmScheme(facilitator, { signer: createChainSigner(chain), networks: networks as `${string}:${string}`[] });

  const routes: Record<string, (body: Record<string, unknown>) => Promise<unknown>> = {
    'GET /supported': async () => facilitator.getSupported(),
    'GET /health': async () => ({ status: 'ok' }),
    'POST /verify': async (b) => facilitator.verify(b.paymentPayload as never, b.paymentRequirements as never),
    'POST /settle': async (b) => settleOnce(b),
    // Development helpers: fund a wallet, read a balance.
    'POST /dev/mint': async (b) => {
      chain.mint(String(b.network ?? networks[0]), String(b.address), BigInt(String(b.amount)));
      return { address: getAddress(String(b.address)), balance: chain.balanceOf(String(b.network ?? networks[0]), String(b.address)).toString() };
    },
  };

  // Settlement is idempotent per signed authorization, as a production facilitator's should be: a
  // retry after a timeout gets the original transaction instead of "nonce already used".
  const settlements = new Map<string, Promise<SettleResponse>>();
  function settleOnce(b: Record<string, unknown>): Promise<SettleResponse> {
    const key = JSON.stringify((b.paymentPayload as { payload?: unknown } | undefined)?.payload ?? null);
    const known = settlements.get(key);
    if (known) return known;
    const running = facilitator.settle(b.paymentPayload as never, b.paymentRequirements as never);
    settlements.set(key, running);
    running.then((r) => !r.success && settlements.delete(key), () => settlements.delete(key));
    return running;
  }

  const server: Server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    const balance = /^\/dev\/balance\/(0x[0-9a-fA-F]{40})$/.exec(path);
    try {
      if (req.method === 'GET' && balance) {
        const network = new URL(req.url ?? '/', 'http://x').searchParams.get('network') ?? networks[0]!;
        return send(res, 200, { address: balance[1], balance: chain.balanceOf(network, balance[1]!).toString() });
      }
      const route = routes[`${req.method} ${path}`];
      if (!route) return send(res, 404, { error: 'not found' });
      send(res, 200, await route(req.method === 'POST' ? await readJson(req) : {}));
    } catch (err) {
      send(res, err instanceof SyntaxError ? 400 : 500, { error: err instanceof Error ? err.message : String(err) });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    chain,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new SyntaxError('body too large');
    chunks.push(chunk);
  }
  const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  if (typeof parsed !== 'object' || parsed === null) throw new SyntaxError('body must be a JSON object');
  return parsed as Record<string, unknown>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
