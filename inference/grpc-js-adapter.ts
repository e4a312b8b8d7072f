// Serves a Connect service implementation (ServiceImpl) on a @grpc/grpc-js server, so the same
// service object answers plain gRPC on grpc-js's faster HTTP/2 path. Deadlines, cancellation and
// ConnectError codes carry over (Connect and gRPC share the numeric status codes).
import { create, isMessage, type DescMethod, type DescService } from '@bufbuild/protobuf';
import { Code, ConnectError, createHandlerContext, type HandlerContext } from '@connectrpc/connect';
import grpc from '@grpc/grpc-js';
import { grpcJsDefinition } from './grpc-js-definition.js';

type AnyImpl = Record<string, (request: unknown, ctx: HandlerContext) => unknown>;
type AnyCall = grpc.ServerUnaryCall<unknown, unknown> | grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>;

export function addConnectService(server: grpc.Server, service: DescService, impl: object, shutdownSignal: AbortSignal): void {
  const methods = impl as AnyImpl;
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const method of service.methods) {
    const fn = methods[method.localName]!.bind(impl);
    const context = (call: AnyCall) => handlerContext(service, method, call, shutdownSignal);
    switch (method.methodKind) {
      case 'unary':
        handlers[method.localName] = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
          const ctx = context(call);
          new Promise((resolve) => resolve(fn(call.request, ctx))).then(
            (response) => callback(null, asMessage(method, response)),
            (error: unknown) => callback(toServiceError(error)),
          );
        };
        break;
      case 'server_streaming':
        handlers[method.localName] = (call: grpc.ServerWritableStream<unknown, unknown>) =>
          void pipeResponses(call, fn(call.request, context(call)) as AsyncIterable<unknown>, method);
        break;
      case 'bidi_streaming':
        handlers[method.localName] = (call: grpc.ServerDuplexStream<unknown, unknown>) =>
          // The default iterator destroys the whole duplex when reading ends, which would cut the
          // responses still to be written.
          void pipeResponses(call, fn(call.iterator({ destroyOnReturn: false }), context(call)) as AsyncIterable<unknown>, method);
        break;
      default:
        throw new Error(`${method.methodKind} methods are not served`);
    }
  }
  server.addService(grpcJsDefinition(service), handlers);
}

function handlerContext(service: DescService, method: DescMethod, call: AnyCall, shutdownSignal: AbortSignal): HandlerContext {
  const deadline = call.getDeadline();
  const deadlineMs = deadline instanceof Date ? deadline.getTime() : deadline;
  const cancelled = new AbortController();
  (call as grpc.ServerUnaryCall<unknown, unknown>).once('cancelled', () => cancelled.abort(new ConnectError('the client cancelled the call', Code.Canceled)));
  return createHandlerContext({
    service,
    method,
    protocolName: 'grpc',
    requestMethod: 'POST',
    url: call.getPath(),
    timeoutMs: Number.isFinite(deadlineMs) ? Math.max(0, deadlineMs - Date.now()) : undefined,
    requestSignal: cancelled.signal,
    shutdownSignal,
  });
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

function asMessage(method: DescMethod, response: unknown): unknown {
  return isMessage(response, method.output) ? response : create(method.output, response as never);
}

function toServiceError(error: unknown): Partial<grpc.ServiceError> {
  const connectError = ConnectError.from(error);
  // Unexpected errors never leak their text to the caller.
  const details = connectError.code === Code.Internal || connectError.code === Code.Unknown ? 'internal error' : connectError.rawMessage;
  return { code: connectError.code as number as grpc.status, details };
}
