// The bench's baseline: a bare @grpc/grpc-js server of the same ScanService proto whose handlers
// do no work, so the difference to the real service is the cost of scanning.
import { create } from '@bufbuild/protobuf';
import * as grpc from '@grpc/grpc-js';
import {
  ScanBatchResponseSchema,
  type ScanBatchRequest,
  type ScanRequest,
  type ScanResponse,
  ScanResponseSchema,
  ScanService,
} from '../gen/stronghold/v1/scan_pb.js';
import { grpcJsDefinition } from '../inference/grpc-js-definition.js';

const echo = (request: ScanRequest): ScanResponse => create(ScanResponseSchema, { id: request.id });

const server = new grpc.Server();
server.addService(grpcJsDefinition(ScanService), {
  scan(call: grpc.ServerUnaryCall<ScanRequest, ScanResponse>, callback: grpc.sendUnaryData<ScanResponse>) {
    callback(null, echo(call.request));
  },
  scanBatch(call: grpc.ServerUnaryCall<ScanBatchRequest, unknown>, callback: grpc.sendUnaryData<unknown>) {
    callback(null, create(ScanBatchResponseSchema, { responses: call.request.requests.map(echo) }));
  },
  scanStream(call: grpc.ServerDuplexStream<ScanRequest, ScanResponse>) {
    call.on('data', (request: ScanRequest) => call.write(echo(request)));
    call.on('end', () => call.end());
  },
});

const port = Number(process.env.ECHO_PORT ?? 0);
server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) => {
  if (error) throw error;
  console.log(`READY ${bound}`);
});
process.once('SIGTERM', () => server.tryShutdown(() => process.exit(0)));
