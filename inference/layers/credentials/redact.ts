// The redaction label of a secret; the sanitized copy itself is built by inference/sanitize.ts
// for every layer's findings.

/** The label a secret of this category becomes, e.g. `[REDACTED:aws_access_key]`. */
export function redactionLabel(category: string): string {
  return `[REDACTED:${category}]`;
}
