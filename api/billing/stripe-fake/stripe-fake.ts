// A local Stripe for development and tests: stripe-node talks to it through STRIPE_API_BASE. It
// creates onramp sessions (idempotently, like Stripe) and, told through its control routes, fulfils
// or rejects one and delivers the signed crypto.onramp_session_updated webhook to the API.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OnrampSession } from '../onramp-session.js';
import { ONRAMP_SESSION_UPDATED } from '../onramp-session.js';
import { FakeOnrampSessions, FakeRequestError, type AdvanceOptions } from './fake-onramp-sessions.js';
import { parseFormBody } from './form-body.js';
import { buildEvent, deliverEvent, type Delivery } from './fake-webhooks.js';

export interface StripeFakeOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Where events go, e.g. http://127.0.0.1:8080/webhooks/stripe; without it nothing is delivered. */
  webhookUrl?: string;
  webhookSecret: string;
  /** When set, API calls must present this key (as Stripe checks the secret key). */
  secretKey?: string;
}

export interface StripeFake {
  /** Value for STRIPE_API_BASE. */
  apiBase: string;
  port: number;
  sessions: FakeOnrampSessions;
  /** Every API request received (method, path, idempotency key), for tests. */
  requests: { method: string; path: string; idempotencyKey?: string; body: Record<string, unknown> }[];
  /** The next `count` API calls answer `status` (500: stripe-node retries them). */
  failNext(count: number, status?: number): void;
  /** Where events go from now on (tests start the fake before the API whose URL it needs). */
  setWebhookUrl(url: string): void;
  /** Advances a session and delivers the signed webhook; returns what the API answered. */
  advance(sessionId: string, status: string, options?: AdvanceOptions): Promise<Delivery & { session: OnrampSession }>;
  close(): Promise<void>;
}

export async function startStripeFake(options: StripeFakeOptions): Promise<StripeFake> {
  const sessions = new FakeOnrampSessions();
  const requests: StripeFake['requests'] = [];
  const idempotent = new Map<string, { status: number; body: unknown }>();
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let webhookUrl = options.webhookUrl;

  const advance: StripeFake['advance'] = async (sessionId, status, advanceOptions) => {
    const session = sessions.advance(sessionId, status, advanceOptions);
    const event = buildEvent(ONRAMP_SESSION_UPDATED, session);
    if (!webhookUrl) return { session, event, status: 0, body: 'no webhook URL configured' };
    return { session, ...(await deliverEvent(webhookUrl, options.webhookSecret, event)) };
  };

  const api = (req: IncomingMessage, body: string): { status: number; body: unknown } => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const key = header(req, 'idempotency-key');
    const params = req.method === 'POST' ? parseFormBody(body) : {};
    requests.push({ method: req.method ?? 'GET', path: url.pathname, idempotencyKey: key, body: params });
    if (options.secretKey && header(req, 'authorization') !== `Bearer ${options.secretKey}`) {
      return stripeError(401, 'invalid_request_error', 'Invalid API Key provided');
    }
    if (failures.count > 0) {
      failures.count -= 1;
      return stripeError(failures.status, 'api_error', 'The fake was told to fail this request');
    }
    const replay = key ? idempotent.get(key) : undefined;
    if (replay) return replay;
    let result: { status: number; body: unknown };
    const id = /^\/v1\/crypto\/onramp_sessions\/([^/]+)$/.exec(url.pathname)?.[1];
    if (req.method === 'POST' && url.pathname === '/v1/crypto/onramp_sessions') result = { status: 200, body: sessions.create(params) };
    else if (req.method === 'GET' && id) {
      const session = sessions.get(id);
      result = session ? { status: 200, body: session } : stripeError(404, 'invalid_request_error', `No such crypto.onramp_session: '${id}'`);
    } else result = stripeError(404, 'invalid_request_error', `Unrecognized request URL (${req.method}: ${url.pathname})`);
    if (key && req.method === 'POST') idempotent.set(key, result);
    return result;
  };

  const control = async (req: IncomingMessage, body: string): Promise<{ status: number; body: unknown }> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const input = (body ? JSON.parse(body) : {}) as { status?: string; count?: number } & AdvanceOptions;
    const id = /^\/_fake\/onramp_sessions\/([^/]+)\/advance$/.exec(url.pathname)?.[1];
    if (req.method === 'POST' && id && typeof input.status === 'string') {
      const { status, ...rest } = input;
      return { status: 200, body: await advance(id, status, rest) };
    }
    if (req.method === 'POST' && url.pathname === '/_fake/fail_next') {
      failures = { count: input.count ?? 1, status: Number(input.status ?? 500) };
      return { status: 200, body: { failing_next: failures.count, status: failures.status } };
    }
    return { status: 404, body: { error: 'unknown control route; POST /_fake/onramp_sessions/:id/advance {"status":"fulfillment_complete"} or /_fake/fail_next {"count":1}' } };
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const handler = req.url?.startsWith('/_fake/') ? control(req, body) : Promise.resolve(api(req, body));
      handler.then(
        (result) => send(res, result.status, result.body),
        (err: unknown) => send(res, err instanceof FakeRequestError ? err.status : 500, errorBody(err)),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    apiBase: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    sessions,
    requests,
    failNext: (count, status = 500) => void (failures = { count, status }),
    setWebhookUrl: (url) => void (webhookUrl = url),
    advance,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function stripeError(status: number, type: string, message: string, param?: string): { status: number; body: unknown } {
  return { status, body: { error: { type, message, ...(param && { param }) } } };
}

function errorBody(err: unknown): unknown {
  if (err instanceof FakeRequestError) return stripeError(err.status, 'invalid_request_error', err.message, err.param).body;
  return stripeError(500, 'api_error', err instanceof Error ? err.message : String(err)).body;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'request-id': `req_fake_${Date.now()}` });
  res.end(text);
}
