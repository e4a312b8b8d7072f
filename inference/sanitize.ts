// Builds the sanitized copy: each finding's span replaced (secrets redacted, injected spans
// neutralised) and every other character kept exactly. Overlapping spans merge into one.
import type { Finding } from './scan-types.js';

export type SanitizableFinding = Pick<Finding, 'category' | 'start' | 'end' | 'replacement'>;

/** Layers whose findings are whole windows (up to 512 characters) rather than the exact payload. */
export const WINDOW_LAYERS: ReadonlySet<Finding['layer']> = new Set(['ml_confidence', 'semantic']);

/**
 * The findings whose spans to cut: a learned layer's window is cut only where no exact finding
 * (heuristic, credential) overlaps it. Where one does, the exact span is the payload and the rest of
 * the window is the page around it, which the agent may still use.
 */
export function spansToCut(findings: readonly Finding[]): Finding[] {
  const exact = findings.filter((f) => !WINDOW_LAYERS.has(f.layer));
  return findings.filter((f) => !WINDOW_LAYERS.has(f.layer) || !exact.some((e) => e.start < f.end && f.start < e.end));
}

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
