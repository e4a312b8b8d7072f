// Reads the judge's answer: an OpenAI chat-completions body whose message content is (or wraps) a
// JSON verdict. Anything else is "no verdict", and the judge abstains.

export interface JudgeVerdict {
  injection: boolean;
  /**
   * 0..1, how sure the model is of the answer it gave (`injection`), as the prompt defines it; not
   * P(injection). Models do not all follow that, so a "no" is never read through it (verdictScore).
   */
  confidence: number;
  reason: string;
}

const MAX_REASON = 200;

/** The verdict in a chat-completions response body, or undefined when there is none to trust. */
export function parseJudgeResponse(body: unknown): JudgeVerdict | undefined {
  const content = (body as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') return undefined;
  // Models asked for bare JSON still wrap it in prose or code fences now and then.
  const from = content.indexOf('{');
  const to = content.lastIndexOf('}');
  if (from < 0 || to <= from) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.slice(from, to + 1));
  } catch {
    return undefined;
  }
  const { injection, confidence, reason } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof injection !== 'boolean') return undefined;
  if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) return undefined;
  return {
    injection,
    confidence,
    // The reason is the model's words, maybe echoing the attacker's: one short line, no control characters.
    reason: typeof reason === 'string' ? reason.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').trim().slice(0, MAX_REASON) : '',
  };
}

/**
 * The judge's score: a "yes" scores its confidence; a "no" scores 0, whatever its confidence. The
 * judge only corroborates: the policy combines layer scores upwards (strongest layer, noisy-OR of the
 * rest), so a "no" can add nothing, and any score above 0 would raise the verdict. Reading a "no" as
 * 1 − confidence did exactly that when a model reported P(injection) instead: {"injection": false,
 * "confidence": 0.05} scored 0.95 and BLOCKed with no finding. Nor may a "no" lower the others'
 * score: the judged text can ask the judge for that answer.
 */
export function verdictScore(verdict: JudgeVerdict): number {
  return verdict.injection ? verdict.confidence : 0;
}
