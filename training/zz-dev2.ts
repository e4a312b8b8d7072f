import { runTraining } from './pipeline.js';
import { computeMetrics } from './metrics.js';
const t0 = performance.now();
const r = runTraining({ dataDir: '/work/shared/datasets', excludeFiles: [], seed: 7, stepScale: Number(process.argv[2] ?? 0.3), log: (s) => console.log(((performance.now()-t0)/1000).toFixed(1), s) });
console.log(r.thresholds, r.calibration);
for (const kind of ['score', 'semantic'] as const) {
  const items = r.validation.map((s) => ({ ...s, score: s[kind] }));
  const th = kind === 'score' ? r.thresholds.classifier.block : r.thresholds.semantic.block;
  console.log(kind, computeMetrics(items, th));
  const keys = [...new Set(items.map((s) => `${s.label}:${s.group}`))].sort();
  for (const k of keys) { const s = items.filter((x) => `${x.label}:${x.group}` === k); console.log('  ', k.padEnd(48), String(s.length).padStart(5), (s.filter(x => x.score >= th).length / s.length).toFixed(3)); }
}
