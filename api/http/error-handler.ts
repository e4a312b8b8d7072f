// The one error middleware: turns anything thrown into `{error, code, request_id}` with a generic
// message, and logs the detail (with the request id) for whoever reads the logs.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ApiError } from './api-error.js';

/** Errors raised by body-parser carry a `type`; map the ones a client can cause. */
function fromBodyParser(err: { type?: unknown; status?: unknown }): ApiError | undefined {
  switch (err.type) {
    case 'entity.parse.failed':
      return ApiError.badRequest('invalid_json', 'Malformed JSON body');
    case 'entity.too.large':
      return ApiError.payloadTooLarge();
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError(415, 'unsupported_encoding', 'Unsupported content encoding');
    case 'request.aborted':
      return ApiError.badRequest('request_aborted', 'Request aborted');
    default:
      return undefined;
  }
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (typeof err === 'object' && err !== null) {
    const mapped = fromBodyParser(err as { type?: unknown });
    if (mapped) return mapped;
    // Express and its routers mark what the client caused with a 4xx status (a path that is not
    // valid percent-encoding is a URIError with status 400): a client error, not a 500.
    const { status } = err as { status?: unknown };
    if (typeof status === 'number' && status >= 400 && status < 500) return new ApiError(status, 'bad_request', 'The request could not be read', { cause: err });
  }
  return ApiError.internal(err);
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(ApiError.notFound());
};

export const errorHandler: ErrorRequestHandler = (err, req, res, next) => {
  const apiError = toApiError(err);
  const log = req.log;
  // A JSON parser's message quotes the body it choked on, and the body may be a secret being scanned.
  const parseFailure = apiError.code === 'invalid_json';
  const detail = parseFailure ? undefined : apiError.cause ?? (apiError === err ? undefined : err);
  if (apiError.status >= 500) {
    log?.error('request failed', { code: apiError.code, status: apiError.status, err: describe(detail ?? apiError) });
  } else {
    log?.info('request refused', { code: apiError.code, status: apiError.status, ...(detail !== undefined && { err: describe(detail) }) });
  }
  if (res.headersSent) {
    next(err);
    return;
  }
  for (const [name, value] of Object.entries(apiError.headers)) res.setHeader(name, value);
  res.status(apiError.status).json(apiError.toJSON(req.requestId));
};

function describe(err: unknown): { name?: string; message: string; stack?: string; code?: unknown } {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack, code: (err as { code?: unknown }).code };
  return { message: String(err) };
}
