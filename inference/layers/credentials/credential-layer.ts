// The credential-leak layer (output mode): finds secrets in text an agent is about to send.
// Each finding carries the secret's exact span and a `[REDACTED:<rule id>]` replacement.
import type { Finding } from '../../scan-types.js';
import type { Layer, LayerOutput, ScanDocument } from '../layer.js';
import { redactionLabel } from './redact.js';
import { SECRET_RULES } from './rules.js';
import { SEVERITY_SCORE, type SecretRule } from './secret-rule.js';
import { SecretScanner } from './secret-scanner.js';

export class CredentialLayer implements Layer {
  readonly name = 'credential' as const;
  readonly modes = ['output'] as const;
  readonly version = 'credential-1';
  private readonly rules: readonly SecretRule[];
  private scanner: SecretScanner | undefined;

  constructor(rules: readonly SecretRule[] = SECRET_RULES) {
    this.rules = rules;
  }

  load(): Promise<void> {
    this.scanner ??= new SecretScanner(this.rules);
    return Promise.resolve();
  }

  scoreBatch(docs: readonly ScanDocument[]): LayerOutput[] {
    return docs.map((doc) => this.scoreText(doc.job.text));
  }

  /** Scans the raw submitted text: secrets are exact strings, so normalised views would only blur spans. */
  scoreText(text: string): LayerOutput {
    // Building on first use keeps a forgotten load() from turning into a crash on the hot path.
    this.scanner ??= new SecretScanner(this.rules);
    const findings: Finding[] = this.scanner.scan(text).map(({ rule, start, end }) => ({
      category: rule.id,
      severity: rule.severity,
      description: rule.description,
      start,
      end,
      layer: 'credential',
      score: SEVERITY_SCORE[rule.severity],
      encoding: '',
      replacement: redactionLabel(rule.id),
    }));
    const score = findings.reduce((worst, f) => Math.max(worst, f.score), 0);
    return { score, findings };
  }
}
