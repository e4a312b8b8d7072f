// The entry of every WorkerPool thread: loads the module it was started for, says it is ready (with the
// module's `ready` export, if it has one), and answers each task message with the module's default
// export applied to the task.
import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, PoolThreadData } from './worker-pool.js';

interface TaskMessage {
  id: number;
  task: unknown;
}

const port = parentPort;
if (!port) throw new Error('pool-worker.ts runs only as a worker thread');
const { filename } = workerData as PoolThreadData;
const module = (await import(filename)) as { default?: unknown; ready?: unknown };
if (typeof module.default !== 'function') throw new Error(`${filename} has no default export function`);
const handle = module.default as (task: unknown) => unknown;

function reply(message: FromWorker): void {
  try {
    port!.postMessage(message);
  } catch {
    // A result or error that cannot be cloned still settles the task.
    port!.postMessage({ id: (message as { id: number }).id, error: new Error('the worker produced a value that cannot be sent to the main thread') });
  }
}

async function run({ id, task }: TaskMessage): Promise<void> {
  try {
    reply({ id, result: await handle(task) });
  } catch (error) {
    reply({ id, error });
  }
}

port.on('message', (message: TaskMessage) => void run(message));
reply({ ready: true, detail: module.ready });
