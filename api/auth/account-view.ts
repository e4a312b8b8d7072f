// How an account appears in API answers (/v1/auth/me, /v1/account). The full account number is
// shown once, at creation; afterwards only its last four digits.
import type { AccountRow } from '../../db/index.js';
import { maskedAccountNumber } from './account-number.js';

export interface AccountView {
  account_id: string;
  account_number: string;
  status: string;
  created_at: string;
}

export function describeAccount(account: AccountRow): AccountView {
  return {
    account_id: account.id,
    account_number: maskedAccountNumber(account.account_number_last4),
    status: account.status,
    created_at: account.created_at.toISOString(),
  };
}
