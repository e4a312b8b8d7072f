// Cancellation of one call, as the dispatcher needs it: whether it happened, why, and a way to hear
// of it. An AbortSignal is one; the grpc-js adapter gives each call a CallCancellation instead,
// because a Node AbortSignal per request (an EventTarget with two Maps, a linked listener list)
// measurably lengthened the main thread's young-generation collections at a thousand calls a second.
import type { HandlerContext } from '@connectrpc/connect';

export interface Cancellation {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * A call's cancellation without an EventTarget. Listeners run once, in the order added, when
 * abort() is first called; a real AbortSignal that follows it is made only if code asks for one.
 */
export class CallCancellation implements Cancellation {
  #aborted = false;
  #reason: unknown;
  #listeners: Set<() => void> | undefined;
  #controller: AbortController | undefined;

  get aborted(): boolean {
    return this.#aborted;
  }

  get reason(): unknown {
    return this.#reason;
  }

  /** An AbortSignal that aborts with this cancellation (already aborted if it has). */
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    // As with an AbortSignal, a listener added after the abort is never called, and adding one twice
    // adds it once. A Set: a ScanBatch call has one listener per text, removed one by one.
    if (!this.#aborted) (this.#listeners ??= new Set()).add(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    this.#listeners?.delete(listener);
  }

  abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    const listeners = this.#listeners;
    this.#listeners = undefined;
    this.#controller?.abort(reason);
    if (!listeners) return;
    for (const listener of listeners) {
      try {
        listener();
      } catch (error) {
        // One failing listener must not keep the others from hearing of the abort.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** A handler context that reports cancellation without making an AbortSignal. */
interface CancellableContext extends HandlerContext {
  readonly cancellation: Cancellation;
}

/** The cheapest cancellation a handler context offers: its own, or else its signal. */
export function cancellationOf(ctx: HandlerContext): Cancellation {
  return (ctx as Partial<CancellableContext>).cancellation ?? ctx.signal;
}
