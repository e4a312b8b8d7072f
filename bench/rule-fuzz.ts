// Per-rule backtracking fuzz: each heuristic rule runs alone over random texts built from its own words and from
// separators that a gap could split many ways (indented line breaks, comment markers, quotes). Prints the slowest rules;
// a rule that backtracks exponentially never returns, so run it under `timeout` and read the last rule it printed on
// stderr with PROGRESS=1.
//   node --no-regexp-tier-up --import tsx bench/rule-fuzz.ts [--seed N] [--length CHARS] [--only ID_PREFIX] [--top N]
import { parseArgs } from 'node:util';
import { compileFamilies } from '../inference/layers/heuristic/patterns.js';
import { rng } from './corpus.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    length: { type: 'string', default: '3000' },
    only: { type: 'string' },
    top: { type: 'string', default: '25' },
  },
});
/** A positive integer option, or a usage error naming it. */
function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer (got "${raw}")`);
    process.exit(64);
  }
  return value;
}
const random = rng(positive('seed', values.seed));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const SEPARATORS = [' ', ' ', ' ', '\n', '\n    ', '\n      ', '. ', ', ', ': ', '"', '\n# ', '\n// ', ' - ', '\t', '  ', '\n\n', '? ', '; ', ' (', ') ', "'", '\n> ', '\n* '];
const length = positive('length', values.length);
const timings: { ms: number; rule: string }[] = [];
for (const family of compileFamilies()) {
  for (const rule of family.rules) {
    if (values.only && !rule.id.startsWith(values.only)) continue;
    const words = [...new Set(rule.regex.source.toLowerCase().match(/[a-z]{2,}/g) ?? [])];
    if (words.length === 0) continue;
    let worst = 0;
    for (let round = 0; round < 3; round++) {
      let text = '';
      while (text.length < length) text += pick(words) + pick(SEPARATORS);
      if (process.env.PROGRESS) console.error(rule.id, round);
      const started = performance.now();
      rule.regex.lastIndex = 0;
      for (let hits = 0, m = rule.regex.exec(text); m !== null && hits < 1000; hits++, m = rule.regex.exec(text)) {
        if (m[0].length === 0) rule.regex.lastIndex++;
      }
      worst = Math.max(worst, performance.now() - started);
    }
    timings.push({ ms: worst, rule: `${family.category} ${rule.id}` });
  }
}
timings.sort((a, b) => b.ms - a.ms);
console.log(`${timings.length} rules, ${length}-character texts, seed ${values.seed}; slowest of 3 texts per rule:`);
for (const { ms, rule } of timings.slice(0, positive('top', values.top))) console.log(`${ms.toFixed(1).padStart(7)} ms  ${rule}`);
