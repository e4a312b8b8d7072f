// Builds @grpc/grpc-js service definitions from protobuf-es descriptors, so grpc-js clients and
// servers (tests, the bench's bare echo baseline, internal callers) share the generated code.
import { fromBinary, toBinary, type DescMessage, type DescService, type MessageShape } from '@bufbuild/protobuf';
import type { ServiceDefinition } from '@grpc/grpc-js';
import * as grpc from '@grpc/grpc-js';

export function grpcJsDefinition(service: DescService): ServiceDefinition {
  const definition: Record<string, ServiceDefinition[string]> = {};
  for (const method of service.methods) {
    definition[method.localName] = {
      path: `/${service.typeName}/${method.name}`,
      originalName: method.name,
      requestStream: method.methodKind === 'client_streaming' || method.methodKind === 'bidi_streaming',
      responseStream: method.methodKind === 'server_streaming' || method.methodKind === 'bidi_streaming',
      requestSerialize: serializer(method.input),
      requestDeserialize: requestDeserializer(method.input),
      responseSerialize: serializer(method.output),
      responseDeserialize: deserializer(method.output),
    };
  }
  return definition;
}

/** A grpc-js client constructor for the service (methods named in lowerCamelCase: scan, scanBatch …). */
export function grpcJsClient(service: DescService): grpc.ServiceClientConstructor {
  return grpc.makeGenericClientConstructor(grpcJsDefinition(service), service.name);
}

function serializer<D extends DescMessage>(desc: D) {
  return (message: MessageShape<D>): Buffer => {
    const bytes = toBinary(desc, message);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

/**
 * What a server's request deserializer hands on for bytes that do not parse (invalid UTF-8 in a
 * string, a truncated message): grpc-js answers a throwing deserializer with INTERNAL, but a
 * malformed request is the caller's mistake, which the adapter answers with INVALID_ARGUMENT.
 */
export class MalformedRequest {
  constructor(readonly reason: string) {}
}

function requestDeserializer<D extends DescMessage>(desc: D) {
  return (bytes: Buffer): MessageShape<D> | MalformedRequest => {
    try {
      return fromBinary(desc, bytes);
    } catch (error) {
      return new MalformedRequest(`the request is not a valid ${desc.typeName}: ${(error as Error).message}`);
    }
  };
}

function deserializer<D extends DescMessage>(desc: D) {
  return (bytes: Buffer): MessageShape<D> => fromBinary(desc, bytes);
}
