// The heuristic layer: runs the pattern families over every view of a document (normalised and
// decoded), maps hits back to the original text and combines per-family evidence into one score.
import type { Finding, ScanModeName } from '../../scan-types.js';
import type { TextView } from '../../text/text-view.js';
import type { Layer, LayerOutput, ScanDocument } from '../layer.js';
import { AnchorIndex, type StartRanges } from './anchor-index.js';
import { patternShape } from './pattern-shape.js';
import { compileFamilies } from './patterns.js';
import { windowedHits, wholeTextHits } from './rule-matcher.js';
import { HINT_CEILING, type CompiledFamily, type CompiledRule } from './rule-types.js';

/** Hits of one rule in one view that are worth reporting; more only repeat the same story. */
const MAX_HITS_PER_RULE = 4;
const MAX_FINDINGS = 32;
/** Hidden text is itself suspicious: a decoded hit weighs a little more than the same plain hit. */
const DECODED_BONUS = 0.08;
/** Extra evidence when one family fires at several places. */
const REPEAT_BONUS = 0.04;
const MAX_REPEAT_BONUS = 0.1;
/** Hints alone never reach this, so a page full of trigger words stays ALLOW. */
const HINT_ONLY_CAP = 0.35;
/** How far a finding grows to cover its sentence, each way. */
const SENTENCE_REACH = 240;

interface FamilyEvidence {
  best: number;
  hits: number;
}

/** Terminators of a sentence or line, in the scripts the rules cover. */
function isSentenceEnd(c: number): boolean {
  return c === 10 || c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Widens [start, end) to the sentence around it, so a finding names (and sanitising removes) the whole attack. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  const floor = Math.max(0, start - SENTENCE_REACH);
  while (s > floor && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
  while (s < start && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  let e = end;
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  while (e < ceiling && !isSentenceEnd(text.charCodeAt(e))) e++;
  if (e < text.length && e < ceiling && text.charCodeAt(e) !== 10) e++;
  return [s, e];
}

function describe(family: CompiledFamily, view: TextView): string {
  return view.encoding === '' ? family.label : `${family.label} in ${view.encoding}-decoded text`;
}

/** Rules the windowed walk can run: a proven anchor, a bounded length, no empty match. */
function windowable(rule: CompiledRule): boolean {
  return rule.anchors !== null && rule.anchors.length > 0 && Number.isFinite(rule.maxLength) && rule.minLength > 0;
}

export interface HeuristicLayerOptions {
  /**
   * Run each rule only around its anchors (default). Off, every rule whose family keywords match
   * scans the whole view: the reference behaviour the windowed walk is tested against.
   */
  windowed?: boolean;
}

export class HeuristicLayer implements Layer {
  readonly name = 'heuristic';
  readonly modes: readonly ScanModeName[] = ['content'];
  readonly version = 'heuristic-1';
  private families: CompiledFamily[] = [];
  private readonly windowed: boolean;
  private index: AnchorIndex | null = null;
  /** Per family, per rule: the rule's slot in the anchor index, or -1 to scan the whole view. */
  private slots: number[][] = [];
  /** Per family: every rule has a slot, so no anchor hit means nothing can match. */
  private fullyAnchored: boolean[] = [];
  /** Per family: its keyword prefilter as an anchored global regex (slot -1: use family.keywords). */
  private keywordGates: { slot: number; regex: RegExp; maxLength: number }[] = [];
  private readonly gateHits: number[] = [];

  constructor(options: HeuristicLayerOptions = {}) {
    this.windowed = options.windowed ?? true;
  }

  load(): Promise<void> {
    this.ensureLoaded();
    return Promise.resolve();
  }

  scoreBatch(docs: readonly ScanDocument[]): LayerOutput[] {
    this.ensureLoaded();
    return docs.map((doc) => this.scoreDocument(doc.views));
  }

  /** Scores one document's views; exposed for the CLI and tests that hold views already. */
  scoreDocument(views: readonly TextView[]): LayerOutput {
    this.ensureLoaded();
    const evidence = new Map<CompiledFamily, FamilyEvidence>();
    const findings = new Map<string, Finding>();
    const hits: number[] = [];
    for (const view of views) {
      const text = view.text;
      const starts = this.index?.scan(text) ?? null;
      for (let f = 0; f < this.families.length; f++) {
        const family = this.families[f]!;
        const slots = this.slots[f]!;
        if (starts !== null && this.fullyAnchored[f] && slots.every((slot) => starts[slot]!.length === 0)) continue;
        if (!this.keywordsPresent(f, text, starts)) continue;
        const bonus = view.encoding === '' ? 0 : DECODED_BONUS;
        for (let r = 0; r < family.rules.length; r++) {
          const rule = family.rules[r]!;
          const slot = slots[r]!;
          if (starts === null || slot < 0) wholeTextHits(rule.regex, text, MAX_HITS_PER_RULE, hits);
          else if (starts[slot]!.length > 0) windowedHits(rule.regex, text, starts[slot]!, rule.maxLength, MAX_HITS_PER_RULE, hits);
          else continue;
          if (hits.length === 0) continue;
          const weight = Math.min(1, rule.weight + bonus);
          const seen = evidence.get(family) ?? { best: 0, hits: 0 };
          seen.best = Math.max(seen.best, weight);
          seen.hits += hits.length / 2;
          evidence.set(family, seen);
          for (let h = 0; h < hits.length; h += 2) this.record(findings, family, view, weight, hits[h]!, hits[h + 1]!);
        }
      }
    }
    const score = combine(evidence);
    return { score, findings: score >= HINT_ONLY_CAP ? rankFindings(findings) : [] };
  }

  private record(
    findings: Map<string, Finding>, family: CompiledFamily, view: TextView, weight: number, start: number, end: number,
  ): void {
    const [s, e] = sentenceAround(view.text, start, end);
    const [os, oe] = view.toOriginal(s, e);
    const key = `${family.category}:${os}:${oe}`;
    const prior = findings.get(key);
    if (prior !== undefined && prior.score >= weight) return;
    findings.set(key, {
      category: family.category,
      severity: weight < HINT_CEILING ? 'low' : family.severity,
      description: describe(family, view),
      start: os,
      end: oe,
      layer: 'heuristic',
      score: weight,
      encoding: view.encoding,
    });
  }

  /** The family's keyword prefilter: found among the anchor hits when it has anchors of its own. */
  private keywordsPresent(f: number, text: string, starts: StartRanges | null): boolean {
    const gate = this.keywordGates[f]!;
    if (starts === null || gate.slot < 0) return this.families[f]!.keywords.test(text);
    windowedHits(gate.regex, text, starts[gate.slot]!, gate.maxLength, 1, this.gateHits);
    return this.gateHits.length > 0;
  }

  private ensureLoaded(): void {
    if (this.families.length > 0) return;
    this.families = compileFamilies();
    const anchored: CompiledRule[] = [];
    this.slots = this.families.map((family) =>
      family.rules.map((rule) => (this.windowed && windowable(rule) ? anchored.push(rule) - 1 : -1)),
    );
    this.fullyAnchored = this.slots.map((slots) => slots.every((slot) => slot >= 0));
    this.keywordGates = this.families.map((family) => {
      const shape = patternShape(family.keywords.source);
      const regex = new RegExp(family.keywords.source, 'g');
      const rule = { id: `${family.category}.keywords`, weight: 0, regex, ...shape };
      const slot = this.windowed && windowable(rule) ? anchored.push(rule) - 1 : -1;
      return { slot, regex, maxLength: shape.maxLength };
    });
    if (this.windowed) {
      this.index = new AnchorIndex(anchored.map((rule) => ({ anchors: rule.anchors ?? [], maxLength: rule.maxLength })));
    }
  }
}

/**
 * Noisy-OR over families: independent kinds of evidence reinforce each other, repeated hits of one
 * kind add little, and families that only produced hints can never lift the score past HINT_ONLY_CAP.
 */
function combine(evidence: ReadonlyMap<CompiledFamily, FamilyEvidence>): number {
  let miss = 1;
  let hintMiss = 1;
  let strong = false;
  for (const { best, hits } of evidence.values()) {
    if (best >= HINT_CEILING) {
      strong = true;
      miss *= 1 - Math.min(1, best + Math.min(MAX_REPEAT_BONUS, REPEAT_BONUS * (hits - 1)));
    } else {
      hintMiss *= 1 - best;
    }
  }
  // Hints next to real evidence count at half weight: context, not proof.
  const score = strong ? 1 - miss * Math.sqrt(hintMiss) : Math.min(HINT_ONLY_CAP, 1 - hintMiss);
  return Math.round(Math.min(1, score) * 1000) / 1000;
}

function rankFindings(findings: ReadonlyMap<string, Finding>): Finding[] {
  return [...findings.values()]
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, MAX_FINDINGS)
    .sort((a, b) => a.start - b.start || b.score - a.score);
}
