// Per-source and overall metric tables, shared by train (for the manifest) and eval (for the console).
import { computeMetrics, type Metrics, type Scored } from './metrics.js';

export interface SourceFigure {
  source: string;
  label: 0 | 1;
  n: number;
  /** Recall for attack sources, false-positive rate for benign ones, at the block threshold. */
  flagged: number;
  auc?: number;
}

const round = (x: number, digits = 4): number => (Number.isFinite(x) ? Number(x.toFixed(digits)) : NaN);

export function perSource(items: readonly Scored[], threshold: number): SourceFigure[] {
  const keys = [...new Set(items.map((s) => `${s.label}\u0000${s.group}`))].sort();
  return keys.map((k) => {
    const [label, group] = k.split('\u0000') as [string, string];
    const s = items.filter((x) => x.group === group && String(x.label) === label);
    return { source: group, label: Number(label) as 0 | 1, n: s.length, flagged: round(s.filter((x) => x.score >= threshold).length / s.length) };
  });
}

export function roundedMetrics(m: Metrics): Record<string, number> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, round(v)]));
}

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');

export function formatMetricsRow(name: string, m: Metrics): string {
  return [
    name.padEnd(46),
    String(m.n).padStart(6),
    String(m.attacks).padStart(6),
    String(m.benign).padStart(6),
    pct(m.precision).padStart(7),
    pct(m.recall).padStart(7),
    pct(m.fpr).padStart(7),
    pct(m.f1).padStart(7),
    (Number.isFinite(m.auc) ? m.auc.toFixed(3) : '–').padStart(6),
    pct(m.recallAt1Fpr).padStart(8),
    pct(m.pint).padStart(7),
  ].join(' ');
}

export const METRICS_HEADER = [
  'file / group'.padEnd(46),
  'n'.padStart(6),
  'att'.padStart(6),
  'ben'.padStart(6),
  'prec'.padStart(7),
  'recall'.padStart(7),
  'FPR'.padStart(7),
  'F1'.padStart(7),
  'AUC'.padStart(6),
  'R@1%FPR'.padStart(8),
  'PINT'.padStart(7),
].join(' ');

export function metricsTable(groups: readonly { name: string; items: readonly Scored[] }[], threshold: number): string {
  const lines = [METRICS_HEADER];
  for (const g of groups) if (g.items.length > 0) lines.push(formatMetricsRow(g.name, computeMetrics(g.items, threshold)));
  return lines.join('\n');
}
