// The shape of one secret rule (one declarative record per provider) and the severity scale.
// Rules are data so adding a provider is one record in rules.ts, never a new branch of code.
import type { SeverityName } from '../../scan-types.js';

/** Score a finding of each severity contributes; a real key must reach BLOCK (policy default 0.7). */
export const SEVERITY_SCORE: Readonly<Record<SeverityName, number>> = {
  critical: 0.95,
  high: 0.85,
  medium: 0.6,
  low: 0.3,
};

/** Only fire near a hit of another rule (an AWS secret key beside its access key id, say). */
export interface NearRequirement {
  /** Id of the anchor rule. */
  readonly rule: string;
  /** Largest gap, in UTF-16 units, between the anchor span and this rule's span. */
  readonly within: number;
}

export interface SecretRule {
  /** Category of the finding and the redaction label, e.g. `aws_access_key`. Several records may share one. */
  readonly id: string;
  /** Human description used in findings, e.g. "AWS access key id". */
  readonly description: string;
  /** Compiled once; must carry the `g` and `d` flags (the scanner relies on lastIndex and indices). */
  readonly regex: RegExp;
  /**
   * Lower-case literals of which at least one must occur (case-insensitively) before the regex runs.
   * Empty only for rules gated by `near` instead.
   */
  readonly keywords: readonly string[];
  /** Capture group holding the secret itself (checks run on it); 0 = whole match. */
  readonly secretGroup?: number;
  /** What gets redacted: the secret group (default) or the whole match (connection strings, webhook URLs). */
  readonly span?: 'secret' | 'match';
  /** Shannon-entropy floor, bits per character, over the secret. */
  readonly minEntropy?: number;
  /** Extra check over the secret and the whole match; false drops the hit. */
  readonly validate?: (secret: string, match: RegExpExecArray) => boolean;
  /** Skip the documentation-placeholder check (PEM bodies legitimately hold runs like AAAAAAAA). */
  readonly allowPlaceholderShapes?: boolean;
  /** Generic rules lose every overlap against a provider rule, whatever the lengths. */
  readonly generic?: boolean;
  readonly near?: NearRequirement;
  readonly severity: SeverityName;
}
