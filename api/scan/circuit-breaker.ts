// A small circuit breaker for the inference service: after `failureThreshold` consecutive failures
// it fails fast for `cooldownMs`, then lets one trial call through (half-open) to probe recovery.
import type { Clock } from '../clock.js';

export type CircuitState = 'closed' | 'open' | 'half_open';

export class CircuitOpenError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('circuit open: inference service recently failed');
    this.name = 'CircuitOpenError';
  }
}

export interface CircuitBreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  private state_: CircuitState = 'closed';

  constructor(
    private readonly options: CircuitBreakerOptions,
    private readonly clock: Clock,
  ) {}

  get state(): CircuitState {
    if (this.state_ === 'open' && this.elapsed() >= this.options.cooldownMs) this.state_ = 'half_open';
    return this.state_;
  }

  /** Runs `fn` through the breaker; `isFailure` says which errors count against the service. */
  async run<T>(fn: () => Promise<T>, isFailure: (err: unknown) => boolean): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half_open' && this.trialInFlight)) {
      throw new CircuitOpenError(Math.max(0, this.options.cooldownMs - this.elapsed()));
    }
    const trial = state === 'half_open';
    if (trial) this.trialInFlight = true;
    try {
      const result = await fn();
      this.failures = 0;
      this.state_ = 'closed';
      return result;
    } catch (err) {
      if (isFailure(err)) this.recordFailure(trial);
      throw err;
    } finally {
      if (trial) this.trialInFlight = false;
    }
  }

  private recordFailure(trial: boolean): void {
    this.failures += 1;
    if (trial || this.failures >= this.options.failureThreshold) {
      this.state_ = 'open';
      this.openedAt = this.clock.now().getTime();
    }
  }

  private elapsed(): number {
    return this.clock.now().getTime() - this.openedAt;
  }
}
