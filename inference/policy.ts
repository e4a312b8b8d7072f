// Turns layer scores and findings into the verdict: combined score, decision, reason and advice.
// Thresholds are configuration; the wording is short, human and names where the threat sits.
import type { PolicyThresholds } from './config.js';
import { POLICY_BLOCK, POLICY_WARN } from './models/score-calibration.js';
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
 * The classifier adds agreement only from its own WARN point up, or when another content layer
 * (heuristic, semantic, LLM judge) already reaches WARN: two layers that each find a text unremarkable
 * do not add up to a WARN. Past its WARN point it WARNs alone, past its BLOCK point it BLOCKs alone
 * (both points at ≤ 1% / 0.25% mean FPR over the benign validation sources). Models before 5.3 held it
 * below BLOCK and silent alone: an early model WARNed alone on 40% of held-out over-defense templates;
 * 5.2 reaches its WARN point on 3.3% of them and its BLOCK point on 0.7%, and gating it cost a quarter
 * of the persuasion and translated attacks of a fresh held-out set (MODEL_CARD.md, "Policy").
 */
export function classifierCounts(scores: LayerScores): boolean {
  return Math.max(scores.heuristic, scores.ml_confidence, scores.semantic, scores.llm ?? 0) >= POLICY_WARN;
}

/**
 * The classifier's calibrated score (its WARN band runs from 0.4 at its WARN point to 0.55 just below its
 * BLOCK point) from which, with the semantic layer at SEMANTIC_AGREEMENT, the two learned layers BLOCK
 * together, unless the LLM judge was asked and found the text benign. Two models that
 * read the text differently (a classifier over the bag, nearest known attacks in an embedding) both
 * finding it suspicious is stronger evidence than either past its WARN point alone. Chosen on the fifth
 * fresh set's tuning half and the benign validation, trigger and page sets (docs/MODEL_CARD.md, "Models
 * 6.0"): 0.5 / 0.4 raised 22 of 454 tuning-half attacks and one benign text of 3,700; 0.4 / 0.4 raised
 * 31 attacks and six benign texts. (The semantic side was then its WARN point, 0.4.) Lowered to 0.45 in the
 * eighth session, on the validation split (its 3,394 benign texts with the trigger sentences and a review's
 * 203 look-alikes): with the semantic side at 0.3 it BLOCKed 53 more of 2,058 attacks and two benign texts;
 * 0.4 BLOCKed 109 more and five benign. On the eighth fresh set's tuning half 0.45 added 16 of 781 attacks and
 * one of 803 benign texts.
 */
export const LEARNED_AGREEMENT = 0.45;

/**
 * The semantic layer's calibrated score from which it agrees with the classifier: below its own WARN point
 * (0.4), because an attack close to known ones but not close enough to WARN alone still confirms a
 * classifier a third into its band. Chosen on the validation split (seventh session, docs/MODEL_CARD.md):
 * 0.3 BLOCKed 28 more of its 2,058 attacks and none of its 3,349 benign texts (trigger sentences and a
 * review's 158 look-alikes included); 0.25 and 0.2 cost one and two benign texts.
 */
export const SEMANTIC_AGREEMENT = 0.3;

/** Whether both learned layers find the text suspicious enough to BLOCK together (see LEARNED_AGREEMENT). */
export function learnedLayersAgree(scores: LayerScores): boolean {
  if (scores.llm !== undefined && scores.llm < POLICY_WARN) return false;
  return scores.ml_confidence >= LEARNED_AGREEMENT && scores.semantic >= SEMANTIC_AGREEMENT;
}

/**
 * Combined score: the strongest layer decides, and agreement between layers raises it (noisy-OR of
 * the remaining layers, damped), so one confident layer is enough and two weak ones are not, except
 * the two learned layers agreeing (learnedLayersAgree), which reaches the calibrated BLOCK point.
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
  const combined = Math.min(1, 1 - (1 - max) * others);
  return learnedLayersAgree(scores) ? Math.max(combined, POLICY_BLOCK) : combined;
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
