// `npm start`: the inference service and the API façade together on this machine, each in its own
// process (as in production), with the embedded database. If either exits, both stop.
import { spawn, type ChildProcess } from 'node:child_process';

const root = new URL('..', import.meta.url);
const inferencePort = process.env.INFERENCE_PORT ?? '50051';
const env = {
  ...process.env,
  INFERENCE_PORT: inferencePort,
  INFERENCE_URL: process.env.INFERENCE_URL ?? `http://127.0.0.1:${inferencePort}`,
};

function start(name: string, script: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(script, root).pathname], { env, stdio: 'inherit' });
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} exited (${signal ?? code}); stopping`);
    stop(typeof code === 'number' && code !== 0 ? code : 1);
  });
  return child;
}

let stopping = false;
const children = [start('inference', 'inference/main.ts'), start('api', 'api/main.ts')];

function stop(code: number): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const timer = setTimeout(() => process.exit(code), 5000);
  timer.unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() => process.exit(code));
}

process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));
