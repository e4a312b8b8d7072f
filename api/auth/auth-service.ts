// Accounts and sessions: create an account, log in with its number, rotate refresh tokens (reuse
// revokes the family), log out. Returns plain results; the router owns HTTP and cookies.
import { randomBytes, randomUUID } from 'node:crypto';
import type { AccountsRepository, AccountRow, SessionsRepository } from '../../db/index.js';
import { DuplicateAccountNumberError } from '../../db/index.js';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/api-error.js';
import type { AccessTokens } from './access-tokens.js';
import { formatAccountNumber, generateAccountNumber, hashAccountNumber, legacyAccountNumberHash, normalizeAccountNumber } from './account-number.js';
import type { ClientInfo } from './auth-events.js';
import { newOpaqueToken, sha256Hex } from './opaque-token.js';

export interface IssuedSession {
  accountId: string;
  familyId: string;
  accessToken: string;
  accessExpiresAt: Date;
  /** Seconds until the access token expires, from the service's clock. */
  accessExpiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  csrfToken: string;
}

export type RefreshOutcome = { ok: true; session: IssuedSession } | { ok: false; reason: 'invalid' | 'reused'; accountId?: string; familyId?: string };

export interface AuthServiceDeps {
  accounts: AccountsRepository;
  sessions: SessionsRepository;
  accessTokens: AccessTokens;
  clock: Clock;
  refreshTtlSeconds: number;
  /** The HMAC key of stored account numbers (ACCOUNT_NUMBER_PEPPER). */
  accountNumberPepper: string;
}

export const RECOVERY_TEXT =
  'Write this account number down and keep it secret: it is your only login and cannot be recovered or reset. ' +
  'Anyone who has it can use your balance.';

// Lookup keys no real number hashes to, so a badly formatted login costs the same query as an unknown one.
const DECOY_HASHES = [sha256Hex(randomBytes(32).toString('hex')), sha256Hex(randomBytes(32).toString('hex'))];

export class AuthService {
  constructor(private readonly deps: AuthServiceDeps) {}

  async createAccount(client: ClientInfo): Promise<{ accountNumber: string; account: AccountRow; session: IssuedSession }> {
    for (let attempt = 0; ; attempt++) {
      const digits = generateAccountNumber();
      try {
        const account = await this.deps.accounts.create({ numberHash: hashAccountNumber(digits, this.deps.accountNumberPepper), last4: digits.slice(-4) });
        const session = await this.startSession(account.id, client);
        return { accountNumber: formatAccountNumber(digits), account, session };
      } catch (err) {
        // 10^16 numbers: a collision is rare enough that a few retries are plenty.
        if (!(err instanceof DuplicateAccountNumberError) || attempt >= 4) throw err;
      }
    }
  }

  /** Same work and same answer for a malformed and an unknown number. */
  async login(input: unknown, client: ClientInfo): Promise<{ account: AccountRow; session: IssuedSession } | { failure: 'bad_format' | 'unknown' | 'inactive' }> {
    const digits = normalizeAccountNumber(input);
    // One query for the current key and the pre-pepper one (accounts created before it).
    const keys = digits ? [hashAccountNumber(digits, this.deps.accountNumberPepper), legacyAccountNumberHash(digits)] : DECOY_HASHES;
    const account = await this.deps.accounts.findByNumberHashes(keys);
    if (!digits) return { failure: 'bad_format' };
    if (!account) return { failure: 'unknown' };
    if (account.status !== 'active') return { failure: 'inactive' };
    if (account.account_number_hash !== keys[0]) await this.deps.accounts.rekeyNumber(account.id, account.account_number_hash, keys[0]!);
    await this.deps.accounts.recordLogin(account.id, this.deps.clock.now());
    return { account, session: await this.startSession(account.id, client) };
  }

  async refresh(refreshToken: string | undefined, client: ClientInfo): Promise<RefreshOutcome> {
    if (!refreshToken) return { ok: false, reason: 'invalid' };
    const next = this.newRefreshToken();
    const result = await this.deps.sessions.rotate(sha256Hex(refreshToken), { tokenHash: sha256Hex(next.token), expiresAt: next.expiresAt, ...fromClient(client) }, this.deps.clock.now());
    if (result.status === 'reused') {
      return { ok: false, reason: 'reused', accountId: result.previous.account_id, familyId: result.previous.family_id };
    }
    if (result.status === 'invalid') return { ok: false, reason: 'invalid' };
    const account = await this.deps.accounts.findById(result.current.account_id);
    if (account?.status !== 'active') {
      await this.deps.sessions.revokeFamily(result.current.family_id, 'account_inactive', this.deps.clock.now());
      return { ok: false, reason: 'invalid' };
    }
    return { ok: true, session: this.issue(result.current.account_id, result.current.family_id, next.token, next.expiresAt) };
  }

  /** The family a still-valid refresh token belongs to (used by logout without an access token). */
  async familyOfRefreshToken(refreshToken: string | undefined): Promise<{ accountId: string; familyId: string } | undefined> {
    if (!refreshToken) return undefined;
    const row = await this.deps.sessions.findByTokenHash(sha256Hex(refreshToken));
    if (!row || row.revoked_at || row.expires_at <= this.deps.clock.now()) return undefined;
    return { accountId: row.account_id, familyId: row.family_id };
  }

  logout(familyId: string): Promise<number> {
    return this.deps.sessions.revokeFamily(familyId, 'logout', this.deps.clock.now());
  }

  logoutAll(accountId: string): Promise<number> {
    return this.deps.sessions.revokeAllForAccount(accountId, 'logout_all', this.deps.clock.now());
  }

  async accountOf(accountId: string): Promise<AccountRow> {
    const account = await this.deps.accounts.findById(accountId);
    if (!account) throw ApiError.unauthorized();
    return account;
  }

  private async startSession(accountId: string, client: ClientInfo): Promise<IssuedSession> {
    const familyId = randomUUID();
    const refresh = this.newRefreshToken();
    await this.deps.sessions.create({ accountId, familyId, tokenHash: sha256Hex(refresh.token), expiresAt: refresh.expiresAt, ...fromClient(client) });
    return this.issue(accountId, familyId, refresh.token, refresh.expiresAt);
  }

  private newRefreshToken(): { token: string; expiresAt: Date } {
    return { token: newOpaqueToken(), expiresAt: new Date(this.deps.clock.now().getTime() + this.deps.refreshTtlSeconds * 1000) };
  }

  private issue(accountId: string, familyId: string, refreshToken: string, refreshExpiresAt: Date): IssuedSession {
    const access = this.deps.accessTokens.issue(accountId, familyId);
    return {
      accountId,
      familyId,
      accessToken: access.token,
      accessExpiresAt: access.expiresAt,
      accessExpiresIn: Math.round((access.expiresAt.getTime() - this.deps.clock.now().getTime()) / 1000),
      refreshToken,
      refreshExpiresAt,
      csrfToken: newOpaqueToken(),
    };
  }
}

function fromClient(client: ClientInfo): { ip: string | null; userAgent: string | null } {
  return { ip: client.ip, userAgent: client.userAgent };
}
