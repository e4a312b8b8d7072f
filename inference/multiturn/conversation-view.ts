// Multi-turn scanning, part one: the conversation view, the recent turns an attacker controls
// joined with the start of the current text, scored by the same layers as a document of its own.
import type { ConversationTurn, ScanJob } from '../scan-types.js';

/** Earlier turns read, newest first; a split attack lives in the last few messages. */
export const MAX_CONTEXT_TURNS = 8;
/** A longer turn contributes its head and tail: set-ups sit at the start, hand-offs at the end. */
export const MAX_TURN_CHARS = 1500;
/**
 * How much of the current text joins the view. The current text is scored whole on its own; the
 * view only needs the part where a set-up can meet its payload, so a 100 KB page costs no more.
 */
export const MAX_CURRENT_CHARS = 2000;

/**
 * Roles whose text joins the view. Assistant and system turns are the application's own words
 * (refusals and system prompts are full of trigger words); they would only add false alarms.
 */
const UNTRUSTED_ROLES = (role: string): boolean => role !== 'assistant' && role !== 'system';

const SEPARATOR = '\n\n';
const ELISION = '\n…\n';

export interface ConversationView {
  /** The job to score: earlier turns, then the start of the current text. */
  job: ScanJob;
  /** Where the current text begins in `job.text`; offsets from here map 1:1 onto the current text. */
  currentStart: number;
}

/** The view of a content job that carries earlier turns; undefined (no cost) for every other job. */
export function conversationView(job: ScanJob): ConversationView | undefined {
  const turns = job.turns;
  if (turns === undefined || turns.length === 0 || job.mode !== 'content') return undefined;
  const parts: string[] = [];
  for (let i = turns.length - 1; i >= 0 && parts.length < MAX_CONTEXT_TURNS; i--) {
    const text = contextText(turns[i]!);
    if (text !== '') parts.push(text);
  }
  if (parts.length === 0) return undefined;
  parts.reverse();
  const prefix = parts.join(SEPARATOR) + SEPARATOR;
  const current = job.text.length > MAX_CURRENT_CHARS ? job.text.slice(0, MAX_CURRENT_CHARS) : job.text;
  return { job: { text: prefix + current, mode: 'content', contentType: 'text' }, currentStart: prefix.length };
}

function contextText(turn: ConversationTurn): string {
  if (!UNTRUSTED_ROLES(turn.role)) return '';
  const text = turn.text.trim();
  if (text.length <= MAX_TURN_CHARS) return text;
  const half = (MAX_TURN_CHARS - ELISION.length) >> 1;
  return text.slice(0, half) + ELISION + text.slice(text.length - half);
}
