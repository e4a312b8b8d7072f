// Gives every request an id: the client's X-Request-ID when it is a safe token, a fresh UUID
// otherwise. The id is echoed in the response and bound into the request's logger.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logging/logger.js';

export const REQUEST_ID_PATTERN = /^[0-9A-Za-z-]{1,64}$/;

export function requestId(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const offered = req.get('x-request-id');
    req.requestId = offered !== undefined && REQUEST_ID_PATTERN.test(offered) ? offered : randomUUID();
    req.log = logger.child({ request_id: req.requestId });
    res.setHeader('X-Request-ID', req.requestId);
    next();
  };
}
