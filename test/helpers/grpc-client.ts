// Promise wrappers over a real @grpc/grpc-js client of ScanService and Health, for tests.
import { create, type MessageInitShape } from '@bufbuild/protobuf';
import * as grpc from '@grpc/grpc-js';
import { Health, HealthCheckRequestSchema, type HealthCheckResponse } from '../../gen/grpc/health/v1/health_pb.js';
import {
  ScanBatchRequestSchema,
  type ScanBatchResponse,
  ScanRequestSchema,
  type ScanResponse,
  ScanService,
} from '../../gen/stronghold/v1/scan_pb.js';
import { grpcJsClient } from '../../inference/grpc-js-definition.js';

type ScanInit = MessageInitShape<typeof ScanRequestSchema>;
type Callback<T> = (error: grpc.ServiceError | null, value?: T) => void;
type Unary<Req, Res> = (request: Req, metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback<Res>) => void;

const ScanClient = grpcJsClient(ScanService);
const HealthClient = grpcJsClient(Health);

export class TestGrpcClient {
  readonly scanClient: grpc.Client;
  readonly healthClient: grpc.Client;

  constructor(address: string) {
    this.scanClient = new ScanClient(address, grpc.credentials.createInsecure());
    this.healthClient = new HealthClient(address, grpc.credentials.createInsecure());
  }

  scan(init: ScanInit, deadlineMs?: number): Promise<ScanResponse> {
    return this.#unary(this.scanClient, 'scan', create(ScanRequestSchema, init), deadlineMs);
  }

  scanBatch(requests: ScanInit[]): Promise<ScanBatchResponse> {
    return this.#unary(this.scanClient, 'scanBatch', create(ScanBatchRequestSchema, { requests }));
  }

  /** Sends every request on one bidirectional stream and collects all responses. */
  scanStream(requests: ScanInit[]): Promise<ScanResponse[]> {
    return new Promise((resolve, reject) => {
      const call = (this.scanClient as unknown as Record<string, () => grpc.ClientDuplexStream<unknown, ScanResponse>>)
        .scanStream!.call(this.scanClient);
      const responses: ScanResponse[] = [];
      call.on('data', (r: ScanResponse) => responses.push(r));
      call.on('error', reject);
      call.on('end', () => resolve(responses));
      for (const r of requests) call.write(create(ScanRequestSchema, r));
      call.end();
    });
  }

  check(service: string): Promise<HealthCheckResponse> {
    return this.#unary(this.healthClient, 'check', create(HealthCheckRequestSchema, { service }));
  }

  watch(service: string): grpc.ClientReadableStream<HealthCheckResponse> {
    const watch = (this.healthClient as unknown as Record<string, (r: unknown) => grpc.ClientReadableStream<HealthCheckResponse>>).watch!;
    return watch.call(this.healthClient, create(HealthCheckRequestSchema, { service }));
  }

  close(): void {
    this.scanClient.close();
    this.healthClient.close();
  }

  #unary<Req, Res>(client: grpc.Client, method: string, request: Req, deadlineMs?: number): Promise<Res> {
    const fn = (client as unknown as Record<string, Unary<Req, Res>>)[method]!;
    const options: grpc.CallOptions = deadlineMs === undefined ? {} : { deadline: Date.now() + deadlineMs };
    return new Promise((resolve, reject) => {
      fn.call(client, request, new grpc.Metadata(), options, (error, value) => (error ? reject(error) : resolve(value as Res)));
    });
  }
}

/** Asserts a promise rejects with the given gRPC status code. */
export async function expectStatus(promise: Promise<unknown>, code: grpc.status): Promise<grpc.ServiceError> {
  try {
    await promise;
  } catch (error) {
    const e = error as grpc.ServiceError;
    if (e.code !== code) throw new Error(`expected status ${grpc.status[code]}, got ${grpc.status[e.code]}: ${e.message}`, { cause: error });
    return e;
  }
  throw new Error(`expected status ${grpc.status[code]}, but the call succeeded`);
}
