// Which Stripe onramp network a deposit is locked to, and under which key Stripe expects that
// network's wallet in `wallet_addresses`. Derived from X402_NETWORK unless DEPOSIT_NETWORK says.
export interface OnrampNetwork {
  /** Stripe's name: destination_network / destination_networks[]. */
  name: string;
  /** Key of wallet_addresses[...] in the session create call. */
  walletKey: string;
  /** Wallet address shape, checked at start-up. */
  addressPattern: RegExp;
}

const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

const NETWORKS: Record<string, OnrampNetwork> = {
  base: { name: 'base', walletKey: 'base_network', addressPattern: EVM_ADDRESS },
  ethereum: { name: 'ethereum', walletKey: 'ethereum', addressPattern: EVM_ADDRESS },
  polygon: { name: 'polygon', walletKey: 'polygon', addressPattern: EVM_ADDRESS },
  avalanche: { name: 'avalanche', walletKey: 'avalanche', addressPattern: EVM_ADDRESS },
  solana: { name: 'solana', walletKey: 'solana', addressPattern: /^[1-9A-HJ-NP-Za-km-z]{32,44}$/ },
};

/** CAIP-2 ids of X402_NETWORK; Stripe test mode delivers the testnet of the same name. */
const FROM_CAIP2: Record<string, string> = {
  'eip155:8453': 'base',
  'eip155:84532': 'base',
  'eip155:1': 'ethereum',
  'eip155:11155111': 'ethereum',
  'eip155:137': 'polygon',
  'eip155:80002': 'polygon',
  'eip155:43114': 'avalanche',
  'eip155:43113': 'avalanche',
};

export function onrampNetwork(name: string): OnrampNetwork | undefined {
  return NETWORKS[name];
}

export function onrampNetworkForCaip2(caip2: string): OnrampNetwork | undefined {
  const name = FROM_CAIP2[caip2];
  return name === undefined ? undefined : NETWORKS[name];
}

export const ONRAMP_NETWORK_NAMES = Object.keys(NETWORKS);
