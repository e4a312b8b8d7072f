// JSON body parsing with two size limits: scan routes take up to ~1 MiB (their text is capped at
// 500 KiB after parsing), everything else 16 KiB. Webhook routes keep their raw body for signatures.
import express, { type RequestHandler } from 'express';
import type { Config } from '../config.js';

export function jsonBodies(limits: Config['limits']): RequestHandler {
  const scan = express.json({ limit: limits.scanBodyBytes });
  const standard = express.json({ limit: limits.jsonBodyBytes });
  return (req, res, next) => {
    if (req.path.startsWith('/webhooks/')) {
      next();
      return;
    }
    (req.path.startsWith('/v1/scan/') ? scan : standard)(req, res, next);
  };
}
