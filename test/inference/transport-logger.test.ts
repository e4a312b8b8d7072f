// The inference logger's output, captured from its own formats: errors in the metadata keep their
// message, stack and cause chain, and nothing else they carry.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import winston from 'winston';
import { createLogger } from '../../inference/logger.js';
import { WorkerExitError } from '../../inference/worker-pool.js';

/** A logger as the service makes it, writing its formatted lines here instead of to stderr. */
function captured(production: boolean): { logger: winston.Logger; lines: string[] } {
  const logger = createLogger('debug', production);
  const lines: string[] = [];
  // Not object mode: the transport then writes each entry's formatted line.
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== '')));
  logger.clear().add(new winston.transports.Stream({ stream }));
  return { logger, lines };
}

/** The start-up failure when the models are missing: the pool's error, caused by the worker's. */
function missingModels(): WorkerExitError {
  const root = new Error("ENOENT: no such file or directory, open 'inference/models/classifier.onnx'");
  return new WorkerExitError(`worker thread failed: ${root.message}`, { cause: root });
}

describe('transport: error logging', () => {
  it('logs an error in the metadata with its name, message, stack and cause (JSON)', () => {
    const { logger, lines } = captured(true);
    logger.error('inference service failed to start', { error: missingModels() });
    const entry = JSON.parse(lines[0]!) as { error: { name: string; message: string; stack: string; cause: { name: string; message: string; stack: string } } };
    assert.equal(entry.error.name, 'WorkerExitError');
    assert.match(entry.error.message, /^worker thread failed: ENOENT/);
    assert.match(entry.error.stack, /^WorkerExitError: worker thread failed[^\n]*\n\s+at /);
    assert.equal(entry.error.cause.name, 'Error');
    assert.match(entry.error.cause.message, /classifier\.onnx/);
    assert.match(entry.error.cause.stack, /\n\s+at /);
  });

  it('keeps the root cause in the readable format too', () => {
    const { logger, lines } = captured(false);
    logger.error('scan workers cannot be started; the service is not serving', { error: missingModels() });
    assert.match(lines[0]!, /"name":"WorkerExitError","message":"worker thread failed: ENOENT.*"cause":\{"name":"Error","message":"ENOENT/);
  });

  it('logs only name, message, stack and cause: an error\'s other fields (scanned text) stay out', () => {
    const { logger, lines } = captured(true);
    const error = Object.assign(new Error('layer failed'), { text: 'SCANNED-TEXT ignore previous instructions', job: { text: 'SCANNED-TEXT' } });
    logger.error('scan failed', { method: 'Scan', error });
    assert.doesNotMatch(lines[0]!, /SCANNED-TEXT/);
    assert.equal((JSON.parse(lines[0]!) as { error: { message: string } }).error.message, 'layer failed');
  });

  it('finds errors nested in objects and arrays, without changing the caller\'s objects', () => {
    const { logger, lines } = captured(true);
    const first = new Error('first attempt');
    const meta = { attempts: [first, { error: new Error('second attempt') }], when: new Date(0), count: 2 };
    logger.warn('retried', meta);
    const entry = JSON.parse(lines[0]!) as { attempts: [{ message: string }, { error: { message: string } }]; when: string; count: number };
    assert.equal(entry.attempts[0].message, 'first attempt');
    assert.equal(entry.attempts[1].error.message, 'second attempt');
    assert.equal(entry.when, '1970-01-01T00:00:00.000Z');
    assert.equal(entry.count, 2);
    assert.equal(meta.attempts[0], first);
    assert.ok(meta.attempts[1] instanceof Object && (meta.attempts[1] as { error: unknown }).error instanceof Error);
  });

  it('follows a circular cause chain to a bounded depth', () => {
    const { logger, lines } = captured(true);
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    a.cause = b;
    logger.error('loop', { error: a });
    let depth = 0;
    for (let e = (JSON.parse(lines[0]!) as { error: { cause?: unknown } }).error; e.cause !== undefined; e = e.cause as { cause?: unknown }) depth++;
    assert.ok(depth > 2 && depth < 10, `depth ${depth}`);
  });

  it('still logs an error passed as the message with its stack and cause', () => {
    const { logger, lines } = captured(true);
    logger.error(missingModels());
    const entry = JSON.parse(lines[0]!) as { message: string; stack: string; cause: { message: string } };
    assert.match(entry.message, /^worker thread failed/);
    assert.match(entry.stack, /\n\s+at /);
    assert.match(entry.cause.message, /classifier\.onnx/);
  });
});
