// Builds the sanitized copy of a text: each finding's span replaced, every other character kept.
// Pure and layer-agnostic so the scan pipeline can apply it to findings from any layer.
import type { Finding } from '../../scan-types.js';

export type RedactableFinding = Pick<Finding, 'category' | 'start' | 'end' | 'replacement'>;

/** The label a secret of this category becomes, e.g. `[REDACTED:aws_access_key]`. */
export function redactionLabel(category: string): string {
  return `[REDACTED:${category}]`;
}

/**
 * Replaces each finding span (UTF-16 offsets, end exclusive) by its replacement, or by
 * redactionLabel(category) when it has none. Overlapping spans merge into one, labelled by the
 * earliest (then longest) finding, so no fragment of either secret survives between two labels.
 */
export function redact(text: string, findings: readonly RedactableFinding[]): string {
  const spans = findings
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start < f.end)
    .map((f) => ({
      start: Math.max(0, f.start),
      end: Math.min(text.length, f.end),
      label: f.replacement ?? redactionLabel(f.category),
    }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (spans.length === 0) return text;

  const parts: string[] = [];
  let cursor = 0;
  let i = 0;
  while (i < spans.length) {
    const first = spans[i]!;
    let end = first.end;
    for (i++; i < spans.length && spans[i]!.start < end; i++) end = Math.max(end, spans[i]!.end);
    parts.push(text.slice(cursor, first.start), first.label);
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
