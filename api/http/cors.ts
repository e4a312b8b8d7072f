// CORS for the dashboard: only the configured origins, with credentials (cookies). Requests from
// other origins simply get no CORS headers, and the browser keeps the response from the page.
import type { RequestHandler } from 'express';
import cors from 'cors';

export function corsForDashboard(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization', 'X-CSRF-Token', 'X-Request-ID', 'PAYMENT-SIGNATURE', 'X-PAYMENT'],
    exposedHeaders: ['X-Request-ID', 'Retry-After', 'PAYMENT-REQUIRED', 'PAYMENT-RESPONSE'],
    maxAge: 600,
  });
}
