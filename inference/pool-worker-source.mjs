// WorkerPool thread entry when the service runs from TypeScript sources (npm start, tests): registers
// tsx in this thread before loading the host, since a thread does not reliably inherit the loader.
// Compiled builds start pool-worker.js directly and never use this file.
import { register } from 'tsx/esm/api';

register();
await import('./pool-worker.ts');
