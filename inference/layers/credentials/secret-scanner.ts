// Runs the secret rules over one text: keyword prefilter, regex, value checks, overlap resolution.
// Returns spans into the text as given; the layer turns them into findings.
import { KeywordIndex } from './keyword-index.js';
import { isPlaceholder, shannonEntropy } from './secret-checks.js';
import type { SecretRule } from './secret-rule.js';

export interface SecretHit {
  readonly rule: SecretRule;
  /** UTF-16 offsets into the scanned text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export class SecretScanner {
  readonly rules: readonly SecretRule[];
  private readonly index: KeywordIndex;
  /** Rule indices by keyword index. */
  private readonly rulesByKeyword: number[][] = [];
  private readonly nearRules: number[] = [];
  // Reused between scans: a worker scans one text at a time, and the hot path should not allocate.
  private readonly foundKeywords: Uint8Array;
  private readonly activeRules: Uint8Array;

  constructor(rules: readonly SecretRule[]) {
    this.rules = rules;
    const keywords: string[] = [];
    const keywordIds = new Map<string, number>();
    rules.forEach((rule, r) => {
      checkRule(rule, rules);
      if (rule.near) this.nearRules.push(r);
      for (const raw of rule.keywords) {
        const keyword = raw.toLowerCase();
        let k = keywordIds.get(keyword);
        if (k === undefined) {
          k = keywords.push(keyword) - 1;
          keywordIds.set(keyword, k);
          this.rulesByKeyword.push([]);
        }
        this.rulesByKeyword[k]!.push(r);
      }
    });
    this.index = new KeywordIndex(keywords);
    this.foundKeywords = new Uint8Array(keywords.length);
    this.activeRules = new Uint8Array(rules.length);
  }

  scan(text: string): SecretHit[] {
    this.foundKeywords.fill(0);
    // Near-gated rules need an anchor hit, and anchors need keywords: no keyword, nothing to do.
    if (this.index.scan(text, this.foundKeywords) === 0) return [];
    this.activeRules.fill(0);
    this.foundKeywords.forEach((found, k) => {
      if (found === 1) for (const r of this.rulesByKeyword[k]!) this.activeRules[r] = 1;
    });
    const hits: SecretHit[] = [];
    this.rules.forEach((rule, r) => {
      if (this.activeRules[r] === 1) collectHits(rule, text, hits);
    });
    for (const r of this.nearRules) {
      const rule = this.rules[r]!;
      const near = rule.near!;
      const anchors = hits.filter((h) => h.rule.id === near.rule).sort((a, b) => a.end - b.end);
      if (anchors.length === 0) continue;
      const candidates: SecretHit[] = [];
      collectHits(rule, text, candidates);
      for (const c of candidates) if (isNear(c, anchors, near.within)) hits.push(c);
    }
    return resolveOverlaps(hits);
  }
}

function checkRule(rule: SecretRule, all: readonly SecretRule[]): void {
  if (!rule.regex.global || !rule.regex.hasIndices) {
    throw new Error(`secret rule ${rule.id}: regex needs the g and d flags`);
  }
  if (rule.near === undefined && rule.keywords.length === 0) {
    throw new Error(`secret rule ${rule.id}: needs keywords or a near requirement`);
  }
  if (rule.near && !all.some((other) => other.id === rule.near!.rule && !other.near)) {
    throw new Error(`secret rule ${rule.id}: near anchor ${rule.near.rule} is not a keyword-gated rule`);
  }
}

function collectHits(rule: SecretRule, text: string, out: SecretHit[]): void {
  const { regex } = rule;
  const group = rule.secretGroup ?? 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const secret = m[group];
    const secretSpan = m.indices?.[group];
    if (secret === undefined || secretSpan === undefined) continue;
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
    if (!rule.allowPlaceholderShapes && isPlaceholder(secret)) continue;
    if (rule.validate && !rule.validate(secret, m)) continue;
    const [start, end] = rule.span === 'match' ? [m.index, m.index + m[0].length] : secretSpan;
    out.push({ rule, start, end });
  }
  regex.lastIndex = 0;
}

/** Anchors are one rule's hits (non-overlapping), sorted by end; binary search for the closest. */
function isNear(hit: SecretHit, anchors: readonly SecretHit[], within: number): boolean {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (anchors[mid]!.end < hit.start - within) lo = mid + 1;
    else hi = mid;
  }
  return lo < anchors.length && anchors[lo]!.start <= hit.end + within;
}

/** Provider rules beat generic ones; then the longer span (a PEM block, not the key inside it). */
function outranks(a: SecretHit, b: SecretHit): number {
  const generic = Number(a.rule.generic ?? false) - Number(b.rule.generic ?? false);
  return generic || (b.end - b.start) - (a.end - a.start) || a.start - b.start;
}

/** Keeps, within each cluster of overlapping hits, the best-ranked hits that do not overlap. */
function resolveOverlaps(hits: SecretHit[]): SecretHit[] {
  if (hits.length <= 1) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SecretHit[] = [];
  let cluster: SecretHit[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) {
      kept.push(cluster[0]!);
      return;
    }
    const chosen: SecretHit[] = [];
    for (const h of cluster.sort(outranks)) {
      if (chosen.every((c) => h.end <= c.start || h.start >= c.end)) chosen.push(h);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
  };
  for (const h of hits) {
    if (h.start >= clusterEnd && cluster.length > 0) {
      flush();
      cluster = [];
    }
    cluster.push(h);
    clusterEnd = Math.max(clusterEnd, h.end);
  }
  flush();
  return kept;
}
