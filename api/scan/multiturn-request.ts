// Validates the body of POST /v1/scan/multiturn: {session_id?, turns: [{role, content}]}, at most
// 64 turns of known roles; the last turn is the text scanned, the earlier ones its context.
import { ApiError } from '../http/api-error.js';
import type { ScanInput } from './scan-request.js';

export const MAX_TURNS = 64;
export const TURN_ROLES = ['user', 'assistant', 'system', 'tool'] as const;
const MAX_SESSION_ID = 128;

const ROLES = new Set<string>(TURN_ROLES);

export function parseMultiturnInput(body: unknown, maxTextBytes: number): ScanInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw ApiError.badRequest('invalid_body', 'Expected a JSON object with a "turns" array');
  }
  const { session_id, turns } = body as Record<string, unknown>;
  if (session_id !== undefined && (typeof session_id !== 'string' || session_id.length === 0 || session_id.length > MAX_SESSION_ID)) {
    throw ApiError.badRequest('invalid_session_id', `"session_id" must be a non-empty string of at most ${MAX_SESSION_ID} characters`);
  }
  if (!Array.isArray(turns) || turns.length === 0) throw ApiError.badRequest('turns_required', '"turns" must be a non-empty array');
  if (turns.length > MAX_TURNS) throw ApiError.badRequest('too_many_turns', `"turns" may hold at most ${MAX_TURNS} turns`);
  let bytes = 0;
  const parsed = turns.map((turn: unknown, i) => {
    const { role, content } = (typeof turn === 'object' && turn !== null ? turn : {}) as Record<string, unknown>;
    if (typeof role !== 'string' || !ROLES.has(role)) {
      throw ApiError.badRequest('invalid_turn', `turns[${i}].role must be one of ${TURN_ROLES.join(', ')}`);
    }
    if (typeof content !== 'string') throw ApiError.badRequest('invalid_turn', `turns[${i}].content must be a string`);
    bytes += Buffer.byteLength(content, 'utf8');
    return { role, text: content };
  });
  if (bytes > maxTextBytes) {
    throw new ApiError(413, 'text_too_large', `the turns' content must be at most ${maxTextBytes} bytes of UTF-8 in total`);
  }
  const last = parsed.pop()!;
  if (last.text.length === 0) throw ApiError.badRequest('text_required', 'the last turn, the text scanned, must not be empty');
  return {
    text: last.text,
    contentType: 'auto',
    sourceUrl: '',
    sourceType: null,
    turns: parsed,
    ...(session_id !== undefined && { sessionId: session_id }),
  };
}
