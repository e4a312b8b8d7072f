// Worker entry when the service runs from TypeScript sources (npm start, tests): registers tsx in
// this thread before loading the worker, since a thread does not reliably inherit the loader.
// Compiled builds load worker.js directly and never use this file.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
