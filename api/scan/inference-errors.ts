// The one place where the inference service's errors (ConnectError codes, an open circuit) become
// REST errors: a down or overloaded service is a 503 with a clear message, never a hang.
import { Code, ConnectError } from '@connectrpc/connect';
import { ApiError } from '../http/api-error.js';
import { CircuitOpenError } from './circuit-breaker.js';

export function inferenceErrorToApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof CircuitOpenError) {
    return new ApiError(503, 'inference_unavailable', 'Scanning service is temporarily unavailable; retry shortly', {
      cause: err,
      headers: { 'Retry-After': String(Math.max(1, Math.ceil(err.retryAfterMs / 1000))) },
    });
  }
  const connectError = ConnectError.from(err);
  switch (connectError.code) {
    case Code.InvalidArgument:
      return new ApiError(400, 'invalid_text', 'The text could not be scanned (empty or too large)', { cause: err });
    case Code.ResourceExhausted:
      return ApiError.serviceUnavailable('inference_overloaded', 'Scanning service is busy; retry shortly', err);
    case Code.DeadlineExceeded:
      return ApiError.serviceUnavailable('inference_timeout', 'Scanning service did not answer in time; retry shortly', err);
    case Code.Unavailable:
    case Code.Canceled:
    case Code.Aborted:
      return ApiError.serviceUnavailable('inference_unavailable', 'Scanning service is temporarily unavailable; retry shortly', err);
    default:
      return new ApiError(502, 'inference_error', 'Scanning service failed', { cause: err });
  }
}

/** Short label for metrics. */
export function inferenceFailureReason(err: ApiError): string {
  return err.code.replace(/^inference_/, '');
}
