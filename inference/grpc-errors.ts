// The one place where failures become gRPC/Connect status codes. Callers' mistakes get their own
// code and a clear message; unexpected failures become INTERNAL with a generic message.
import { Code, ConnectError } from '@connectrpc/connect';
import { ScanError, type ScanErrorCode } from './scan-error.js';

const CODES: Record<ScanErrorCode, Code> = {
  invalid_argument: Code.InvalidArgument,
  resource_exhausted: Code.ResourceExhausted,
  deadline_exceeded: Code.DeadlineExceeded,
  cancelled: Code.Canceled,
  unavailable: Code.Unavailable,
  internal: Code.Internal,
};

export function toConnectError(error: unknown): ConnectError {
  if (error instanceof ConnectError) return error;
  if (error instanceof ScanError) {
    // Internal details stay in the log; the caller learns only that it was not their fault.
    const message = error.code === 'internal' ? 'internal error' : error.message;
    return new ConnectError(message, CODES[error.code], undefined, undefined, error);
  }
  return new ConnectError('internal error', Code.Internal, undefined, undefined, error);
}

/** True when the error is the service's fault (worth logging at error level). */
export function isServerFault(error: ConnectError): boolean {
  return error.code === Code.Internal || error.code === Code.Unknown;
}
