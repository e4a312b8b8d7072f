// Settings of the optional LLM judge, read from the environment (pool workers share process.env).
// No LLM_BASE_URL → no judge; a bad value fails loudly by name, like the service's own config.
import type { BorderlineBand } from '../layer.js';

export interface LlmJudgeConfig {
  /** The chat-completions URL: LLM_BASE_URL with `/chat/completions` appended unless already there. */
  endpoint: string;
  model: string;
  /** Sent as a bearer token; never logged. Local servers may need none. */
  apiKey?: string;
  /** Budget per document, waiting for a free slot included. */
  timeoutMs: number;
  /** Most characters of the text sent to the model (plus a bounded share for earlier turns). */
  maxChars: number;
  /** Most calls in flight per worker. */
  concurrency: number;
  band: BorderlineBand;
}

type Env = Record<string, string | undefined>;

export function loadLlmJudgeConfig(env: Env = process.env): LlmJudgeConfig | undefined {
  const base = env.LLM_BASE_URL?.trim();
  if (!base) return undefined;
  const problems: string[] = [];
  const num = (name: string, fallback: number, min: number, max: number, integer = true): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      problems.push(`${name} must be ${integer ? 'an integer' : 'a number'} between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  let endpoint = base;
  try {
    const url = new URL(base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push('LLM_BASE_URL must be an http(s) URL');
    endpoint = /\/chat\/completions\/?$/.test(url.pathname) ? url.href : `${url.href.replace(/\/+$/, '')}/chat/completions`;
  } catch {
    problems.push('LLM_BASE_URL is not a valid URL');
  }
  const config: LlmJudgeConfig = {
    endpoint,
    model: env.LLM_MODEL?.trim() || 'gpt-4o-mini',
    apiKey: env.LLM_API_KEY || undefined,
    timeoutMs: num('LLM_TIMEOUT_MS', 1500, 50, 60_000),
    maxChars: num('LLM_MAX_CHARS', 4000, 200, 100_000),
    concurrency: num('LLM_CONCURRENCY', 4, 1, 256),
    band: { belowWarn: num('LLM_BAND_BELOW_WARN', 0.15, 0, 1, false), aboveBlock: num('LLM_BAND_ABOVE_BLOCK', 0.1, 0, 1, false) },
  };
  if (problems.length > 0) throw new Error(`Invalid LLM judge configuration:\n  - ${problems.join('\n  - ')}`);
  return config;
}
