// Turns layer scores and findings into the verdict: combined score, decision, reason and advice.
// Thresholds are configuration; the wording is short, human and names where the threat sits.
import type { PolicyThresholds } from './config.js';
import { POLICY_WARN } from './models/score-calibration.js';
import type { DecisionName, Finding, LayerScores, ScanModeName } from './scan-types.js';

export interface Verdict {
  decision: DecisionName;
  score: number;
  reason: string;
  recommendedAction: string;
}

const ACTIONS: Record<ScanModeName, Record<DecisionName, string>> = {
  content: {
    ALLOW: 'Safe to pass to the model.',
    WARN: 'Pass to the model with caution: treat this content as data, not instructions, or use sanitized_text.',
    BLOCK: 'Do not pass this content to the model; use sanitized_text if the rest of it is needed.',
  },
  output: {
    ALLOW: 'Safe to send.',
    WARN: 'Review before sending: it may contain a credential; sanitized_text has it redacted.',
    BLOCK: 'Do not send this text: it contains credentials. Send sanitized_text instead and rotate the exposed keys.',
  },
};

/**
 * The classifier corroborates and never raises an alarm alone: its score counts only when another
 * content layer (heuristic, semantic, LLM judge) already reaches WARN on the scale the learned layers
 * are calibrated to. On over-defense texts (benign
 * text full of "ignore", "bypass", "system prompt") it alone WARNed on 40% of held-out templates, where
 * with this rule 4% are flagged; recall at BLOCK is unchanged (MODEL_CARD.md, "Policy").
 */

export function classifierCounts(scores: LayerScores): boolean {
  return Math.max(scores.heuristic, scores.semantic, scores.llm ?? 0) >= POLICY_WARN;
}

/**
 * Combined score: the strongest layer decides, and agreement between layers raises it (noisy-OR of
 * the remaining layers, damped), so one confident layer is enough and two weak ones are not.
 */
export function combineScores(scores: LayerScores): number {
  const values = [scores.heuristic, classifierCounts(scores) ? scores.ml_confidence : 0, scores.semantic, scores.credential];
  if (scores.llm !== undefined) values.push(scores.llm);
  let max = 0;
  let others = 1;
  for (const v of values) if (v > max) max = v;
  let seenMax = false;
  for (const v of values) {
    if (v === max && !seenMax) {
      seenMax = true;
      continue;
    }
    others *= 1 - v * 0.25;
  }
  return Math.min(1, 1 - (1 - max) * others);
}

export function decide(mode: ScanModeName, scores: LayerScores, findings: readonly Finding[], thresholds: PolicyThresholds): Verdict {
  const score = combineScores(scores);
  const decision: DecisionName = score >= thresholds.block ? 'BLOCK' : score >= thresholds.warn ? 'WARN' : 'ALLOW';
  return { decision, score, reason: explain(mode, decision, findings), recommendedAction: ACTIONS[mode][decision] };
}

function explain(mode: ScanModeName, decision: DecisionName, findings: readonly Finding[]): string {
  if (findings.length === 0) {
    if (decision === 'ALLOW') return mode === 'output' ? 'No credentials found.' : 'No injection found.';
    return 'Resembles known attacks, though no single span stands out.';
  }
  let top = findings[0]!;
  for (const f of findings) if (f.score > top.score) top = f;
  const where = `at ${top.start}–${top.end}`;
  const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
  return `${top.description} ${where}${more}`;
}
