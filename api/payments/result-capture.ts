// The scan handler ends with res.json(result) (or the error middleware with res.json(error)). The
// payment middleware intercepts that one call: a 200 result is handed to the payment flow, which
// decides what is sent and when; anything else voids the payment and goes out unchanged.
import type { Request, Response } from 'express';
import { toApiError } from '../http/error-handler.js';

export interface CaptureHooks {
  /** The scan succeeded; must send the response (the result, or the truth about the payment). */
  onResult(body: unknown): Promise<void>;
  /** The scan failed; runs before its error response goes out. */
  onFailure(): Promise<void>;
}

export function captureScanResult(req: Request, res: Response, hooks: CaptureHooks): void {
  const original = res.json.bind(res);
  // A local first: a function literal assigned straight to a property is allocated in the old
  // generation and would keep this request alive through young-generation collections.
  const capture = (body: unknown) => {
    res.json = original;
    if (res.statusCode !== 200) {
      hooks.onFailure().then(
        () => original(body),
        (err: unknown) => {
          req.log.error('voiding a failed paid scan failed', { err: String(err) });
          original(body);
        },
      );
      return res;
    }
    hooks.onResult(body).catch((err: unknown) => sendError(req, res, err));
    return res;
  };
  res.json = capture as Response['json'];
}

/** Same shape as the error middleware, for failures that happen after the route has returned. */
export function sendError(req: Request, res: Response, err: unknown): void {
  const apiError = toApiError(err);
  const log = apiError.status >= 500 ? req.log.error.bind(req.log) : req.log.info.bind(req.log);
  log('paid request failed', { code: apiError.code, status: apiError.status, err: String(apiError.cause ?? err) });
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(apiError.headers)) res.setHeader(name, value);
  res.status(apiError.status).json(apiError.toJSON(req.requestId));
}
