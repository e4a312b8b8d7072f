// A pretend EVM chain for development and tests: one USDC-like EIP-3009 token per network with
// balances and used nonces, enforcing what FiatTokenV2 enforces (signature, window, nonce, balance).
import { getDefaultAsset } from '@x402/evm';
import { authorizationTypes } from '@x402/evm';
import {
  encodeAbiParameters, encodeEventTopics, getAddress, keccak256, parseAbiItem, recoverTypedDataAddress, serializeSignature, toHex,
  type Address, type Hex, type Log,
} from 'viem';

const TRANSFER_EVENT = parseAbiItem('event Transfer(address indexed from, address indexed to, uint256 value)');

interface Token {
  address: Address;
  chainId: number;
  name: string;
  version: string;
  balances: Map<Address, bigint>;
  usedNonces: Set<string>;
}

export interface ChainReceipt {
  status: 'success' | 'reverted';
  logs: Log[];
}

export interface ChainTransfer {
  network: string;
  from: Address;
  to: Address;
  value: bigint;
  nonce: Hex;
  hash: Hex;
}

export class InMemoryUsdcChain {
  private readonly tokens = new Map<string, Token>();
  private readonly receipts = new Map<Hex, ChainReceipt>();
  readonly transfers: ChainTransfer[] = [];

  constructor(readonly networks: string[] = ['eip155:8453', 'eip155:84532']) {
    for (const network of networks) {
      const asset = getDefaultAsset(network as `${string}:${string}`);
      const address = getAddress(asset.asset);
      this.tokens.set(address.toLowerCase(), {
        address, chainId: Number(network.split(':')[1]), name: asset.name, version: asset.version, balances: new Map(), usedNonces: new Set(),
      });
    }
  }

  mint(network: string, to: string, amount: bigint): void {
    const token = this.tokenOf(getDefaultAsset(network as `${string}:${string}`).asset);
    const holder = getAddress(to);
    token.balances.set(holder, (token.balances.get(holder) ?? 0n) + amount);
  }

  balanceOf(network: string, holder: string): bigint {
    return this.tokenOf(getDefaultAsset(network as `${string}:${string}`).asset).balances.get(getAddress(holder)) ?? 0n;
  }

  isContract(address: string): boolean {
    return this.tokens.has(address.toLowerCase());
  }

  receipt(hash: Hex): ChainReceipt | undefined {
    return this.receipts.get(hash);
  }

  /** eth_call: view functions, and transferWithAuthorization as a dry run that throws like a revert. */
  async read(asset: string, functionName: string, args: readonly unknown[] = []): Promise<unknown> {
    const token = this.tokenOf(asset);
    switch (functionName) {
      case 'name':
        return token.name;
      case 'version':
        return token.version;
      case 'balanceOf':
        return token.balances.get(getAddress(args[0] as string)) ?? 0n;
      case 'authorizationState':
        return token.usedNonces.has(nonceKey(args[0] as string, args[1] as string));
      case 'transferWithAuthorization':
        await this.checkAuthorization(token, args);
        return undefined;
      default:
        throw new Error(`execution reverted: unknown function ${functionName}`);
    }
  }

  /** A mined transferWithAuthorization: checks, moves the funds, burns the nonce, returns the tx hash. */
  async transferWithAuthorization(asset: string, args: readonly unknown[]): Promise<Hex> {
    const token = this.tokenOf(asset);
    const auth = await this.checkAuthorization(token, args);
    // Re-checked after the await: another call may have used the nonce or the funds meanwhile.
    if (token.usedNonces.has(nonceKey(auth.from, auth.nonce))) throw new Error('FiatTokenV2: authorization is used or canceled');
    const balance = token.balances.get(auth.from) ?? 0n;
    if (balance < auth.value) throw new Error('ERC20: transfer amount exceeds balance');
    token.usedNonces.add(nonceKey(auth.from, auth.nonce));
    token.balances.set(auth.from, balance - auth.value);
    token.balances.set(auth.to, (token.balances.get(auth.to) ?? 0n) + auth.value);
    const hash = keccak256(toHex(`${token.address}:${auth.from}:${auth.nonce}:${this.transfers.length}`));
    const network = `eip155:${token.chainId}`;
    this.transfers.push({ network, from: auth.from, to: auth.to, value: auth.value, nonce: auth.nonce, hash });
    this.receipts.set(hash, { status: 'success', logs: [transferLog(token.address, auth, hash, this.transfers.length)] });
    return hash;
  }

  private async checkAuthorization(token: Token, args: readonly unknown[]) {
    const [from, to, value, validAfter, validBefore, nonce] = args as [string, string, bigint, bigint, bigint, Hex];
    const signature = args.length === 7 ? (args[6] as Hex) : serializeSignature({ v: BigInt(args[6] as number | bigint), r: args[7] as Hex, s: args[8] as Hex });
    const auth = { from: getAddress(from), to: getAddress(to), value: BigInt(value), validAfter: BigInt(validAfter), validBefore: BigInt(validBefore), nonce };
    const now = BigInt(Math.floor(Date.now() / 1000));
    if (now <= auth.validAfter) throw new Error('FiatTokenV2: authorization is not yet valid');
    if (now >= auth.validBefore) throw new Error('FiatTokenV2: authorization is expired');
    if (token.usedNonces.has(nonceKey(auth.from, nonce))) throw new Error('FiatTokenV2: authorization is used or canceled');
    const signer = await recoverTypedDataAddress({
      domain: { name: token.name, version: token.version, chainId: token.chainId, verifyingContract: token.address },
      types: authorizationTypes,
      primaryType: 'TransferWithAuthorization',
      message: auth,
      signature,
    }).catch(() => undefined);
    if (signer !== auth.from) throw new Error('FiatTokenV2: invalid signature');
    if ((token.balances.get(auth.from) ?? 0n) < auth.value) throw new Error('ERC20: transfer amount exceeds balance');
    return auth;
  }

  private tokenOf(asset: string): Token {
    const token = this.tokens.get(asset.toLowerCase());
    if (!token) throw new Error(`execution reverted: no contract at ${asset}`);
    return token;
  }
}

function nonceKey(from: string, nonce: string): string {
  return `${from.toLowerCase()}:${nonce.toLowerCase()}`;
}

function transferLog(address: Address, auth: { from: Address; to: Address; value: bigint }, hash: Hex, index: number): Log {
  return {
    address,
    topics: encodeEventTopics({ abi: [TRANSFER_EVENT], eventName: 'Transfer', args: { from: auth.from, to: auth.to } }) as [Hex, ...Hex[]],
    data: encodeAbiParameters([{ type: 'uint256' }], [auth.value]),
    blockHash: keccak256(toHex(`block:${index}`)),
    blockNumber: BigInt(index),
    logIndex: 0,
    transactionHash: hash,
    transactionIndex: 0,
    removed: false,
  };
}
