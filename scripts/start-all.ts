// `npm start`: the inference service and the API façade together on this machine, each in its own
// process (as in production), with the embedded database. Outside production, local stand-ins start
// for what is not configured: the Stripe fake (no STRIPE_SECRET_KEY) and the dev x402 facilitator
// (X402_PAY_TO set without X402_FACILITATOR_URL). If either service exits, everything stops.
import { spawn, type ChildProcess } from 'node:child_process';
import { startLocalStripe } from '../api/billing/stripe-fake/index.js';
import { startDevFacilitator, type RunningDevFacilitator } from '../api/payments/dev-facilitator/dev-facilitator.js';
import { INFERENCE_NODE_FLAGS } from '../inference/node-flags.js';

const root = new URL('..', import.meta.url);
const inferencePort = process.env.INFERENCE_PORT ?? '50051';
const env: Record<string, string | undefined> = {
  ...process.env,
  INFERENCE_PORT: inferencePort,
  INFERENCE_URL: process.env.INFERENCE_URL ?? `http://127.0.0.1:${inferencePort}`,
};
const production = process.env.NODE_ENV === 'production';

const localStripe = await startLocalStripe(process.env);
if (localStripe) {
  Object.assign(env, localStripe.env);
  console.warn(`STRIPE_SECRET_KEY is not set: deposits go to the local Stripe fake at ${localStripe.fake.apiBase} (no real money)`);
}
let facilitator: RunningDevFacilitator | undefined;
if (!production && process.env.X402_PAY_TO && !process.env.X402_FACILITATOR_URL) {
  facilitator = await startDevFacilitator({ port: Number(process.env.FACILITATOR_PORT ?? 4021) });
  env.X402_FACILITATOR_URL = facilitator.url;
  console.warn(`X402_FACILITATOR_URL is not set: payments go to the dev facilitator at ${facilitator.url} (in-memory chain, no real money)`);
}

function start(name: string, script: string, nodeFlags: readonly string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', new URL(script, root).pathname], { env, stdio: 'inherit' });
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} exited (${signal ?? code}); stopping`);
    stop(typeof code === 'number' && code !== 0 ? code : 1);
  });
  return child;
}

let stopping = false;
const children = [start('inference', 'inference/main.ts', INFERENCE_NODE_FLAGS), start('api', 'api/main.ts')];

function stop(code: number): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const timer = setTimeout(() => process.exit(code), 5000);
  timer.unref();
  const exited = children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null));
  void Promise.all([...exited, localStripe?.fake.close(), facilitator?.close()]).then(() => process.exit(code));
}

process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));
