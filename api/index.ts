// The API package's public surface: build the app, start the server, parse the configuration.
// Explicit list; the payments and Stripe layers import what they plug into from here.
export { createApp } from './app.js';
export type { AppDeps } from './app.js';
export { startApiServer } from './server.js';
export type { RunningApi } from './server.js';
export { parseConfig, ConfigError, MIN_JWT_SECRET_LENGTH } from './config.js';
export type { Config } from './config.js';
export { systemClock, ManualClock } from './clock.js';
export type { Clock } from './clock.js';
export { createLogger } from './logging/logger.js';
export type { Logger } from './logging/logger.js';
export { ApiError } from './http/api-error.js';
export { ApiMetrics } from './metrics/api-metrics.js';
export { createInferenceClient } from './scan/inference-client.js';
export type { InferenceClient } from './scan/inference-client.js';
export { freeScanAccess, setScanBilling, getScanBilling } from './scan/scan-access.js';
export type { ScanBilling } from './scan/scan-access.js';
export { formatUsdc, formatUsd } from './money.js';
