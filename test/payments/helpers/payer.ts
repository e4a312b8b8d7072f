// The paying agent of the tests: a viem local account from a fixed private key, paying through the
// official x402 client (@x402/fetch over @x402/core + @x402/evm's exact scheme).
import { x402Client, x402HTTPClient, wrapFetchWithPayment } from '@x402/fetch';
import type { PaymentRequired, PaymentRequirements } from '@x402/core/types';
import { ExactEvmScheme } from '@x402/evm/exact/client';
import { keccak256, toHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

export const PAY_TO = '0x5e1f0000000000000000000000000000000c0ffe';
export const NETWORK = 'eip155:84532';

export function testPayer(seed = 'stronghold test payer') {
  const account = privateKeyToAccount(keccak256(toHex(seed)));
  const client = new x402Client().register('eip155:*', new ExactEvmScheme(account));
  const http = new x402HTTPClient(client);
  return {
    account,
    address: account.address,
    /** fetch that answers 402s by paying, as an agent would. */
    fetch: wrapFetchWithPayment(fetch, client),
    /** Asks the route for its requirements (402) and returns them. */
    async requirements(url: string, body: unknown): Promise<PaymentRequired> {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await res.arrayBuffer();
      if (res.status !== 402) throw new Error(`expected 402, got ${res.status}`);
      return http.getPaymentRequiredResponse((name) => res.headers.get(name));
    },
    /** A signed PAYMENT-SIGNATURE header value; `tweak` edits the requirements before signing. */
    async sign(required: PaymentRequired, tweak: (r: PaymentRequirements) => PaymentRequirements = (r) => r): Promise<string> {
      const payload = await client.createPaymentPayload({ ...required, accepts: required.accepts.map(tweak) });
      return http.encodePaymentSignatureHeader(payload)['PAYMENT-SIGNATURE']!;
    },
  };
}

export type TestPayer = ReturnType<typeof testPayer>;
