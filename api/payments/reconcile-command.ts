// `npm run payments:reconcile -- <payment id> <transaction hash>`: completes a payment dead-lettered as
// settlement_unknown once an operator has found its transfer on chain (a settle attempt went
// unanswered and the next heard "nonce already used": the payer was most likely charged, but the
// service cannot see the chain). The payer's retry with the same PAYMENT-SIGNATURE then gets the
// stored result. A function writing to a given output, so tests run the same code in-process.
import type { Kysely } from 'kysely';
import { PaymentsRepository, type Database } from '../../db/index.js';
import type { Clock } from '../clock.js';

export const RECONCILE_USAGE = 'usage: payments:reconcile <payment id> <transaction hash (0x + 64 hex digits)>';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TX_HASH = /^0x[0-9a-fA-F]{64}$/;

export interface ReconcileOutput {
  log(line: string): void;
  error(line: string): void;
}

/** The payment id and transaction hash the command takes, or undefined for anything else. */
export function parseReconcileArgs(argv: readonly string[]): { id: string; transaction: string } | undefined {
  const [id, transaction, ...rest] = argv;
  if (id === undefined || transaction === undefined || rest.length > 0 || !UUID.test(id) || !TX_HASH.test(transaction)) return undefined;
  return { id, transaction: transaction.toLowerCase() };
}

/** Returns the exit code: 0 completed, 1 not a payment awaiting reconciliation, 2 bad arguments. */
export async function runReconcileCommand(argv: readonly string[], db: Kysely<Database>, clock: Clock, out: ReconcileOutput): Promise<number> {
  const args = parseReconcileArgs(argv);
  if (!args) {
    out.error(RECONCILE_USAGE);
    return 2;
  }
  const { id, transaction } = args;
  const payments = new PaymentsRepository(db);
  const row = await payments.reconcileSettled(id, transaction, clock.now());
  if (!row) {
    const current = await payments.findById(id);
    out.error(current
      ? `payment ${id} is ${current.state}${current.last_error ? ` (${current.last_error})` : ''}: only a dead-lettered settlement_unknown payment can be reconciled`
      : `no payment ${id}`);
    return 1;
  }
  out.log(`payment ${id} completed with ${row.transaction_hash}; the payer's retry gets the stored result`);
  return 0;
}
