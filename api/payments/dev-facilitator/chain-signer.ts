// The facilitator's wallet on the in-memory chain: @x402/evm's FacilitatorEvmSigner implemented
// over InMemoryUsdcChain, so the real exact-scheme facilitator code verifies and settles against it.
import type { FacilitatorEvmSigner } from '@x402/evm';
import { verifyTypedData, type Hex } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import type { InMemoryUsdcChain } from './in-memory-chain.js';

/** Bytecode stand-in: anything but "0x" tells the facilitator the asset is a deployed contract. */
const TOKEN_CODE: Hex = '0x6080604052';

export function createChainSigner(chain: InMemoryUsdcChain): FacilitatorEvmSigner {
  const wallet = privateKeyToAccount(generatePrivateKey());
  return {
    getAddresses: () => [wallet.address],
    readContract: ({ address, functionName, args }) => chain.read(address, functionName, args),
    verifyTypedData: (args) => verifyTypedData(args as Parameters<typeof verifyTypedData>[0]),
    async writeContract({ address, functionName, args }) {
      if (functionName !== 'transferWithAuthorization') throw new Error(`dev chain: ${functionName} is not supported`);
      return chain.transferWithAuthorization(address, args);
    },
    sendTransaction: async () => {
      throw new Error('dev chain: raw transactions are not supported');
    },
    async waitForTransactionReceipt({ hash }) {
      const receipt = chain.receipt(hash);
      if (!receipt) throw new Error(`dev chain: unknown transaction ${hash}`);
      return receipt;
    },
    getCode: async ({ address }) => (chain.isContract(address) ? TOKEN_CODE : '0x'),
  };
}
