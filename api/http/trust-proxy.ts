// Parses TRUST_PROXY into the value Express's "trust proxy" setting takes. Unset means the client
// IP is the socket address, so a forged X-Forwarded-For header changes nothing.
import { isIP } from 'node:net';

/** false, a hop count, or the addresses/subnets/names ("loopback", "uniquelocal") of the proxies. */
export type TrustProxySetting = false | number | string[];

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

export function parseTrustProxy(raw: string | undefined): TrustProxySetting {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  // "true" would trust every hop, i.e. whatever the client writes: refuse it instead of guessing.
  if (raw === 'true') throw new Error('TRUST_PROXY=true trusts any forged X-Forwarded-For; give a hop count or the proxy addresses');
  const entries = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const entry of entries) {
    const address = entry.split('/')[0] ?? '';
    if (!NAMED.has(entry) && isIP(address) === 0) {
      throw new Error(`TRUST_PROXY entry "${entry}" is not an IP address, subnet, or one of ${[...NAMED].join(', ')}`);
    }
  }
  return entries;
}
