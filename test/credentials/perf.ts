// Speed figures for the credential layer (not a test: no timing assertions belong in the suite).
// Run: npx tsx test/credentials/perf.ts
import { CredentialLayer } from '../../inference/layers/credentials/credential-layer.js';
import { SECRET_RULES } from '../../inference/layers/credentials/rules.js';
import { SecretScanner } from '../../inference/layers/credentials/secret-scanner.js';
import { adversarialInputs } from './adversarial.js';
import { AWS_ID_CHARS, BASE62, BASE64, fake, fakePem, fill } from './fabricate.js';

const layer = new CredentialLayer();
await layer.load();

/**
 * Microseconds per scan over `rounds` rounds of `reps` scans: [best round, median round]. The best
 * round is the figure to compare across runs on a shared machine; the median shows the noise.
 */
function time(text: string, reps: number, rounds = 21): [number, number] {
  for (let i = 0; i < reps; i++) layer.scoreText(text);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < reps; i++) layer.scoreText(text);
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / reps);
  }
  samples.sort((a, b) => a - b);
  return [samples[0]!, samples[Math.floor(rounds / 2)]!];
}

const flat = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
const plain = flat(fill('The quarterly report shows that revenue grew in every region except one. Our team met ' +
  'with the partners to discuss the roadmap, and we agreed to revisit the pricing model next month. ', 1024));
const wordy = flat(fill('Choose a strong password and never share it; the token expires after an hour and the ' +
  'secret to a good API key policy is rotation. Ask the admin for access to the Asia region. ', 1024));
const leaky = flat(`${plain.slice(0, 700)} key AKIA${fake(AWS_ID_CHARS, 16)} secret ${fake(BASE64, 40)} and ` +
  `ghp_${fake(BASE62, 36)} ${plain.slice(0, 150)}`);

const pem = flat(`Key:\n${fakePem('RSA PRIVATE KEY', 3200)}\n`);
const rows: Array<[string, number, [number, number]]> = [
  ['1 KB prose, no keyword', plain.length, time(plain, 10000)],
  ['1 KB prose with password/token/secret/key words', wordy.length, time(wordy, 5000)],
  ['1 KB prose with an AWS key pair and a GitHub token', leaky.length, time(leaky, 5000)],
  ['3.3 KB text holding an RSA private key', pem.length, time(pem, 2000)],
];
for (const size of [10 * 1024, 100 * 1024, 1024 * 1024]) {
  rows.push([`${size / 1024} KB prose, no keyword`, size, time(flat(fill(plain, size)), Math.max(5, 2e6 / size))]);
  rows.push([`${size / 1024} KB prose with keywords`, size, time(flat(fill(wordy, size)), Math.max(5, 2e6 / size))]);
  rows.push([`${size / 1024} KB prose with a secret per KB`, size, time(flat(fill(leaky, size)), Math.max(5, 2e6 / size))]);
}

console.log('| input | chars | best µs per scan | median µs | best ns per char |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, chars, [best, median]] of rows) {
  console.log(`| ${label} | ${chars} | ${best.toFixed(2)} | ${median.toFixed(2)} | ${((best * 1000) / chars).toFixed(2)} |`);
}

// Adversarial inputs: the slowest 1 MiB near-match inputs for any single rule.
const slow: Array<[string, number]> = [];
SECRET_RULES.forEach((rule) => {
  const anchors = rule.near ? SECRET_RULES.filter((r) => r.id === rule.near!.rule && !r.near) : [];
  const scanner = new SecretScanner([...anchors, rule]);
  for (const [label, text] of adversarialInputs(rule)) {
    const t0 = process.hrtime.bigint();
    scanner.scan(text);
    slow.push([`${rule.id}: ${label}`, Number(process.hrtime.bigint() - t0) / 1e6]);
  }
});
slow.sort((a, b) => b[1] - a[1]);
console.log(`\n${slow.length} adversarial 1 MiB inputs; slowest:`);
for (const [label, ms] of slow.slice(0, 8)) console.log(`  ${ms.toFixed(1)} ms  ${label}`);
