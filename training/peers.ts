// The npm packages that do Stronghold's job locally, wrapped to one shape (text → score, flagged) so
// `npm run eval -- --peers` scores the same labelled data through them. Loaded lazily: devDependencies.

export interface Peer {
  readonly name: string;
  /** 0..1 score and whether the package itself would block the text. */
  score(text: string): Promise<{ score: number; flagged: boolean }>;
}

interface GuardrailResult {
  detected: boolean;
  confidence: number;
}
interface GuardrailModule {
  checkInjection(text: string): Promise<GuardrailResult>;
  checkJailbreak(text: string): Promise<GuardrailResult>;
}
interface VardThreat {
  severity: number;
}
interface VardBuilder {
  maxLength(n: number): VardBuilder;
  safeParse(text: string): { safe: true } | { safe: false; threats: VardThreat[] };
}
interface VardModule {
  default: { moderate(): VardBuilder };
}

/** llm_guardrail: TF-IDF + logistic regression; its injection and jailbreak models, the stronger verdict. */
async function llmGuardrail(): Promise<Peer> {
  const mod = (await import('llm_guardrail' as string)) as GuardrailModule;
  return {
    name: 'llm_guardrail 2.1',
    async score(text) {
      const [a, b] = await Promise.all([mod.checkInjection(text), mod.checkJailbreak(text)]);
      return { score: Math.max(a.confidence, b.confidence), flagged: a.detected || b.detected };
    },
  };
}

/** @andersmyrmel/vard: pattern rules, moderate preset (its recommended default), no length limit so only detection counts. */
async function vard(): Promise<Peer> {
  const mod = (await import('@andersmyrmel/vard' as string)) as VardModule;
  const checker = mod.default.moderate().maxLength(Number.MAX_SAFE_INTEGER);
  return {
    name: 'vard (moderate)',
    score(text) {
      const r = checker.safeParse(text);
      if (r.safe) return Promise.resolve({ score: 0, flagged: false });
      return Promise.resolve({ score: Math.max(0, ...r.threats.map((t) => t.severity)), flagged: true });
    },
  };
}

export async function loadPeers(): Promise<Peer[]> {
  return Promise.all([llmGuardrail(), vard()]);
}
