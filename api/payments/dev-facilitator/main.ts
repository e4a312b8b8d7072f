// `npm run facilitator:dev`: the development facilitator alone (FACILITATOR_PORT, default 4021).
// Fund a wallet with POST /dev/mint {"address": "0x…", "amount": "1000000"} (micro-USDC).
import { startDevFacilitator } from './dev-facilitator.js';

const port = Number(process.env.FACILITATOR_PORT ?? 4021);
const networks = process.env.X402_NETWORK ? [process.env.X402_NETWORK] : undefined;
const running = await startDevFacilitator({ port, host: process.env.FACILITATOR_HOST ?? '127.0.0.1', networks });
console.log(`dev x402 facilitator (in-memory chain, NOT real money) listening on ${running.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
