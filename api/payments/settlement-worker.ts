// The settlement worker: every interval it voids stale reservations (their process died before a
// result existed), then claims due settling/failed rows (FOR UPDATE SKIP LOCKED, leased) and
// settles them. One bad row is logged and rescheduled; stop() lets the current batch finish.
import type { PaymentsRepository } from '../../db/index.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logging/logger.js';
import type { Settlement } from './settlement.js';

export interface SettlementWorkerOptions {
  intervalMs: number;
  batchSize: number;
  /** reserved/executing rows untouched this long are voided (credit holds go back to the balance). */
  staleAfterMs: number;
  /** How long a claimed row is ours before another worker may take it. */
  leaseMs: number;
}

export interface WorkerBatch {
  expired: number;
  completed: number;
  retried: number;
  deadLettered: number;
}

export class SettlementWorker {
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> | undefined;

  constructor(
    private readonly deps: { payments: PaymentsRepository; settlement: Settlement; clock: Clock; logger: Logger },
    private readonly options: SettlementWorkerOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops scheduling and waits for the batch in progress, so no claimed row is abandoned mid-call. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.current;
  }

  async runOnce(): Promise<WorkerBatch> {
    const { payments, settlement, clock, logger } = this.deps;
    const now = clock.now();
    const expired = await payments.void({ olderThan: new Date(now.getTime() - this.options.staleAfterMs) }, 'reservation_expired', now);
    if (expired.length > 0) logger.warn('stale payment reservations voided', { count: expired.length, payment_ids: expired.map((r) => r.id) });
    const claimed = await payments.claimDue(now, new Date(now.getTime() + this.options.leaseMs), this.options.batchSize);
    const batch: WorkerBatch = { expired: expired.length, completed: 0, retried: 0, deadLettered: 0 };
    await Promise.all(
      claimed.map(async (row) => {
        try {
          const outcome = await settlement.settle(row);
          if (outcome.kind === 'completed') batch.completed++;
          else if (outcome.kind === 'retry') batch.retried++;
          else batch.deadLettered++;
        } catch (err) {
          // Survive the row: count it as a failed attempt so it backs off and eventually dead-letters.
          logger.error('settlement worker: row failed', { payment_id: row.id, err: err instanceof Error ? err.message : String(err) });
          const outcome = await settlement.retryLater(row, `internal: ${err instanceof Error ? err.message : String(err)}`).catch(() => undefined);
          if (outcome?.kind === 'dead') batch.deadLettered++;
          else batch.retried++;
        }
      }),
    );
    if (claimed.length > 0) logger.info('settlement worker batch', { ...batch });
    return batch;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      const run = this.runOnce().catch((err: unknown) => this.deps.logger.error('settlement worker batch failed', { err: err instanceof Error ? err.message : String(err) }));
      this.current = run;
      void run.finally(() => {
        this.current = undefined;
        if (this.running) this.schedule(this.options.intervalMs);
      });
    }, delayMs);
  }
}
