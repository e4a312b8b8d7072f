// CallCancellation: the grpc-js path's cancellation, held to what callers expect of an AbortSignal.
import assert from 'node:assert/strict';
import { CallCancellation, cancellationOf } from '../../inference/cancellation.js';
import type { HandlerContext } from '@connectrpc/connect';

describe('CallCancellation', () => {
  it('calls its listeners once, in the order added, with the reason readable', () => {
    const cancel = new CallCancellation();
    const heard: string[] = [];
    cancel.addEventListener('abort', () => heard.push(`a:${String(cancel.reason)}`));
    cancel.addEventListener('abort', () => heard.push('b'));
    assert.equal(cancel.aborted, false);
    cancel.abort('deadline');
    cancel.abort('again');
    assert.equal(cancel.aborted, true);
    assert.equal(cancel.reason, 'deadline');
    assert.deepEqual(heard, ['a:deadline', 'b']);
  });

  it('does not call a removed listener, nor one added after the abort; a listener added twice runs once', () => {
    const cancel = new CallCancellation();
    let removed = 0;
    let twice = 0;
    const remove = () => removed++;
    const add = () => twice++;
    cancel.addEventListener('abort', remove);
    cancel.addEventListener('abort', add);
    cancel.addEventListener('abort', add);
    cancel.removeEventListener('abort', remove);
    cancel.abort('x');
    let late = 0;
    cancel.addEventListener('abort', () => late++);
    assert.deepEqual([removed, twice, late], [0, 1, 0]);
  });

  it('still tells the other listeners when one throws, and reports the error', async () => {
    const cancel = new CallCancellation();
    let second = false;
    cancel.addEventListener('abort', () => {
      throw new Error('listener failed');
    });
    cancel.addEventListener('abort', () => (second = true));
    // The error surfaces as an uncaught exception, as a throwing AbortSignal listener's does; mocha's
    // own handler is set aside while this test catches it.
    const mocha = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    try {
      const reported = new Promise<Error>((resolve) => process.once('uncaughtException', resolve));
      cancel.abort('x');
      assert.equal(second, true);
      assert.match((await reported).message, /listener failed/);
    } finally {
      for (const listener of mocha) process.on('uncaughtException', listener);
    }
  });

  it('makes a real AbortSignal on demand that follows it, aborted already if it was', () => {
    const before = new CallCancellation();
    const signal = before.signal;
    assert.ok(signal instanceof AbortSignal);
    assert.equal(before.signal, signal, 'one signal per call');
    let heard: unknown;
    signal.addEventListener('abort', () => (heard = signal.reason));
    before.abort('cancelled');
    assert.equal(heard, 'cancelled');

    const after = new CallCancellation();
    after.abort('deadline');
    assert.equal(after.signal.aborted, true);
    assert.equal(after.signal.reason, 'deadline');
  });

  it('cancellationOf prefers a context own cancellation and falls back to its signal', () => {
    const own = new CallCancellation();
    assert.equal(cancellationOf({ cancellation: own, signal: new AbortController().signal } as unknown as HandlerContext), own);
    const signal = new AbortController().signal;
    assert.equal(cancellationOf({ signal } as unknown as HandlerContext), signal);
  });
});
