// Shapes of the heuristic rule data (sources as written) and of the compiled families the layer runs.
// Kept apart from the data so each data file reads as a plain table.
import type { SeverityName } from '../../scan-types.js';
import type { PatternShape } from './pattern-shape.js';

/** One pattern as written: lower-case source over normalised text, with its weight when it matches. */
export interface RuleSource {
  readonly id: string;
  /** Evidence of one hit, 0..1. Below HINT_CEILING a rule is only a hint and cannot raise a verdict alone. */
  readonly weight: number;
  readonly source: string;
  /**
   * A pattern every match of `source` holds (checked when the rule compiles: pattern-shape.ts, alwaysContains), rarer
   * than the rule's own anchors: a view in which it matches nowhere skips the rule. "How to" and "give" are in half of
   * all prose; a named harm is not.
   */
  readonly requires?: string;
}

export interface FamilySource {
  /** Category reported in findings. */
  readonly category: string;
  /** Human label used in descriptions ("Instruction override"). */
  readonly label: string;
  readonly severity: SeverityName;
  /** 'hidden': the rules run only on text a human reader does not see (see concealment.ts). Default 'all'. */
  readonly scope?: 'all' | 'hidden';
  /** Alternation of stems; a view that does not contain one skips the family's rules. */
  readonly keywords: string;
  readonly rules: readonly RuleSource[];
  /**
   * Whether a hit inside a quotation a sentence carries is a mention (quoted-example.ts, inNarratedQuotation). Default
   * true; false where a quoted line is how the request is made (a role-play asks for harm in a character's line).
   */
  readonly narratedQuoteIsMention?: boolean;
}

export interface CompiledRule {
  readonly id: string;
  readonly weight: number;
  /** Global, so the layer can walk every hit with lastIndex. */
  readonly regex: RegExp;
  /** Literals one of which every match contains (null: always scan the whole text); see pattern-shape.ts. */
  readonly anchors: readonly string[] | null;
  /** Longest text any match attempt can consume; bounds the window scanned around an anchor. */
  readonly maxLength: number;
  /** Shortest match; the windowed walk needs it above zero. */
  readonly minLength: number;
  /** Text a negative lookbehind reads before the match start; the windowed walk keeps that much context. */
  readonly lookbehind: number;
  /** Text a negative lookahead reads past the longest match. */
  readonly lookahead: number;
  /** RuleSource.requires, compiled global, with its shape; null without one. */
  readonly requires: (PatternShape & { readonly regex: RegExp }) | null;
}

export interface CompiledFamily {
  readonly category: string;
  readonly label: string;
  readonly severity: SeverityName;
  readonly scope: 'all' | 'hidden';
  readonly narratedQuoteIsMention: boolean;
  readonly keywords: RegExp;
  readonly rules: readonly CompiledRule[];
}

/** Rules weighing less than this are hints: alone they keep a document under the WARN line. */
export const HINT_CEILING = 0.5;
