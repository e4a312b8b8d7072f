// Human-readable rendering of one scan result for the terminal: verdict, reason, each threat with
// its span and a short excerpt of the original text.
import type { ScanJob, ScanResult } from '../inference/scan-types.js';

const MARK = { ALLOW: '✔ ALLOW', WARN: '! WARN', BLOCK: '✖ BLOCK' } as const;
const EXCERPT = 60;

export function formatHuman(id: string, job: ScanJob, r: ScanResult, latencyMs: number, showId: boolean): string {
  const lines = [
    `${showId ? `[${id}] ` : ''}${MARK[r.decision]}  score ${r.score.toFixed(2)}  (${job.mode}, ${latencyMs.toFixed(1)} ms)`,
    `  ${r.reason}`,
  ];
  for (const f of r.findings) {
    const via = f.encoding ? ` via ${f.encoding}` : '';
    // A secret is never echoed to the terminal, only its redaction label.
    const shown = f.replacement ?? excerpt(job.text.slice(f.start, f.end));
    lines.push(`  - ${f.severity.padEnd(8)} ${f.category} [${f.start}–${f.end}]${via}: ${shown}`);
  }
  if (r.decision !== 'ALLOW') lines.push(`  → ${r.recommendedAction}`);
  return lines.join('\n');
}

function excerpt(span: string): string {
  const flat = span.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat);
}
