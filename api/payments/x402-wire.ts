// x402 v2 on the wire: header names and their base64 encodings, through @x402/core/http so the
// bytes are exactly what official clients read and write.
import {
  decodePaymentSignatureHeader, encodePaymentRequiredHeader, encodePaymentResponseHeader,
} from '@x402/core/http';
import type { PaymentPayload, PaymentRequired, PaymentRequirements, ResourceInfo, SettleResponse } from '@x402/core/types';
import { ApiError } from '../http/api-error.js';

export const PAYMENT_SIGNATURE = 'PAYMENT-SIGNATURE';
export const PAYMENT_REQUIRED = 'PAYMENT-REQUIRED';
export const PAYMENT_RESPONSE = 'PAYMENT-RESPONSE';
/** x402 v1's request header: recognised only to say it is not accepted. */
export const LEGACY_X_PAYMENT = 'X-PAYMENT';
const MAX_HEADER_CHARS = 16 * 1024;

/** Decodes PAYMENT-SIGNATURE; anything unreadable is the client's mistake (400 malformed_payment). */
export function decodePaymentHeader(header: string): PaymentPayload {
  let payload: unknown;
  try {
    if (header.length > MAX_HEADER_CHARS) throw new Error('header too long');
    payload = decodePaymentSignatureHeader(header.trim());
  } catch (err) {
    throw new ApiError(400, 'malformed_payment', 'PAYMENT-SIGNATURE is not a base64-encoded x402 payment payload', { cause: err });
  }
  if (typeof payload !== 'object' || payload === null || typeof (payload as PaymentPayload).payload !== 'object') {
    throw new ApiError(400, 'malformed_payment', 'PAYMENT-SIGNATURE is not a base64-encoded x402 payment payload');
  }
  return payload as PaymentPayload;
}

export function paymentRequiredHeader(resource: ResourceInfo, accepts: PaymentRequirements[], error?: string): string {
  const body: PaymentRequired = { x402Version: 2, resource, accepts, ...(error && { error }) };
  return encodePaymentRequiredHeader(body);
}

export function paymentResponseHeader(settlement: SettleResponse): string {
  return encodePaymentResponseHeader(settlement);
}

/** 402 carrying the requirements: the one way this API asks to be paid. */
export function paymentRequiredError(resource: ResourceInfo, accepts: PaymentRequirements[], code: string, message: string, cause?: unknown): ApiError {
  return new ApiError(402, code, message, {
    cause,
    headers: { [PAYMENT_REQUIRED]: paymentRequiredHeader(resource, accepts, code), 'Cache-Control': 'no-store' },
  });
}
