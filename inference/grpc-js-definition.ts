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
      requestDeserialize: deserializer(method.input),
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

function deserializer<D extends DescMessage>(desc: D) {
  return (bytes: Buffer): MessageShape<D> => fromBinary(desc, bytes);
}
