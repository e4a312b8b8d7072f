// The inference service's error vocabulary: a typed code per failure, independent of transport.
// grpc-errors.ts converts it to gRPC/Connect status codes in one place.

export type ScanErrorCode =
  | 'invalid_argument'
  | 'resource_exhausted'
  | 'deadline_exceeded'
  | 'cancelled'
  | 'unavailable'
  | 'internal';

export class ScanError extends Error {
  constructor(
    readonly code: ScanErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ScanError';
  }
}
