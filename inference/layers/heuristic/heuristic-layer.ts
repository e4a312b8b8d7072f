// The heuristic layer: runs the pattern families over every view of a document (normalised and
// decoded), maps hits back to the original text and combines per-family evidence into one score.
import type { Finding, ScanModeName } from '../../scan-types.js';
import type { TextView } from '../../text/text-view.js';
import type { Layer, LayerOutput, ScanDocument } from '../layer.js';
import { isPageView, markupKindAt, markupViews, type PageTextView } from '../../text/document-views.js';
import { AnchorIndex, type StartRanges } from './anchor-index.js';
import { concealmentKind } from './concealment.js';
import { repeatsPage } from '../../text/page-words.js';
import { hiddenInMarkup, hiddenMarkupSegments, QUOTED_EXAMPLE_CAP, talksAboutAttack } from './quoted-example.js';
import { inLabelledExample } from './labelled-examples.js';
import { inExampleSource, pageVisibleText } from '../../text/displayed-examples.js';
import { isSecurityWriting } from '../../text/security-writing.js';
import { hiddenSegments, MAX_UNSEEN_CHARS, segmentAt, visibleWords } from '../../text/unseen-text.js';
import { unwrapHardWraps } from '../../text/hard-wraps.js';
import { escapedBreaksView, reversedView, unfoldedCalendarView } from '../../text/deobfuscate.js';
import { patternShape } from './pattern-shape.js';
import { compileFamilies } from './patterns.js';
import { windowedHits, wholeTextHits, type RuleReach } from './rule-matcher.js';
import { HINT_CEILING, type CompiledFamily, type CompiledRule } from './rule-types.js';

/**
 * Hits of one rule in one view that count as evidence and are reported; more only repeat the same
 * story. They are still cut: when the document has findings, the rules that reached the cap are
 * walked to the end and their further hits (with findings past MAX_FINDINGS) become `cutSpans`.
 */
const MAX_HITS_PER_RULE = 4;
const MAX_FINDINGS = 32;
/** Hidden text is itself suspicious: a decoded hit weighs a little more than the same plain hit. */
const DECODED_BONUS = 0.08;
/** Text a reader never sees yet a model reads: a real (non-hint) hit there weighs this much more. */
const HIDDEN_BONUS = 0.1;
/** Extra evidence when one family fires at several places. */
const REPEAT_BONUS = 0.04;
const MAX_REPEAT_BONUS = 0.1;
/** Hints alone never reach this, so a page full of trigger words stays ALLOW. */
const HINT_ONLY_CAP = 0.35;
/** How much of an unseen run repeatsVisible compares with the page. */
const MAX_RUN_CHARS = 20_000;
/** What a hidden-scope hit weighs in unseen text that repeats the visible page: a hint. */
const REPEATED_WEIGHT = 0.3;
/** How far a finding grows to cover its sentence, each way. */
const SENTENCE_REACH = 240;

/** A pattern that must match in a view before rules run: its global regex, and its anchor slot (-1: scan the whole view). */
interface Gate {
  readonly slot: number;
  readonly regex: RegExp;
  readonly reach: RuleReach;
}

/** States of a rule requirement in one view. */
const UNKNOWN = 0;
const MET = 1;
const NOT_MET = 2;

interface FamilyEvidence {
  best: number;
  hits: number;
}

/** Terminators of a sentence or line, in the scripts the rules cover. */
function isSentenceEnd(c: number): boolean {
  return c === 10 || c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Where the sentence holding `start` begins (within SENTENCE_REACH), past leading blanks. */
function sentenceStart(text: string, start: number): number {
  let s = start;
  const floor = Math.max(0, start - SENTENCE_REACH);
  while (s > floor && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
  while (s < start && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  return s;
}

/**
 * The unseen runs holding a hit's first and last characters, as one [from, to): how far the hit's sentence may
 * grow. `segments` are flat [start, end) pairs in order.
 */
function segmentBounds(segments: readonly number[], start: number, end: number): [number, number] {
  const first = segmentAt(segments, start);
  const last = end > start ? segmentAt(segments, end - 1) : first;
  return [first < 0 ? start : segments[first]!, last < 0 ? end : segments[last + 1]!];
}

/** Widens [start, end) to the sentence around it, so a finding names (and sanitising removes) the whole attack. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const s = sentenceStart(text, start);
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

/**
 * The layer's output: the findings as every layer reports them, plus the spans the sanitiser must cut
 * as well. The pipeline sanitises `findings` and `cutSpans` together; only `findings` are reported.
 */
export interface HeuristicOutput extends LayerOutput {
  /**
   * More of what the findings already report: the sentences of hits past a rule's cap, and findings
   * ranked past MAX_FINDINGS. Not threats of their own (they add nothing to the score) and not shown;
   * only cut, so an attack repeated any number of times leaves no copy in the sanitized text. Hits of
   * one rule whose sentences overlap come as one span. Absent when there are none.
   */
  cutSpans?: Finding[];
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
  /** The same for the hidden-scope families, over the joined unseen text. */
  private hiddenIndex: AnchorIndex | null = null;
  private hiddenSlots: number[][] = [];
  /** Per family, per rule: the rule's slot in the anchor index, or -1 to scan the whole view. */
  private slots: number[][] = [];
  /** Per family: every rule has a slot, so no anchor hit means nothing can match. */
  private fullyAnchored: boolean[] = [];
  /** Per family: its keyword prefilter as a gate. */
  private keywordGates: Gate[] = [];
  /** Distinct rule requirements (RuleSource.requires) and, per family and rule, the gate of its own (-1: none). */
  private requireGates: Gate[] = [];
  private ruleRequires: number[][] = [];
  /** Per gate, in the view being scanned: UNKNOWN, MET or NOT_MET. */
  private requireState = new Uint8Array(0);
  private readonly gateHits: number[] = [];

  constructor(options: HeuristicLayerOptions = {}) {
    this.windowed = options.windowed ?? true;
  }

  load(): Promise<void> {
    this.ensureLoaded();
    return Promise.resolve();
  }

  /**
   * Compiles every rule's, requirement's and keyword gate's regular expression for both kinds of string V8 keeps
   * (one byte per character, and two), by running each once on a short subject of each kind. V8 compiles a regular
   * expression on its first run against a subject of a kind, and a rule runs only where its keywords occur: after
   * 200 warm-up scans the first real 1 KB article still took 102–121 ms and the next 39 took up to 56 ms, each new
   * keyword compiling its rules; with this, 1–17 ms. Costs about 0.8 s and 60 MB per worker at start.
   */
  compile(): void {
    this.ensureLoaded();
    const regexes: RegExp[] = [];
    for (const family of this.families) {
      regexes.push(family.keywords);
      for (const rule of family.rules) regexes.push(rule.regex, ...(rule.requires === null ? [] : [rule.requires.regex]));
    }
    for (const gate of [...this.keywordGates, ...this.requireGates]) regexes.push(gate.regex);
    for (const regex of new Set(regexes)) {
      for (const subject of COMPILE_SUBJECTS) {
        regex.lastIndex = 0;
        regex.exec(subject);
      }
      regex.lastIndex = 0;
    }
  }

  scoreBatch(docs: readonly ScanDocument[]): HeuristicOutput[] {
    this.ensureLoaded();
    return docs.map((doc) => this.scoreDocument(doc.views, isPageView(doc.views[0]) ? { html: doc.job.text } : { plain: doc.job.text }));
  }

  /**
   * Scores one document's views; exposed for the CLI and tests that hold views already. With `html`
   * (the page the views were extracted from), text of it a reader does not see is also judged as such.
   */
  scoreDocument(views: readonly TextView[], options: ScoreOptions = {}): HeuristicOutput {
    this.ensureLoaded();
    const evidence = new Map<CompiledFamily, FamilyEvidence>();
    const findings = new Map<string, Finding>();
    const hits: number[] = [];
    // Rules that reached MAX_HITS_PER_RULE in a view: walked again to the end only if the document
    // turns out to have findings, so a document that reports nothing costs what it always did.
    const capped: ((cuts: Finding[]) => void)[] = [];
    // Whether any strong evidence lies in text a reader does not see (a hidden element, a comment, markup).
    let unseen = false;
    const first = views[0];
    const page = options.html !== undefined && isPageView(first);
    const hidden = page ? hiddenSegments(first) : [];
    // Only asked of hits in unseen text, so only on a page.
    const pageWords = (): Set<string> => visibleWords(first as PageTextView);
    const concealed: Concealed = { segments: hidden, html: options.html, pageWords };
    // What the page's markup says and its text leaves out (data-* attributes, srcdoc, style sheets): all
    // of it unseen, read like the page's unseen text, never by the models (document-views.ts).
    const markup = page ? markupViews(first) : [];
    const marked = markup[0];
    const markupConcealed: Concealed | null =
      marked === undefined ? null : { segments: hiddenSegments(marked), html: options.html, pageWords, kindAt: (pos) => markupKindAt(marked, pos) };
    // Text written backwards, read forwards (deobfuscate.ts): rules only, like the markup views.
    const reversed = first === undefined ? null : reversedView(first);
    // A JSON tool output's escaped line breaks read as breaks (deobfuscate.ts): rules only, like the reversed view.
    const unescaped = first === undefined || page ? null : escapedBreaksView(first);
    // A calendar invite unfolded and unescaped (deobfuscate.ts): rules only, like the two above.
    const unfolded = first === undefined || page ? null : unfoldedCalendarView(first);
    const extra = reversed === null && unescaped === null && unfolded === null ? markup : [...markup, ...[reversed, unescaped, unfolded].filter((v) => v !== null)];
    for (const view of extra.length === 0 ? views : [...views, ...extra]) {
      const text = view === first && options.plain !== undefined ? joinedLines(view, options.plain) : view.text;
      const starts = this.index?.scan(text) ?? null;
      this.requireState.fill(UNKNOWN);
      const inPage = view === first && hidden.length > 0 ? concealed : view === marked ? markupConcealed : null;
      const pageText = page && view === first ? first : null;
      // Raw JSON-LD stays in the page's text for the models; the rules read its strings in the markup view, each as a
      // run of unseen text judged against the page (a QAPage's copy of its visible answers is the page describing itself).
      const jsonLd = pageText === null || pageText.jsonLdRanges.length === 0 ? null : pageText.jsonLdRanges;
      for (let f = 0; f < this.families.length; f++) {
        const family = this.families[f]!;
        if (family.scope === 'hidden') continue;
        const slots = this.slots[f]!;
        if (starts !== null && this.fullyAnchored[f] && slots.every((slot) => starts[slot]!.length === 0)) continue;
        if (!this.keywordsPresent(f, text, starts)) continue;
        const bonus = view.encoding === '' ? 0 : DECODED_BONUS;
        const requires = this.ruleRequires[f]!;
        for (let r = 0; r < family.rules.length; r++) {
          const rule = family.rules[r]!;
          const slot = slots[r]!;
          if (requires[r]! >= 0 && !this.requirementMet(requires[r]!, text, starts)) continue;
          if (starts === null || slot < 0) wholeTextHits(rule.regex, text, MAX_HITS_PER_RULE, hits);
          else if (starts[slot]!.length > 0) windowedHits(rule.regex, text, starts[slot]!, rule, MAX_HITS_PER_RULE, hits);
          else continue;
          if (hits.length === 0) continue;
          for (let h = 0; h < hits.length; h += 2) {
            if (jsonLd !== null && inRanges(jsonLd, hits[h]!)) continue;
            // Unseen text that repeats the page (a QAPage's JSON-LD copy of its answers, a meta description) is read where
            // a reader sees it; its copy weighs no more than a hint, as in scoreHidden.
            const repeated = inPage !== null && rule.weight > REPEATED_WEIGHT && repeatsVisible(inPage, view, hits[h]!);
            const hiddenKind = inPage !== null && rule.weight >= HINT_CEILING && !repeated ? kindAt(inPage, hits[h]!, view) : null;
            let weight = repeated ? REPEATED_WEIGHT : Math.min(1, rule.weight + bonus + (hiddenKind === null ? 0 : HIDDEN_BONUS));
            // kindAt is asked only of rules at HINT_CEILING or above: a hit in unseen text is strong evidence there.
            if (hiddenKind !== null) unseen = true;
            // An attack quoted as an example (the hit starts, ends or runs into the quotation), one a third
            // party gets a model to do, or markup a page shows as text is talk about attacks (quoted-example.ts).
            if (hiddenKind === null && weight > QUOTED_EXAMPLE_CAP && talksAboutAttack(text, hits[h]!, hits[h + 1]!, pageText, family.narratedQuoteIsMention)) weight = QUOTED_EXAMPLE_CAP;
            // A payload decoded from a blob that a page shows as an example (a code block in a lesson on encodings).
            else if (page && view !== first && weight > QUOTED_EXAMPLE_CAP && inExampleSource(first, ...view.toOriginal(hits[h]!, hits[h + 1]!))) weight = QUOTED_EXAMPLE_CAP;
            // One decoded from a blob in an evaluation's graded record or a refused turn ("input: "Decode and follow: SWdub3Jl…"",
            // "expected_verdict: warn"), read in the submitted text.
            else if (options.plain !== undefined && view.encoding !== '' && weight > QUOTED_EXAMPLE_CAP && inLabelledExample(options.plain, view.toOriginal(hits[h]!, hits[h + 1]!)[0])) weight = QUOTED_EXAMPLE_CAP;
            // Strong evidence in markup a Markdown or LaTeX renderer hides (a raw <div style="display:none">, a comment that
            // opens a line, white LaTeX) is unseen too: security writing may not keep it from BLOCK (SECURITY_WRITING_CAP).
            if (hiddenKind === null && weight >= HINT_CEILING && view === first && options.plain !== undefined && hiddenInMarkup(text, hits[h + 1]! - 1)) unseen = true;
            note(evidence, family, weight);
            const label = hiddenKind === null ? describe(family, view) : `${family.label} hidden from human readers (${hiddenKind})`;
            this.record(findings, family, view, weight, hits[h]!, hits[h + 1]!, label);
          }
          if (hits.length === 2 * MAX_HITS_PER_RULE) {
            // The anchor index reuses its arrays: keep this rule's ranges for the second walk.
            const ranges = starts === null || slot < 0 ? null : starts[slot]!.slice();
            const weight = Math.min(1, rule.weight + bonus);
            capped.push((cuts) => {
              if (ranges === null) wholeTextHits(rule.regex, text, Infinity, hits);
              else windowedHits(rule.regex, text, ranges, rule, Infinity, hits);
              cutPastCap(cuts, family, view, weight, hits);
            });
          }
        }
      }
    }
    if (first !== undefined && hidden.length > 0 && this.scoreHidden(first, concealed, evidence, findings, hits, capped)) unseen = true;
    if (marked !== undefined && markupConcealed !== null && this.scoreHidden(marked, markupConcealed, evidence, findings, hits, capped)) unseen = true;
    // A Markdown or LaTeX document's own hidden runs (a comment that opens a line, an element styled out of sight) are
    // its unseen text: the hidden-scope families read them as they read a page's.
    if (first !== undefined && !page && options.plain !== undefined) {
      const markdown = markdownConcealed(first);
      if (markdown !== null && this.scoreHidden(first, markdown, evidence, findings, hits, capped)) unseen = true;
    }
    let score = combine(evidence);
    // Security writing quotes the attacks it is about in every form; what the rules find in its visible text alone flags
    // it (WARN), and BLOCK is left to unseen text or to the learned layers (security-writing.ts).
    if (score > SECURITY_WRITING_CAP && !unseen && first !== undefined && securityWriting(first)) score = SECURITY_WRITING_CAP;
    if (score < HINT_ONLY_CAP) return { score, findings: [] };
    const reported = rankFindings(findings);
    const cuts: Finding[] = [];
    for (const walk of capped) walk(cuts);
    if (reported.length < findings.size) {
      const shown = new Set(reported);
      for (const f of findings.values()) if (!shown.has(f)) cuts.push(f);
    }
    return cuts.length > 0 ? { score, findings: reported, cutSpans: cuts } : { score, findings: reported };
  }

  /** Runs the hidden-scope families over the unseen lines of the page's text, as one joined text. */
  private scoreHidden(
    view: TextView, concealed: Concealed, evidence: Map<CompiledFamily, FamilyEvidence>, findings: Map<string, Finding>, hits: number[],
    capped: ((cuts: Finding[]) => void)[],
  ): boolean {
    let strong = false;
    const { segments } = concealed;
    const parts: string[] = [];
    const joinedStarts: number[] = [];
    let length = 0;
    for (let k = 0; k < segments.length && length < MAX_UNSEEN_CHARS; k += 2) {
      joinedStarts.push(length);
      const part = view.text.slice(segments[k]!, Math.min(segments[k + 1]!, segments[k]! + MAX_UNSEEN_CHARS - length));
      parts.push(part);
      length += part.length + 1;
    }
    const joined = parts.join('\n');
    const starts = this.hiddenIndex?.scan(joined) ?? null;
    for (let f = 0; f < this.families.length; f++) {
      const family = this.families[f]!;
      if (family.scope !== 'hidden' || !family.keywords.test(joined)) continue;
      for (let r = 0; r < family.rules.length; r++) {
        const rule = family.rules[r]!;
        const slot = this.hiddenSlots[f]![r]!;
        if (starts === null || slot < 0) wholeTextHits(rule.regex, joined, MAX_HITS_PER_RULE, hits);
        else if (starts[slot]!.length > 0) windowedHits(rule.regex, joined, starts[slot]!, rule, MAX_HITS_PER_RULE, hits);
        else continue;
        if (hits.length === 2 * MAX_HITS_PER_RULE) {
          const ranges = starts === null || slot < 0 ? null : starts[slot]!.slice();
          capped.push((cuts) => {
            if (ranges === null) wholeTextHits(rule.regex, joined, Infinity, hits);
            else windowedHits(rule.regex, joined, ranges, rule, Infinity, hits);
            joinedToView(hits, joinedStarts, segments);
            cutPastCap(cuts, family, view, rule.weight, hits);
          });
        }
        joinedToView(hits, joinedStarts, segments);
        for (let h = 0; h < hits.length; h += 2) {
          const start = hits[h]!;
          const end = hits[h + 1]!;
          // Unseen text that repeats the page (its meta description, a link title) is the page describing itself.
          const weight = repeatsVisible(concealed, view, start) ? Math.min(rule.weight, REPEATED_WEIGHT) : rule.weight;
          if (weight >= HINT_CEILING) strong = true;
          note(evidence, family, weight);
          const kind = kindAt(concealed, start, view) ?? 'hidden text';
          // The sentence grows only within the unseen run: an aria-label's text is followed on its line by the
          // button's own visible label, which is no part of the attack and must stay in the sanitized copy.
          this.record(findings, family, view, weight, start, end, `${family.label} (${kind})`, segmentBounds(segments, start, end));
        }
      }
    }
    return strong;
  }

  private record(
    findings: Map<string, Finding>, family: CompiledFamily, view: TextView, weight: number, start: number, end: number,
    description: string = describe(family, view), within?: readonly [number, number],
  ): void {
    // A match that opens at a line break (rules start "(?:^|\n|…)") starts after it and the blanks after it: its sentence is
    // the next line's, and a break the extraction inserted (or a space between two elements) maps back to where the
    // element before it ends.
    for (let c = view.text.charCodeAt(start); start < end - 1 && (c === 10 || c === 32 || c === 9); c = view.text.charCodeAt(++start));
    let [s, e] = sentenceAround(view.text, start, end);
    if (within !== undefined) [s, e] = [Math.max(s, Math.min(start, within[0])), Math.min(e, Math.max(end, within[1]))];
    const [os, oe] = view.toOriginal(s, e);
    const key = `${family.category}:${os}:${oe}`;
    const prior = findings.get(key);
    if (prior !== undefined && prior.score >= weight) return;
    findings.set(key, {
      category: family.category,
      severity: weight < HINT_CEILING ? 'low' : family.severity,
      description,
      start: os,
      end: oe,
      layer: 'heuristic',
      score: weight,
      encoding: view.encoding,
    });
  }

  /** Whether a rule's requirement (gate `g`) matches in the view: asked once per view (requireState, reset per view). */
  private requirementMet(g: number, text: string, starts: StartRanges | null): boolean {
    const known = this.requireState[g]!;
    if (known !== UNKNOWN) return known === MET;
    const met = this.gateMatches(this.requireGates[g]!, text, starts);
    this.requireState[g] = met ? MET : NOT_MET;
    return met;
  }

  /** The family's keyword prefilter. */
  private keywordsPresent(f: number, text: string, starts: StartRanges | null): boolean {
    return this.gateMatches(this.keywordGates[f]!, text, starts);
  }

  /** Whether a gate's pattern matches anywhere in `text`: among its anchor hits when it has anchors of its own. */
  private gateMatches(gate: Gate, text: string, starts: StartRanges | null): boolean {
    if (starts === null || gate.slot < 0) {
      gate.regex.lastIndex = 0;
      return gate.regex.test(text);
    }
    windowedHits(gate.regex, text, starts[gate.slot]!, gate.reach, 1, this.gateHits);
    return this.gateHits.length > 0;
  }

  private ensureLoaded(): void {
    if (this.families.length > 0) return;
    this.families = compileFamilies();
    const anchored: CompiledRule[] = [];
    this.slots = this.families.map((family) =>
      family.rules.map((rule) => (this.windowed && family.scope !== 'hidden' && windowable(rule) ? anchored.push(rule) - 1 : -1)),
    );
    this.fullyAnchored = this.slots.map((slots) => slots.every((slot) => slot >= 0));
    this.keywordGates = this.families.map((family) => {
      const shape = patternShape(family.keywords.source);
      const regex = new RegExp(family.keywords.source, 'g');
      const rule = { id: `${family.category}.keywords`, weight: 0, regex, ...shape, requires: null };
      const slot = this.windowed && family.scope !== 'hidden' && windowable(rule) ? anchored.push(rule) - 1 : -1;
      return { slot, regex, reach: shape };
    });
    // What rules require (RuleSource.requires), one gate per distinct pattern, looked up through anchors like the
    // keyword prefilters. Only the windowed walk uses them: the whole-text reference runs every rule, so the tests
    // comparing the two also show each requirement holds.
    const gateOf = new Map<string, number>();
    this.requireGates = [];
    this.ruleRequires = this.families.map((family) =>
      family.rules.map((rule) => {
        if (!this.windowed || family.scope === 'hidden' || rule.requires === null) return -1;
        const { regex } = rule.requires;
        let g = gateOf.get(regex.source);
        if (g === undefined) {
          const gate = { id: `${rule.id}.requires`, weight: 0, ...rule.requires, requires: null };
          g = this.requireGates.push({ slot: windowable(gate) ? anchored.push(gate) - 1 : -1, regex, reach: rule.requires }) - 1;
          gateOf.set(regex.source, g);
        }
        return g;
      }),
    );
    this.requireState = new Uint8Array(this.requireGates.length);
    const hiddenAnchored: CompiledRule[] = [];
    this.hiddenSlots = this.families.map((family) =>
      family.rules.map((rule) => (this.windowed && family.scope === 'hidden' && windowable(rule) ? hiddenAnchored.push(rule) - 1 : -1)),
    );
    if (this.windowed) {
      this.index = new AnchorIndex(anchored.map((rule) => ({ anchors: rule.anchors ?? [], maxLength: rule.maxLength })));
      this.hiddenIndex = new AnchorIndex(hiddenAnchored.map((rule) => ({ anchors: rule.anchors ?? [], maxLength: rule.maxLength })));
    }
  }
}

/** A one-byte and a two-byte subject (a character above U+00FF): V8 compiles a regular expression once for each kind. */
const COMPILE_SUBJECTS = ['warm up', 'warm up \u0101'] as const;

export interface ScoreOptions {
  /** The HTML page the views were extracted from; unset for plain text. */
  html?: string;
  /** The plain text the views were built from: its hard-wrapped lines are read joined (hard-wraps.ts). */
  plain?: string;
}

interface Concealed {
  /** Flat [start, end) pairs of unseen text in the view (the page's first view, or its markup text). */
  segments: readonly number[];
  html: string | undefined;
  /** Content words of the page's visible text, gathered when a hit in unseen text first needs them. */
  pageWords: () => ReadonlySet<string>;
  /** How the page offset `pos` is hidden, where the view knows better than the markup around it. */
  kindAt?: (pos: number) => string | undefined;
}

/** No words of a visible page: a document's hidden markup is never excused as repeating it. */
const NO_PAGE_WORDS: ReadonlySet<string> = new Set();

/** A plain document's hidden markup (hiddenMarkupSegments) as unseen text, or null when it has none. */
function markdownConcealed(first: TextView): Concealed | null {
  const { segments, kinds } = hiddenMarkupSegments(first.text);
  if (segments.length === 0) return null;
  return {
    segments,
    html: undefined,
    pageWords: () => NO_PAGE_WORDS,
    kindAt: (pos) => {
      for (let k = 0; k < segments.length; k += 2) {
        const [s, e] = first.toOriginal(segments[k]!, segments[k + 1]!);
        if (pos >= s && pos < e) return kinds[k / 2];
      }
      return undefined;
    },
  };
}

/**
 * Whether the unseen run holding `pos` repeats the page's visible text (concealment.ts, repeatsPage): a
 * meta description, an og:title, a link's title or a URL slug made of the headline. Such text is read as
 * the page is, with no bonus for being hidden.
 */
function repeatsVisible(concealed: Concealed, view: TextView, pos: number): boolean {
  const { segments } = concealed;
  const k = segmentAt(segments, pos);
  if (k < 0) return false;
  const words = concealed.pageWords();
  // The run and the sentence holding the hit must both repeat the page: a payload hidden inside a hidden
  // copy of the article is not excused by the copy around it, nor a note by one sentence of page words.
  const text = view.text;
  if (!repeatsPage(text.slice(segments[k], Math.min(segments[k + 1]!, segments[k]! + MAX_RUN_CHARS)), words)) return false;
  // The hit's sentence, cut to the unseen run that holds it.
  const [s, e] = sentenceAround(text, pos, pos);
  return repeatsPage(text.slice(Math.max(s, segments[k]!), Math.min(e, segments[k + 1]!)), words);
}

/** Whether `pos` lies in one of `ranges` ([start, end) pairs in order; a page has a few JSON-LD scripts at most). */
function inRanges(ranges: ReadonlyArray<readonly [number, number]>, pos: number): boolean {
  for (const [s, e] of ranges) {
    if (pos < s) return false;
    if (pos < e) return true;
  }
  return false;
}

/** How the text at `pos` of the page's first view is hidden, or null when a reader sees it. */
function kindAt(concealed: Concealed, pos: number, view: TextView): string | null {
  const k = segmentAt(concealed.segments, pos);
  if (k < 0) return null;
  // One character widens to its whole unseen line, so this names the element, comment or attribute.
  const [s, e] = view.toOriginal(pos, pos + 1);
  return concealed.kindAt?.(s) ?? concealmentKind(concealed.html, s, e);
}

/**
 * Maps hits in the joined hidden text back to the view, in place: the segment holding each hit, then
 * the same offset inside it. Hits come in order, so the segment only moves forward (linear).
 */
function joinedToView(hits: number[], joinedStarts: readonly number[], segments: readonly number[]): void {
  let k = 0;
  for (let h = 0; h < hits.length; h += 2) {
    while (k + 1 < joinedStarts.length && joinedStarts[k + 1]! <= hits[h]!) k++;
    const base = segments[2 * k]! - joinedStarts[k]!;
    hits[h] = Math.min(hits[h]! + base, segments[2 * k + 1]!);
    hits[h + 1] = Math.min(hits[h + 1]! + base, segments[2 * k + 1]!);
  }
}

/**
 * The sentences of one rule's hits past the cap (flat [start, end) pairs in `view`, in order, all of
 * them walked again) as cut spans: the same sentences `record` gives a finding, but merged as they
 * come, one span per run of overlapping sentences, mapped to the original once. A hit inside the run
 * only scans for its sentence end, from where the last scan stopped, so the walk stays linear.
 */
function cutPastCap(cuts: Finding[], family: CompiledFamily, view: TextView, weight: number, hits: readonly number[]): void {
  const text = view.text;
  let runStart = -1;
  let runEnd = -1;
  // Where the last scan for a sentence end stopped, and whether it stopped at one: text before `stop`
  // and after that hit's end holds none.
  let stop = -1;
  let atEnd = false;
  const flush = (): void => {
    if (runEnd <= runStart) return;
    const [os, oe] = view.toOriginal(runStart, runEnd);
    cuts.push({
      category: family.category,
      severity: weight < HINT_CEILING ? 'low' : family.severity,
      description: describe(family, view),
      start: os,
      end: oe,
      layer: 'heuristic',
      score: weight,
      encoding: view.encoding,
    });
  };
  for (let h = 2 * MAX_HITS_PER_RULE; h < hits.length; h += 2) {
    const start = hits[h]!;
    const end = hits[h + 1]!;
    if (start >= runEnd) {
      const s = sentenceStart(text, start);
      // Only a shared character merges: two spans that merely touch may map apart (HTML attributes).
      if (s >= runEnd) {
        flush();
        runStart = s;
        stop = -1;
      }
    } else if (atEnd && end <= stop) {
      continue; // the same sentence end as the hit before
    }
    // As sentenceAround does, from where nothing is known yet.
    const ceiling = Math.min(text.length, end + SENTENCE_REACH);
    let e = Math.max(end, stop);
    while (e < ceiling && !isSentenceEnd(text.charCodeAt(e))) e++;
    stop = e;
    atEnd = e < ceiling;
    if (e < text.length && e < ceiling && text.charCodeAt(e) !== 10) e++;
    if (e > runEnd) runEnd = e;
  }
  flush();
}

function note(evidence: Map<CompiledFamily, FamilyEvidence>, family: CompiledFamily, weight: number): void {
  const seen = evidence.get(family) ?? { best: 0, hits: 0 };
  seen.best = Math.max(seen.best, weight);
  seen.hits += 1;
  evidence.set(family, seen);
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

/**
 * The highest score the rules give a document that is security writing through and through (security-writing.ts)
 * when all they found lies in visible text: a WARN (the policy's BLOCK is 0.7).
 */
export const SECURITY_WRITING_CAP = 0.6;

/**
 * Whether the document whose first view this is is security writing: a page by its visible text (the same string each
 * time, so isSecurityWriting's memo holds), plain text by its own.
 */
function securityWriting(first: TextView): boolean {
  return isSecurityWriting(isPageView(first) ? pageVisibleText(first) : first.text);
}

/**
 * A plain text's first view with the line breaks of its hard-wrapped paragraphs read as spaces (same length,
 * same offsets): a wrapped e-mail's sentence is one sentence to the rules. Whether a line goes on a sentence
 * is read from the submitted text, the view being lower-cased.
 */
function joinedLines(view: TextView, submitted: string): string {
  return unwrapHardWraps(view.text, submitted, (i) => view.toOriginal(i, i + 1)[0]);
}
