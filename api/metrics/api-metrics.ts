// Prometheus metrics of the API on a registry of its own (one per app, so tests can build many):
// request counts and latency by route and status, scan decisions, inference and usage-log failures.
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { routeLabel } from '../http/access-log.js';

export class ApiMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'stronghold_api_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'stronghold_api_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly scanDecisions = new Counter({
    name: 'stronghold_api_scan_decisions_total',
    help: 'Scan results by endpoint and decision',
    labelNames: ['endpoint', 'decision'] as const,
    registers: [this.registry],
  });
  readonly inferenceFailures = new Counter({
    name: 'stronghold_api_inference_failures_total',
    help: 'Calls to the inference service that failed, by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly usageLogFailures = new Counter({
    name: 'stronghold_api_usage_log_failures_total',
    help: 'Usage rows that could not be written',
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'stronghold_api_' });
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      const end = this.httpDuration.startTimer();
      res.on('finish', () => {
        const labels = { method: req.method, route: routeLabel(req), status: String(res.statusCode) };
        end(labels);
        this.httpRequests.inc(labels);
      });
      next();
    };
  }
}
