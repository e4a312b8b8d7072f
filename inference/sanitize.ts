// Builds the sanitized copy: each finding's span replaced (secrets redacted, injected spans
// neutralised) and everything else kept byte for byte. Overlapping spans merge into one.
import type { Finding } from './scan-types.js';

export function sanitize(text: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return text;
  const spans = findings
    .filter((f) => f.end > f.start)
    .map((f) => ({ start: f.start, end: f.end, replacement: f.replacement ?? `[REMOVED:${f.category}]` }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let cursor = 0;
  let open: { start: number; end: number; replacement: string } | undefined;
  for (const span of spans) {
    if (open && span.start < open.end) {
      open.end = Math.max(open.end, span.end);
      continue;
    }
    if (open) {
      parts.push(open.replacement);
      cursor = open.end;
    }
    parts.push(text.slice(cursor, span.start));
    open = { ...span };
  }
  if (open) {
    parts.push(open.replacement);
    cursor = open.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
