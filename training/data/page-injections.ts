// The hidden-in-page evaluation set: attack strings from the training sources planted, visible or
// hidden, into whole benign validation pages (never truncated), as a proxy meets them in the wild.
import type { Row } from './datasets.js';
import { isAuthored } from './authored.js';
import { BENIGN_EMAIL_FILE, MAX_PAYLOAD, PAYLOAD_SKIP, snap, WRAPPERS } from './synthesize.js';
import type { Rng } from '../rng.js';

export const PAGE_FILES = new Set(['web_benign/readability_articles_text.jsonl', 'web_benign/readability_pages_html.jsonl']);
export const HIDDEN_IN_PAGE_FILE = 'synthetic/hidden_in_page.jsonl';
export const HIDDEN_IN_EMAIL_FILE = 'synthetic/hidden_in_email.jsonl';

/**
 * The attack strings planted by these sets: short ones from the public corpora. Generated documents
 * are not payloads, and neither are our authored attacks (training/data/authored.ts): many of those
 * are jailbreaks rather than page injections, and they would change what these sets measure.
 */
export function evalPayloads(attacks: readonly Row[]): Row[] {
  return attacks.filter(
    (r) => r.label === 1 && !PAYLOAD_SKIP.has(r.file) && r.text.length <= MAX_PAYLOAD && !r.file.startsWith('synthetic/') && !isAuthored(r),
  );
}

/**
 * `count` injected pages: carriers are the benign pages of `pages` (validation side), payloads the
 * short attacks of `attacks` (training side), cycling through every wrapper so each hiding place counts.
 */
export function injectIntoPages(pages: readonly Row[], attacks: readonly Row[], count: number, rng: Rng): Row[] {
  const carriers = pages.filter((r) => r.label === 0 && PAGE_FILES.has(r.file));
  const payloads = evalPayloads(attacks);
  if (carriers.length === 0 || payloads.length === 0) return [];
  return Array.from({ length: count }, (_, i): Row => {
    const carrier = carriers[i % carriers.length]!;
    const payload = rng.pick(payloads);
    const html = carrier.text.trimStart().startsWith('<');
    // Plain-text pages cannot hide markup: they get the visible wrappers (paragraph, inline, fake blocks).
    const wrappers = html ? WRAPPERS : WRAPPERS.filter((_, k) => k < 2 || k > 6);
    const wrapped = wrappers[i % wrappers.length]!(payload.text.trim());
    let at = snap(carrier.text, rng.int(carrier.text.length + 1));
    if (html) {
      // Inside the body, so the planted element is part of the page an extractor reads.
      const body = carrier.text.search(/<body[^>]*>/i);
      const close = carrier.text.search(/<\/body>/i);
      if (body >= 0 && close > body) at = body + 6 + rng.int(Math.max(1, close - body - 6));
      at = carrier.text.lastIndexOf('>', at) + 1 || at;
      at = outsideUnreadText(carrier.text, at);
    }
    return {
      text: carrier.text.slice(0, at) + wrapped + carrier.text.slice(at),
      label: 1,
      source: `hidden_in_page:${carrier.source}+${payload.source}`,
      file: HIDDEN_IN_PAGE_FILE,
      group: `hidden_in_page:${carrier.group}`,
      category: 'embedded_injection',
    };
  });
}

// Elements whose content is not text (script, style, …) and comments: markup planted inside them is
// not markup, and no extractor reads it as page text.
const UNREAD = /<(script|style|textarea|title|template|xmp)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/** `at`, or the end of the script, style or comment it falls inside. */
export function outsideUnreadText(html: string, at: number): number {
  for (const m of html.matchAll(UNREAD)) {
    if (m.index >= at) break;
    const end = m.index + m[0].length;
    if (at < end) return end;
  }
  return at;
}

/** Wrappers a plain-text body can carry (no markup): paragraph, inline, and the fake blocks. */
const VISIBLE_WRAPPERS = WRAPPERS.filter((_, k) => k < 2 || k > 6);
/** Wrappers that hide text in markup: comment, display:none, white-on-white, alt, title/aria-label. */
const HIDDEN_WRAPPERS = WRAPPERS.filter((_, k) => k >= 2 && k <= 6);

const htmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `count` injected e-mails: carriers are the benign e-mails of `mails` (validation side: headers, greeting,
 * body, signature), payloads the short attacks of `attacks` (training side). Even rows are HTML mails
 * with the payload hidden in markup, odd rows plain-text mails with it visible or in a fake block.
 */
export function injectIntoEmails(mails: readonly Row[], attacks: readonly Row[], count: number, rng: Rng): Row[] {
  const carriers = mails.filter((r) => r.label === 0 && r.file === BENIGN_EMAIL_FILE);
  const payloads = evalPayloads(attacks);
  if (carriers.length === 0 || payloads.length === 0) return [];
  return Array.from({ length: count }, (_, i): Row => {
    const carrier = carriers[i % carriers.length]!;
    const payload = rng.pick(payloads).text.trim();
    const split = carrier.text.indexOf('\n\n');
    const [headers, body] = split >= 0 ? [carrier.text.slice(0, split), carrier.text.slice(split + 2)] : ['', carrier.text];
    let text: string;
    if (i % 2 === 0) {
      const paragraphs = body.split(/\n{2,}/).map((p) => `<p>${htmlEscape(p)}</p>`);
      const at = rng.int(paragraphs.length + 1);
      paragraphs.splice(at, 0, HIDDEN_WRAPPERS[(i / 2) % HIDDEN_WRAPPERS.length]!(payload));
      text = `${headers}\nContent-Type: text/html\n\n<html><body>${paragraphs.join('\n')}</body></html>`;
    } else {
      const at = snap(body, rng.int(body.length + 1));
      text = `${headers}\n\n${body.slice(0, at)}${VISIBLE_WRAPPERS[((i - 1) / 2) % VISIBLE_WRAPPERS.length]!(payload)}${body.slice(at)}`;
    }
    return {
      text,
      label: 1,
      source: `hidden_in_email:${carrier.source}+${payload.slice(0, 40)}`,
      file: HIDDEN_IN_EMAIL_FILE,
      group: `hidden_in_email:${carrier.group}`,
      category: 'embedded_injection',
    };
  });
}
