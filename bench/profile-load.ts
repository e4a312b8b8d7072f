// Drives one load shape against a running service, for profiling it (node --cpu-prof on the server):
//   node --import tsx bench/profile-load.ts PORT unary|stream|batch [ms]
import { create } from '@bufbuild/protobuf';
import * as grpc from '@grpc/grpc-js';
import { ScanBatchRequestSchema, ScanRequestSchema, ScanService } from '../gen/stronghold/v1/scan_pb.js';
import { grpcJsClient } from '../inference/grpc-js-definition.js';
import { englishTexts } from './corpus.js';
import { closedLoop, streamThroughput, unary } from './load.js';

const [port, shape = 'unary', ms = '5000'] = process.argv.slice(2);
const Client = grpcJsClient(ScanService);
const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
const requests = englishTexts(256).map((text, i) => create(ScanRequestSchema, { id: `r${i}`, text }));
if (shape === 'stream') {
  const count = 40_000;
  console.log('stream scans/s', Math.round(count / (await streamThroughput(client, (i) => requests[i % 256], count, 1024))));
} else if (shape === 'batch') {
  const scanBatch = unary(client, 'scanBatch');
  const batch = create(ScanBatchRequestSchema, { requests });
  const r = await closedLoop(() => scanBatch(batch), 4, Number(ms));
  console.log('batch scans/s', Math.round(r.rate * 256));
} else {
  const scan = unary(client, 'scan');
  const r = await closedLoop((i) => scan(requests[i % 256]), 64, Number(ms));
  console.log('unary req/s', Math.round(r.rate), 'p50', r.p50.toFixed(2), 'p99', r.p99.toFixed(2));
}
client.close();
process.exit(0);
