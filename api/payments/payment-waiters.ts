// Wakes requests waiting on a payment row (duplicates of a running payment) when this process
// moves it; other processes' moves are seen by the waiter's own polling.
export class PaymentWaiters {
  private readonly waiting = new Map<string, Set<() => void>>();

  /** Resolves on notify(id) or after `ms`, whichever comes first. */
  wait(id: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const set = this.waiting.get(id) ?? new Set();
      this.waiting.set(id, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0 && this.waiting.get(id) === set) this.waiting.delete(id);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      set.add(done);
    });
  }

  notify(id: string): void {
    for (const wake of [...(this.waiting.get(id) ?? [])]) wake();
  }
}
