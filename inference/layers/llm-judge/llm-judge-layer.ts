// The optional fourth layer: asks an OpenAI-compatible chat-completions endpoint whether a borderline
// text is an injection. Strict timeout, bounded concurrency, and fail-open: no answer, no score.
import { createLogger, type Logger } from '../../logger.js';
import type { Finding, ScanModeName } from '../../scan-types.js';
import type { BorderlineBand, Layer, LayerOutput, ScanDocument } from '../layer.js';
import type { LlmJudgeConfig } from './llm-judge-config.js';
import { JUDGE_SYSTEM_PROMPT, judgeInput } from './judge-prompt.js';
import { parseJudgeResponse, verdictScore } from './judge-verdict.js';
import { SlotLimiter } from './slot-limiter.js';

const ABSTAIN: LayerOutput = Object.freeze({ score: 0, findings: [], abstain: true }) as LayerOutput;
/** One warning per kind of failure in this window: an outage must not flood the log. */
const WARN_EVERY_MS = 30_000;

export type JudgeFailure = 'timeout' | 'http_status' | 'unreadable_answer' | 'request_failed';

export class LlmJudgeLayer implements Layer {
  readonly name = 'llm' as const;
  readonly modes: readonly ScanModeName[] = ['content'];
  readonly stage = 'borderline' as const;
  readonly version: string;
  readonly borderlineBand: BorderlineBand;
  readonly #limiter: SlotLimiter;
  readonly #headers: Record<string, string>;
  readonly #lastWarned = new Map<JudgeFailure, number>();
  #logger: Logger | undefined;

  constructor(
    private readonly config: LlmJudgeConfig,
    logger?: Logger,
  ) {
    this.version = `llm-judge(${config.model})`;
    this.borderlineBand = config.band;
    this.#limiter = new SlotLimiter(config.concurrency);
    this.#headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (config.apiKey) this.#headers.authorization = `Bearer ${config.apiKey}`;
    this.#logger = logger;
  }

  /** Nothing to load, and no probe call: a judge that is down at start-up must not stop the service. */
  load(): Promise<void> {
    return Promise.resolve();
  }

  scoreBatch(docs: readonly ScanDocument[]): Promise<LayerOutput[]> {
    return Promise.all(docs.map((doc) => this.#judge(doc)));
  }

  async #judge(doc: ScanDocument): Promise<LayerOutput> {
    // One deadline for the whole call, waiting for a slot included, so a burst cannot queue past it.
    const signal = AbortSignal.timeout(this.config.timeoutMs);
    let release: (() => void) | undefined;
    try {
      release = await this.#limiter.acquire(signal);
      const prior = doc.priorFindings ?? [];
      const input = judgeInput(doc.job.text, prior, doc.job.turns, this.config.maxChars);
      const response = await fetch(this.config.endpoint, {
        method: 'POST',
        headers: this.#headers,
        signal,
        body: JSON.stringify({
          model: this.config.model,
          temperature: 0,
          max_tokens: 120,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: JUDGE_SYSTEM_PROMPT },
            { role: 'user', content: input.message },
          ],
        }),
      });
      if (!response.ok) {
        await response.body?.cancel();
        return this.#fail('http_status', { status: response.status });
      }
      const verdict = parseJudgeResponse(await response.json().catch(() => undefined));
      if (verdict === undefined) return this.#fail('unreadable_answer');
      // A "no" scores 0 (verdictScore): it never raises the combined score, and leaves no finding.
      const score = verdictScore(verdict);
      if (!verdict.injection || score < 0.5) return { score, findings: [] };
      // Point at what the other layers found most suspicious; without a span, at what the judge read.
      const top = strongest(prior);
      const finding: Finding = {
        category: 'llm_judged_injection',
        severity: score >= 0.9 ? 'high' : 'medium',
        description: `LLM judge: ${verdict.reason || 'prompt injection'}`,
        start: top?.start ?? input.start,
        end: top?.end ?? input.end,
        layer: 'llm',
        score,
        encoding: '',
      };
      return { score, findings: [finding] };
    } catch (error) {
      return this.#fail(signal.aborted ? 'timeout' : 'request_failed', { error: error instanceof Error ? error.name : 'unknown' });
    } finally {
      release?.();
    }
  }

  /** Logs the kind of failure (never the key or the text) and abstains. */
  #fail(kind: JudgeFailure, detail: Record<string, unknown> = {}): LayerOutput {
    const now = Date.now();
    if (now - (this.#lastWarned.get(kind) ?? -Infinity) >= WARN_EVERY_MS) {
      this.#lastWarned.set(kind, now);
      this.#logger ??= createLogger(process.env.LOG_LEVEL || 'info');
      this.#logger.warn('llm judge gave no verdict; the other layers decide', { kind, model: this.config.model, ...detail });
    }
    return ABSTAIN;
  }
}

function strongest(findings: readonly Finding[]): Finding | undefined {
  let top: Finding | undefined;
  for (const f of findings) if (top === undefined || f.score > top.score) top = f;
  return top;
}
