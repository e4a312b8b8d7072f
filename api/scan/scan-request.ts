// Validates the JSON body of the scan endpoints: text required and at most 500 KiB of UTF-8,
// optional source fields for content scans. Returns clean values or throws ApiError 400/413.
import { ApiError } from '../http/api-error.js';
import { CONTENT_TYPES, type ScanEndpoint } from './scan-mapper.js';

export interface ScanInput {
  text: string;
  contentType: string;
  sourceUrl: string;
  sourceType: string | null;
  /** Earlier conversation turns, oldest first (multiturn only). */
  turns?: { role: string; text: string }[];
  /** The caller's conversation id, echoed back (multiturn only). */
  sessionId?: string;
}

const MAX_SOURCE_URL = 2048;
const MAX_SOURCE_TYPE = 64;

export function parseScanInput(endpoint: ScanEndpoint, body: unknown, maxTextBytes: number): ScanInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw ApiError.badRequest('invalid_body', 'Expected a JSON object with a "text" field');
  }
  const { text, source_url, source_type, content_type } = body as Record<string, unknown>;
  if (typeof text !== 'string' || text.length === 0) throw ApiError.badRequest('text_required', '"text" must be a non-empty string');
  if (Buffer.byteLength(text, 'utf8') > maxTextBytes) {
    throw new ApiError(413, 'text_too_large', `"text" must be at most ${maxTextBytes} bytes of UTF-8`);
  }
  if (endpoint === 'output') return { text, contentType: 'auto', sourceUrl: '', sourceType: null };
  if (source_url !== undefined && (typeof source_url !== 'string' || source_url.length > MAX_SOURCE_URL)) {
    throw ApiError.badRequest('invalid_source_url', `"source_url" must be a string of at most ${MAX_SOURCE_URL} characters`);
  }
  if (source_type !== undefined && (typeof source_type !== 'string' || source_type.length > MAX_SOURCE_TYPE)) {
    throw ApiError.badRequest('invalid_source_type', `"source_type" must be a string of at most ${MAX_SOURCE_TYPE} characters`);
  }
  if (content_type !== undefined && (typeof content_type !== 'string' || !Object.hasOwn(CONTENT_TYPES, content_type))) {
    throw ApiError.badRequest('invalid_content_type', `"content_type" must be one of ${Object.keys(CONTENT_TYPES).join(', ')}`);
  }
  return {
    text,
    contentType: (content_type as string | undefined) ?? 'auto',
    sourceUrl: (source_url as string | undefined) ?? '',
    sourceType: (source_type as string | undefined) ?? null,
  };
}
