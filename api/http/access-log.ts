// One log line per finished request (method, route, status, duration, client IP), written when
// the response ends so it carries the final status.
import type { Request, RequestHandler } from 'express';

/** The route pattern ("/v1/account/usage") rather than the raw URL keeps labels and logs bounded. */
export function routeLabel(req: Request): string {
  const route = req.route as { path?: unknown } | undefined;
  return typeof route?.path === 'string' ? `${req.baseUrl}${route.path}` : 'unmatched';
}

export function accessLog(): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const level = res.statusCode >= 500 ? 'warn' : 'info';
      req.log.log(level, 'request', {
        method: req.method,
        route: routeLabel(req),
        status: res.statusCode,
        duration_ms: Math.round(durationMs * 10) / 10,
        ip: req.ip,
      });
    });
    next();
  };
}
