// Builds the sanitized copy: each finding's span replaced (secrets redacted, injected spans
// neutralised) and every other character kept exactly. Overlapping spans merge into one.
import type { Finding } from './scan-types.js';

export type SanitizableFinding = Pick<Finding, 'category' | 'start' | 'end' | 'replacement'>;

/**
 * Replaces each span (UTF-16 offsets, end exclusive) by its finding's replacement, or by
 * `[REMOVED:<category>]`. Overlapping spans merge into one, labelled by the earliest (then longest)
 * finding, so no fragment of either survives between two labels. Out-of-range spans are clamped.
 */
export function sanitize(text: string, findings: readonly SanitizableFinding[]): string {
  if (findings.length === 0) return text;
  const spans = findings
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start < f.end)
    .map((f) => ({
      start: Math.max(0, f.start),
      end: Math.min(text.length, f.end),
      label: f.replacement ?? `[REMOVED:${f.category}]`,
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
