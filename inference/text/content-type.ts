// Cheap content sniffing for content_type 'auto': decides whether submitted text is an HTML page
// (and so goes through HTML extraction) from its first kilobyte, without parsing it.

const SNIFF_CHARS = 1024;
/** How a page's markup opens, after any byte-order mark, white space and comments (markupStart). */
const PAGE_OPENING = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
// Common elements only: a chat message with one <b> or an "<instructions>" tag is not a page. A tag that opens right after a
// quotation mark is a string in code (a Python test file's `"<p>Our return policy …</p>"`, forty-fifth set), not markup.
const KNOWN_TAG = /(?<!["'`])<\/?(?:html|head|body|meta|link|title|div|span|p|a|img|table|tr|td|th|ul|ol|li|h[1-6]|br|hr|section|article|nav|header|footer|main|aside|form|input|button|script|style|iframe|noscript|strong|em|b|i|pre|code|blockquote|figure|label|select|option|svg)(?=[\s>/])/gi;
const MIN_TAGS_AFTER_LT = 2;
const MIN_TAGS_ANYWHERE = 4;

/** True when `text` looks like an HTML document or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (PAGE_OPENING.test(head.slice(markupStart(head)))) return true;
  const tags = head.match(KNOWN_TAG)?.length ?? 0;
  const startsWithTag = /^\s*</.test(head);
  return tags >= MIN_TAGS_ANYWHERE || (startsWithTag && tags >= MIN_TAGS_AFTER_LT);
}

/**
 * Where `head`'s first markup begins after a byte-order mark, white space and comments. A comment ends at its first
 * "-->", as an HTML parser ends it. (One pattern, `(?:<!--[\s\S]*?-->\s*)*<html`, could also end a comment at any
 * later "-->": when the page opening was missing, it tried every way, and 230 bytes of "<!----><!--" took minutes.)
 */
function markupStart(head: string): number {
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < head.length && /\s/.test(head[i]!)) i++;
    if (!head.startsWith('<!--', i)) return i;
    const close = head.indexOf('-->', i + 4);
    if (close < 0) return head.length;
    i = close + 3;
  }
}
