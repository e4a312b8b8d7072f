// A loopback proxy in front of the dev facilitator that can misbehave per path: pass, answer 500,
// reset the connection, stall forever, or forward late (after the caller gave up).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FaultMode = 'pass' | 'error500' | 'reset' | 'stall' | { delayMs: number };

export interface FaultyProxy {
  url: string;
  modes: Record<string, FaultMode>;
  /** Requests seen per path ("/verify", "/settle"). */
  calls: Record<string, number>;
  /** Resolves when the next request for `path` arrives. */
  next(path: string): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultyProxy(target: string): Promise<FaultyProxy> {
  const modes: Record<string, FaultMode> = {};
  const calls: Record<string, number> = {};
  const arrivals = new Map<string, (() => void)[]>();
  const server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = req.url ?? '/';
    calls[path] = (calls[path] ?? 0) + 1;
    for (const wake of arrivals.get(path) ?? []) wake();
    arrivals.delete(path);
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const mode = modes[path] ?? 'pass';
    if (mode === 'stall') return; // never answers; the socket dies with the caller
    if (mode === 'reset') return void req.socket.destroy();
    if (mode === 'error500') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      return void res.end('upstream exploded');
    }
    if (typeof mode === 'object') await new Promise((r) => setTimeout(r, mode.delayMs));
    const upstream = await fetch(`${target}${path}`, { method: req.method, headers: { 'content-type': 'application/json' }, body: req.method === 'POST' ? Buffer.concat(chunks) : undefined });
    const text = await upstream.text();
    if (res.destroyed) return;
    res.writeHead(upstream.status, { 'content-type': 'application/json' });
    res.end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    modes,
    calls,
    next: (path) => new Promise((resolve) => arrivals.set(path, [...(arrivals.get(path) ?? []), resolve])),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
