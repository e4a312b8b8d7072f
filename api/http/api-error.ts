// The one error type of the REST boundary: an HTTP status, a stable machine-readable code and a
// generic message safe to show; anything more detailed goes to the log via `cause`.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiError';
    this.headers = options?.headers ?? {};
  }

  readonly headers: Record<string, string>;

  toJSON(requestId?: string): { error: string; code: string; request_id?: string } {
    return { error: this.message, code: this.code, ...(requestId !== undefined && { request_id: requestId }) };
  }

  static badRequest(code: string, message: string): ApiError {
    return new ApiError(400, code, message);
  }
  static unauthorized(code = 'unauthorized', message = 'Authentication required'): ApiError {
    return new ApiError(401, code, message);
  }
  static forbidden(code: string, message: string): ApiError {
    return new ApiError(403, code, message);
  }
  static notFound(message = 'Not found'): ApiError {
    return new ApiError(404, 'not_found', message);
  }
  static payloadTooLarge(message = 'Request body too large'): ApiError {
    return new ApiError(413, 'payload_too_large', message);
  }
  static tooManyRequests(retryAfterSeconds: number): ApiError {
    return new ApiError(429, 'rate_limited', 'Too many requests; retry later', { headers: { 'Retry-After': String(retryAfterSeconds) } });
  }
  static serviceUnavailable(code: string, message: string, cause?: unknown): ApiError {
    return new ApiError(503, code, message, { cause, headers: { 'Retry-After': '5' } });
  }
  static internal(cause?: unknown): ApiError {
    return new ApiError(500, 'internal_error', 'Internal server error', { cause });
  }
}
