// API keys of an account: create (shown once, at most MAX_ACTIVE_API_KEYS active), list, revoke,
// and authenticate a presented key for credit-paid scans.
import type { ApiKeyRow, ApiKeysRepository } from '../../db/index.js';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/api-error.js';
import { generateApiKey, hashApiKey, looksLikeApiKey } from './api-key-secret.js';

export const MAX_ACTIVE_API_KEYS = 10;
const MAX_LABEL = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuthenticatedKey {
  keyId: string;
  accountId: string;
}

export class ApiKeysService {
  constructor(private readonly deps: { apiKeys: ApiKeysRepository; clock: Clock }) {}

  async create(accountId: string, label: unknown) {
    if (label !== undefined && label !== null && (typeof label !== 'string' || label.length > MAX_LABEL)) {
      throw ApiError.badRequest('invalid_label', `"label" must be a string of at most ${MAX_LABEL} characters`);
    }
    const secret = generateApiKey();
    const row = await this.deps.apiKeys.create(
      { accountId, keyHash: secret.hash, keyPrefix: secret.prefix, label: (label as string | undefined) ?? null },
      MAX_ACTIVE_API_KEYS,
      this.deps.clock.now(),
    );
    if (row === 'limit_reached') {
      throw new ApiError(409, 'api_key_limit', `At most ${MAX_ACTIVE_API_KEYS} active API keys per account; revoke one first`);
    }
    return { ...describe(row), key: secret.key };
  }

  async list(accountId: string) {
    const rows = await this.deps.apiKeys.listForAccount(accountId);
    return { api_keys: rows.filter((r) => r.revoked_at === null).map(describe), max_active: MAX_ACTIVE_API_KEYS };
  }

  async revoke(accountId: string, id: string): Promise<void> {
    if (!UUID.test(id) || !(await this.deps.apiKeys.revoke(accountId, id, this.deps.clock.now()))) throw ApiError.notFound('API key not found');
  }

  /** The key's account, or 401: a presented key that does not work is never treated as anonymous. */
  async authenticate(key: string): Promise<AuthenticatedKey> {
    const row = looksLikeApiKey(key) ? await this.deps.apiKeys.findActiveByHash(hashApiKey(key)) : undefined;
    if (!row) throw ApiError.unauthorized('invalid_api_key', 'Invalid or revoked API key');
    await this.deps.apiKeys.touch(row.id, this.deps.clock.now());
    return { keyId: row.id, accountId: row.account_id };
  }
}

function describe(row: ApiKeyRow) {
  return {
    id: row.id,
    key_prefix: row.key_prefix,
    label: row.label,
    created_at: row.created_at.toISOString(),
    last_used_at: row.last_used_at?.toISOString() ?? null,
  };
}
