// Serves a Connect service implementation (ServiceImpl) on a @grpc/grpc-js server, so the same
// service object answers plain gRPC on grpc-js's faster HTTP/2 path. Deadlines, cancellation and
// ConnectError codes carry over (Connect and gRPC share the numeric status codes).
import { create, isMessage, type DescMethod, type DescService } from '@bufbuild/protobuf';
import { Code, ConnectError, createContextValues, type ContextValues, type HandlerContext } from '@connectrpc/connect';
import * as grpc from '@grpc/grpc-js';
import { CallCancellation } from './cancellation.js';
import { grpcJsDefinition, MalformedRequest } from './grpc-js-definition.js';

type AnyImpl = Record<string, (request: unknown, ctx: HandlerContext) => unknown>;
type AnyCall = grpc.ServerUnaryCall<unknown, unknown> | grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>;

export function addConnectService(server: grpc.Server, service: DescService, impl: object, shutdownSignal: AbortSignal): void {
  const methods = impl as AnyImpl;
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const method of service.methods) {
    const fn = methods[method.localName]!.bind(impl);
    switch (method.methodKind) {
      case 'unary': {
        const unary = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
          if (call.request instanceof MalformedRequest) return callback(malformed(call.request));
          const ctx = new GrpcCallContext(service, method, call, shutdownSignal);
          new Promise((resolve) => resolve(fn(call.request, ctx))).then(
            (response) => {
              ctx.release();
              callback(null, asMessage(method, response));
            },
            (error: unknown) => {
              ctx.release();
              callback(toServiceError(error));
            },
          );
        };
        handlers[method.localName] = unary;
        break;
      }
      case 'server_streaming': {
        const serverStreaming = (call: grpc.ServerWritableStream<unknown, unknown>) => {
          if (call.request instanceof MalformedRequest) return void call.emit('error', malformed(call.request));
          const ctx = new GrpcCallContext(service, method, call, shutdownSignal);
          void pipeResponses(call, fn(call.request, ctx) as AsyncIterable<unknown>, method).finally(() => ctx.release());
        };
        handlers[method.localName] = serverStreaming;
        break;
      }
      case 'bidi_streaming': {
        const bidiStreaming = (call: grpc.ServerDuplexStream<unknown, unknown>) => {
          const ctx = new GrpcCallContext(service, method, call, shutdownSignal);
          // The default iterator destroys the whole duplex when reading ends, which would cut the
          // responses still to be written.
          const requests = wellFormed(call.iterator({ destroyOnReturn: false }));
          void pipeResponses(call, fn(requests, ctx) as AsyncIterable<unknown>, method).finally(() => ctx.release());
        };
        handlers[method.localName] = bidiStreaming;
        break;
      }
      default:
        throw new Error(`${method.methodKind} methods are not served`);
    }
  }
  server.addService(grpcJsDefinition(service), handlers);
}

/**
 * A HandlerContext built for the hot path: a class instance (accessors on the prototype, not an
 * object literal of getters and closures per call), a CallCancellation instead of an AbortController
 * (the AbortSignal is made only if a handler reads `signal`), a deadline timer only when the caller
 * set a deadline, header objects only when a handler asks for them. (Connect's own
 * createHandlerContext allocates linked signals, errors and three Headers per call.) Both choices
 * shortened the main thread's young-generation pauses at 650 calls a second (docs/ARCHITECTURE.md,
 * "Garbage on the event loop").
 */
class GrpcCallContext implements HandlerContext {
  readonly protocolName = 'grpc';
  readonly requestMethod = 'POST';
  readonly cancellation = new CallCancellation();
  readonly #call: AnyCall;
  readonly #deadlineMs: number;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #onCancelled: () => void;
  #requestHeader: Headers | undefined;
  #responseHeader: Headers | undefined;
  #responseTrailer: Headers | undefined;
  #values: ContextValues | undefined;

  constructor(
    readonly service: DescService,
    readonly method: DescMethod,
    call: AnyCall,
    shutdownSignal: AbortSignal,
  ) {
    this.#call = call;
    const deadline = (call as grpc.ServerUnaryCall<unknown, unknown>).getDeadline();
    this.#deadlineMs = deadline instanceof Date ? deadline.getTime() : deadline;
    if (shutdownSignal.aborted) this.cancellation.abort(new ConnectError('the server is shutting down', Code.Unavailable));
    // The deadline timer (only when the caller set one) and the client going away abort the call
    // until release(). Locals first: a function literal assigned straight to a field is pretenured.
    const cancellation = this.cancellation;
    const timer = Number.isFinite(this.#deadlineMs)
      ? setTimeout(() => cancellation.abort(new ConnectError('the deadline passed', Code.DeadlineExceeded)), Math.max(0, this.#deadlineMs - Date.now()))
      : undefined;
    // grpc-js also reports 'cancelled' when a finished call's stream closes; only a live call aborts.
    const onCancelled = () => {
      clearTimeout(timer);
      cancellation.abort(new ConnectError('the client cancelled the call', Code.Canceled));
    };
    this.#timer = timer;
    this.#onCancelled = onCancelled;
    (call as grpc.ServerUnaryCall<unknown, unknown>).once('cancelled', onCancelled);
  }

  get url(): string {
    return (this.#call as grpc.ServerUnaryCall<unknown, unknown>).getPath();
  }

  get signal(): AbortSignal {
    return this.cancellation.signal;
  }

  get requestHeader(): Headers {
    return (this.#requestHeader ??= metadataHeaders(this.#call.metadata));
  }

  get responseHeader(): Headers {
    return (this.#responseHeader ??= new Headers());
  }

  get responseTrailer(): Headers {
    return (this.#responseTrailer ??= new Headers());
  }

  get values(): ContextValues {
    return (this.#values ??= createContextValues());
  }

  timeoutMs(): number | undefined {
    return Number.isFinite(this.#deadlineMs) ? this.#deadlineMs - Date.now() : undefined;
  }

  /** Stops the deadline timer and the 'cancelled' listener once the call has answered. */
  release(): void {
    clearTimeout(this.#timer);
    (this.#call as grpc.ServerUnaryCall<unknown, unknown>).removeListener('cancelled', this.#onCancelled);
  }
}

function metadataHeaders(metadata: grpc.Metadata): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(metadata.getMap())) if (typeof value === 'string') headers.set(key, value);
  return headers;
}

async function pipeResponses(
  call: grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>,
  responses: AsyncIterable<unknown>,
  method: DescMethod,
): Promise<void> {
  try {
    for await (const response of responses) {
      if (call.cancelled) return;
      if (!call.write(asMessage(method, response))) await new Promise((resolve) => call.once('drain', resolve));
    }
    call.end();
  } catch (error) {
    if (!call.cancelled) call.emit('error', toServiceError(error));
  }
}

/** A stream's requests, ending the stream with INVALID_ARGUMENT at the first malformed one. */
async function* wellFormed(requests: AsyncIterable<unknown>): AsyncGenerator<unknown> {
  for await (const request of requests) {
    if (request instanceof MalformedRequest) throw new ConnectError(request.reason, Code.InvalidArgument);
    yield request;
  }
}

function malformed(request: MalformedRequest): Partial<grpc.ServiceError> {
  return { code: grpc.status.INVALID_ARGUMENT, details: request.reason };
}

function asMessage(method: DescMethod, response: unknown): unknown {
  return isMessage(response, method.output) ? response : create(method.output, response as never);
}

function toServiceError(error: unknown): Partial<grpc.ServiceError> {
  const connectError = ConnectError.from(error);
  // Unexpected errors never leak their text to the caller.
  const details = connectError.code === Code.Internal || connectError.code === Code.Unknown ? 'internal error' : connectError.rawMessage;
  return { code: connectError.code as number as grpc.status, details };
}
