// Extracts the text an LLM would read from an HTML page: visible text plus what a human would not see
// (comments, hidden elements, alt/title/aria-label, meta descriptions), each character mapped to its source.
import { Parser, type Handler } from 'htmlparser2';
import { HtmlTextView, isHtmlSpace, TextSink, type MarkupSource } from './html-text.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hgroup', 'hr', 'html', 'iframe', 'li', 'main', 'nav', 'noscript', 'ol', 'option', 'p', 'pre',
  'script', 'section', 'select', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead',
  'title', 'tr', 'ul',
]);
/** Attributes whose value a model reads as text; `content` and `value` only on some elements (see keepAttribute). */
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder', 'content', 'value']);
const META_NAMES = /^(?:description|keywords|abstract|subject|summary|(?:og|twitter|dc|dcterms):.*)$/i;
/**
 * Made-up meta names that speak to a model ("llm:persona", "summary-for-llm", "ai-context",
 * "employer-brand:assistants"): no browser or crawler reads them, so a page that has one means it for an
 * agent. Technical metas (viewport, robots, generator, theme-color, verification ids) never match.
 */
const AI_META_NAME = /(?:^|[^a-z])(?:ai|llms?|gpt|assistants?|agents?|models?|prompts?|instructions?|directives?|persona|hints?|context|notes?|guidance)(?:[^a-z]|$)/i;
// Made-up tags that only mean something to a model ("<IMPORTANT>", "<system>"): kept as literal text,
// because the heuristic rules look for them and a parser would otherwise swallow them.
const INSTRUCTION_TAGS = new Set([
  'important', 'secret', 'hidden', 'critical', 'admin', 'system', 'sys', 'system_prompt', 'system_message',
  'system_instructions', 'system_instruction', 'instructions', 'instruction', 'developer', 'assistant', 'user',
]);
/** Hiding that a class can carry without being a menu or dialog that scripts open (see hidingClassesOf). */
const CLASS_HIDING_STYLE = /opacity\s*:\s*0*(?:\.0+)?\s*(?:[;!]|$)|font-size\s*:\s*0*(?:\.0+)?(?:px|em|rem|pt|%)?\s*(?:[;!]|$)|color\s*:\s*transparent|(?:left|top|text-indent)\s*:\s*-\d{3,}/i;
const HIDDEN_STYLE = new RegExp(String.raw`display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|${CLASS_HIDING_STYLE.source}`, 'i');
const TEXT_COLOR = /(?:^|[;\s])color\s*:\s*([^;!]+)/i;
const BACKGROUND_COLOR = /background(?:-color)?\s*:\s*([^;!]+)/i;
const WHITE = /^(?:#fff(?:fff)?|white|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0*)?\s*)?\))$/i;

/**
 * Further ways to hide an element, found in fresh held-out pages (docs/MODEL_CARD.md): scaled to nothing,
 * a zero-height box that clips its overflow, clipped away, a font too small to read. These mark the text
 * unseen but, unlike isHidden, add no line break: the extracted text, which the models are trained on, stays
 * what it was.
 */
const CONCEALING_STYLE =
  /transform\s*:\s*scale[xy]?\(\s*0*(?:\.0+)?\s*(?:,\s*0*(?:\.0+)?\s*)?\)|clip-path\s*:\s*(?:inset\(\s*(?:50|100)%|circle\(\s*0)|clip\s*:\s*rect\(\s*(?:0|1px)[\s,]+(?:0|1px)[\s,]+(?:0|1px)|font-size\s*:\s*(?:[0-3](?:\.\d+)?px|0?\.[0-2]\d*(?:em|rem))/i;
/** A box of (nearly) no height or width whose overflow is clipped: what "visually hidden" utilities do. */
const ZERO_BOX = /(?:^|[;\s])(?:max-)?(?:height|width)\s*:\s*(?:0|1px)\s*(?:[;!]|$)/i;
const OVERFLOW_HIDDEN = /overflow\s*:\s*hidden/i;
/**
 * Class names that frameworks use for text kept for screen readers only (Bootstrap, WordPress, GOV.UK,
 * Tailwind). "hide", "d-none" or "is-hidden" are left out: scripts toggle them on menus and dialogs.
 */
const HIDING_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|u-visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|govuk-visually-hidden|offscreen|off-screen)(?:\s|$)/;
/** How much of one CSS rule's selector list and declarations is read. */
const MAX_SELECTORS = 400;
const MAX_DECLARATIONS = 2000;
const CLASS_SELECTOR = /^\s*\.([a-zA-Z_-][\w-]{0,60})\s*$/;
const STYLE_TEXT_LIMIT = 200_000;

const F_BLOCK = 1;
const F_HIDDEN = 2;
const F_SKIP = 4;
const F_PRE = 8;
const F_ECHO = 16;
const F_QUOTE = 32;
const F_STYLE = 64;
const F_SVG = 128;
const F_MARKUP = 256;
const F_SCRIPT = 512;
/** Whether a script element holds JSON-LD. */
const isJsonLd = (attribs: Record<string, string>): boolean => attribs.type?.toLowerCase() === 'application/ld+json';
/** A JSON-LD script (with F_SCRIPT): its strings are unseen markup text. */
const F_JSON_LD = 1024;
/** A page's controls and consent banner (isChrome): its interface, not its content. */
const F_CHROME = 2048;

/**
 * Markup a model given the raw page reads but the extracted text leaves out: `data-*` attributes, an
 * iframe's `srcdoc`, other meta content, comments and `content:` strings in style sheets, and script
 * blocks of a text type (`text/plain`, `text/x-template`). Gathered apart from the extracted text, which
 * the models are trained on, and read only by the heuristic layer (document-views.ts, markupViews). Only
 * prose counts: four words in a row, apart by spaces, so ids, URLs, JSON flags and colour codes stay out.
 */
const PROSE = /(?<![\p{L}\p{M}])(?:[\p{L}\p{M}]{2,}[^\p{L}\p{M}\s]{0,3}[ \t\n]+){3}[\p{L}\p{M}]{2,}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{6,}/u;
/** Prose written without spaces (PROSE's second half): Chinese and Japanese need no three spaces to be read. */
const UNSPACED_PROSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{6,}/u;

/**
 * Whether source[from, to) holds UNSPACED_PROSE. Most attribute values and script strings hold no unit at or above
 * U+2E80, where those scripts begin: they are answered by a scan, without a substring.
 */
function unspacedProseIn(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (source.charCodeAt(i) >= 0x2e80) return UNSPACED_PROSE.test(source.slice(i, to));
  return false;
}
/** Shortest script string literal read as markup text: prose needs four words. */
const MIN_SCRIPT_STRING = 16;
/** Markup text read per page at most, and how deep srcdoc pages nest. */
const MAX_MARKUP_CHARS = 1 << 18;
const MAX_SRCDOC_DEPTH = 2;
/** Script types that hold no code: their content is text a model reads when it reads the page. */
const TEXT_SCRIPT = /^text\/(?!(?:javascript|ecmascript|babel|jsx|typescript|x-javascript)\b)/i;
/** The string a `content:` declaration draws (::before / ::after), matched where indexOf found "content". */
const CSS_CONTENT = /content\s*:\s*(["'])((?:(?!\1)[^\\\n]|\\.){1,4000})\1/y;

/** Elements whose content is never rendered as it stands (see onopentag). */
const UNRENDERED = new Set(['template', 'video', 'audio', 'canvas']);

/** Elements that set text apart as a quotation or as code: where a page shows an example rather than says something. */
const QUOTATION = new Set(['blockquote', 'q', 'pre', 'code', 'samp', 'kbd', 'tt']);

/**
 * CSS declarations with each run of white space made one space. The patterns above read `\s*` on both sides of a
 * colon and a value: over a long run of blanks (`font-size:` and a megabyte of tabs) they tried every split of it
 * from every start, quadratic in the run. With one blank at most, each split is one try.
 */
function declarations(style: string): string {
  return style.replace(/\s+/g, ' ');
}

/** `style`: the element's style attribute as `declarations` gives it (read once per element, for isConcealed too). */
function isHidden(name: string, attribs: Record<string, string>, style: string | undefined): boolean {
  // <noscript> shows only where scripts are off: no reader of a modern page sees it, a scraper reads it.
  if (name === 'noscript' || attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  if (name === 'input' && attribs.type?.toLowerCase() === 'hidden') return true;
  if (style === undefined) return false;
  if (HIDDEN_STYLE.test(style)) return true;
  // Text the colour of its background, or white on the (usually white) page.
  const color = TEXT_COLOR.exec(style)?.[1]?.trim().toLowerCase();
  if (color === undefined) return false;
  const background = BACKGROUND_COLOR.exec(style)?.[1]?.trim().toLowerCase();
  return background === undefined ? WHITE.test(color) : background === color;
}

/** A font size of 7px or less (or 0.45em and less): legible to nobody when the colour is near white as well. */
const TINY_FONT = /font-size\s*:\s*(?:[0-7](?:\.\d+)?px|0?\.[0-4]\d*(?:em|rem))/i;

/** Relative luminance of a CSS colour in hex or rgb() form, or NaN for any other form. */
function luminance(color: string): number {
  let rgb: number[] | null = null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
  if (hex !== null) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    rgb = [0, 2, 4].map((k) => parseInt(h.slice(k, k + 2), 16));
  } else {
    const m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(?:1|1\.0*|0?\.[0-9]+)\s*)?\)$/i.exec(color);
    if (m !== null) rgb = [m[1], m[2], m[3]].map(Number);
  }
  if (rgb === null) return NaN;
  const [r, g, b] = rgb.map((v) => {
    const c = Math.min(255, v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Declarations that hide text without display:none: the further ways above, or a colour that barely differs from its background. */
function concealingDeclarations(style: string): boolean {
  if (CONCEALING_STYLE.test(style) || (ZERO_BOX.test(style) && OVERFLOW_HIDDEN.test(style))) return true;
  const color = TEXT_COLOR.exec(style)?.[1]?.trim().toLowerCase();
  if (color === undefined) return false;
  const fg = luminance(color);
  if (Number.isNaN(fg)) return false;
  const background = BACKGROUND_COLOR.exec(style)?.[1]?.trim().toLowerCase();
  // Only against a background of its own: a light colour with none may sit on a dark parent (a footer), unless
  // the text is also tiny (`font-size:6px;color:#e9e9e9`): nobody reads six pixels of near-white.
  if (background === undefined) return fg > 0.75 && TINY_FONT.test(style);
  const bg = luminance(background);
  if (Number.isNaN(bg)) return false;
  const contrast = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  return contrast < 1.25;
}

/**
 * A consent banner's container, by the id or class token the consent platforms and site themes give it (cookie-banner,
 * onetrust-banner-sdk, CybotCookiebotDialog, cmplz-cookiebanner, didomi-host, gdpr, cmp-box, consent-layer, …). "cmp"
 * counts alone or as cmp-box, cmp-banner and the like, not as the prefix every Adobe core component has (cmp-text).
 */
const CONSENT_HINT = /cookie|consent|gdpr|onetrust|didomi|usercentrics|iubenda|cmplz|truste|cmp/i;
const CONSENT_TOKEN = /cookie|consent|gdpr|onetrust|didomi|usercentrics|iubenda|cmplz|^truste(?:$|[-_])|^(?:qc-)?cmp(?:$|[-_](?:box|banner|container|root|wrapper|dialog|popup|modal|layer|consent|accept|options))/i;

function consentToken(value: string | undefined, limit: number): boolean {
  if (value === undefined || value.length > limit || !CONSENT_HINT.test(value)) return false;
  for (const token of value.split(/\s+/)) if (CONSENT_TOKEN.test(token)) return true;
  return false;
}

/**
 * An element whose text is the page's interface rather than what it says: a button's or a disclosure's label, or a
 * consent banner with its buttons. Read in the page, as the models were trained; not read again alone as unseen text
 * (unseen-text.ts), where "Tout accepter / Refuser / Paramètres" or a hidden banner's "Vælg 'Accepter alle'" read as
 * orders; and a short label there that opens with an interface verb is no order to the heuristic layer either
 * (quoted-example.ts, inControlLabel).
 */
function isChrome(name: string, attribs: Record<string, string>): boolean {
  return name === 'button' || name === 'summary' || consentToken(attribs.id, 200) || consentToken(attribs.class, 400);
}

/**
 * Whether an element isHidden does not count is hidden by the further ways (concealingDeclarations), inline
 * or through a class. Most elements carry a class: the attribute is split only when the page's style
 * sheets hide some class.
 */
function isConcealed(attribs: Record<string, string>, style: string | undefined, hidingClasses: ReadonlySet<string>): boolean {
  if (style !== undefined && concealingDeclarations(style)) return true;
  const classes = attribs.class;
  if (classes === undefined || classes.length > 400) return false;
  if (HIDING_CLASS.test(classes)) return true;
  if (hidingClasses.size === 0) return false;
  for (const c of classes.split(/\s+/)) if (hidingClasses.has(c)) return true;
  return false;
}

/**
 * Class names the page's style sheet hides: `.x{color:#fff;background:#fff}`, `.x{font-size:0}`, …. One
 * pass over the text: each rule is the selector since the last brace and the declarations up to the next
 * closing one (a regex over `{…}` would rescan from every position of a brace-less megabyte).
 */
function hidingClassesOf(css: string, into: Set<string>): void {
  let selectorStart = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css.charCodeAt(i);
    if (c === 0x7d) {
      selectorStart = i + 1; // '}'
    } else if (c === 0x7b) {
      // '{': the declarations run to the next brace of either kind.
      let end = i + 1;
      while (end < css.length && css.charCodeAt(end) !== 0x7d && css.charCodeAt(end) !== 0x7b) end++;
      const rule = declarations(css.slice(i + 1, Math.min(end, i + 1 + MAX_DECLARATIONS)));
      // display:none and visibility:hidden are left out: a class with them is a menu, drawer or dialog that
      // scripts open, and reading every closed menu as hidden text dilutes the page's unseen reading.
      if (CLASS_HIDING_STYLE.test(rule) || concealingDeclarations(rule)) {
        const selectors = css.slice(Math.max(selectorStart, i - MAX_SELECTORS), i);
        for (const selector of selectors.split(',')) {
          const m = CLASS_SELECTOR.exec(selector);
          if (m !== null) into.add(m[1]!);
        }
      }
      selectorStart = end + 1;
      i = end;
    }
  }
}

function keepAttribute(attribute: string, element: string, attribs: Record<string, string>): boolean {
  if (attribute === 'content') {
    const name = attribs.name ?? attribs.property ?? '';
    return element === 'meta' && (META_NAMES.test(name) || AI_META_NAME.test(name));
  }
  if (attribute === 'value') return element === 'input' && attribs.type?.toLowerCase() !== 'password';
  return true;
}

/** One captured attribute value: triples of (start, end, code point or -1 for raw source text). */
interface Capture {
  name: string;
  parts: number[];
  /** Where a data-* attribute's name is (its `name` is DATA_ATTRIBUTE until one is reported). */
  nameStart?: number;
  nameEnd?: number;
}

const DATA_ATTRIBUTE = 'data-*';

/** Receives htmlparser2's events and writes the extracted text. */
class Extractor implements Partial<Handler> {
  readonly main: TextSink;
  private readonly deferred = new TextSink(256);
  private readonly stack: number[] = [];
  private skipDepth = 0;
  private styleDepth = 0;
  /** The text of the style element being read, and the classes the page's style sheets hide so far. */
  private styleText = '';
  private readonly hidingClasses = new Set<string>();
  private preDepth = 0;
  private svgDepth = 0;
  private scriptDepth = 0;
  /** Inside a JSON-LD script: its strings are metadata for machines, unseen by a reader. */
  private jsonLdDepth = 0;
  private hiddenDepth = 0;
  private hiddenStart = 0;
  private quoteDepth = 0;
  private quoteStart = 0;
  private chromeDepth = 0;
  private chromeStart = 0;
  /** Ranges of extracted text a reader never sees (hidden elements, comments, attribute text), in order. */
  readonly hiddenRanges: Array<readonly [number, number]> = [];
  /** Ranges of visible extracted text set apart as a quotation or code (outermost element), in order. */
  readonly quotedRanges: Array<readonly [number, number]> = [];
  /** [start, end) ranges of the text that are a JSON-LD script's raw JSON (kept for the models; see onopentag). */
  readonly jsonLdRanges: Array<readonly [number, number]> = [];
  private jsonLdStart = 0;
  /** Ranges of extracted text that is the page's interface (isChrome; outermost element), in order. */
  readonly chromeRanges: Array<readonly [number, number]> = [];
  private readonly captures: Capture[] = [];
  private capture: Capture | null = null;
  private entities: number[] = [];
  private lastEntityStart = 0;
  /** Markup text (see PROSE), with where each run came from; script text of a text type waits in scriptRuns. */
  readonly markup = new TextSink(64);
  readonly markupRuns: MarkupSource[] = [];
  /**
   * Each unseen run's [start, end) in the markup text: all but script strings and comments, which are often the
   * page's own visible text carried in its state (an article's body in hydration JSON), read as text is. JSON-LD's
   * strings are unseen: metadata for machines, which a planted note for summarisers uses.
   */
  readonly markupRanges: Array<readonly [number, number]> = [];
  private markupScriptDepth = 0;
  private readonly scriptRuns: number[] = [];
  parser: Parser | null = null;

  constructor(
    private readonly html: string,
    private readonly depth = 0,
  ) {
    // Extracted text is usually a fifth of the page or less; the sink grows when it is not.
    this.main = new TextSink((html.length >> 2) + 1024);
  }

  text(start: number, end: number): void {
    if (this.styleDepth > 0) {
      const css = this.html.slice(start, end);
      if (this.styleText.length < STYLE_TEXT_LIMIT) this.styleText += css.length > STYLE_TEXT_LIMIT ? css.slice(0, STYLE_TEXT_LIMIT) : css;
      this.styleMarkup(css, start);
    }
    if (this.markupScriptDepth > 0) this.scriptRuns.push(start, end);
    else if (this.scriptDepth > 0) this.scriptMarkupStrings(start, end, this.jsonLdDepth > 0);
    if (this.skipDepth === 0) this.main.run(this.html, start, end, this.preDepth > 0);
  }

  /** A decoded entity: every unit maps to the whole `&…;`. A two-code-point entity arrives twice, the second time empty. */
  entity(cp: number, start: number, end: number): void {
    if (this.skipDepth > 0) return;
    const s = start < end ? start : this.lastEntityStart;
    this.lastEntityStart = s;
    const pre = this.preDepth > 0;
    if (cp > 0xffff) {
      this.main.char(0xd800 + ((cp - 0x10000) >> 10), s, end, pre);
      this.main.char(0xdc00 + ((cp - 0x10000) & 0x3ff), s, end, pre);
    } else {
      this.main.char(cp, s, end, pre);
    }
  }

  comment(start: number, end: number): void {
    this.boundary();
    const from = this.main.len;
    this.main.run(this.html, start, end, false);
    this.markHidden(from);
    this.boundary();
  }

  attribName(start: number, end: number): void {
    const html = this.html;
    // Most attributes are class, href, id, src, data-*: reject them by length and first letter, unsliced.
    const first = html.charCodeAt(start) | 0x20;
    const length = end - start;
    // data-* attributes are read for markup text (attributeMarkup); their name is sliced only if one is prose.
    if (length > 5 && first === 100 && html.charCodeAt(start + 4) === 45 && (html.charCodeAt(start + 1) | 0x20) === 97 && (html.charCodeAt(start + 2) | 0x20) === 116 && (html.charCodeAt(start + 3) | 0x20) === 97) {
      this.capture = { name: DATA_ATTRIBUTE, parts: [], nameStart: start, nameEnd: end };
      this.captures.push(this.capture);
      return;
    }
    const candidate = length >= 3 && length <= 16 && (first === 97 || first === 116 || first === 112 || first === 99 || first === 118 || first === 115);
    const name = candidate ? html.slice(start, end).toLowerCase() : '';
    this.capture = candidate && (TEXT_ATTRIBUTES.has(name) || name === 'srcdoc') ? { name, parts: [] } : null;
    if (this.capture !== null) this.captures.push(this.capture);
  }

  attribData(start: number, end: number): void {
    if (this.capture === null) return;
    // Entities report no position; they sit between raw runs, each starting at its own '&'.
    if (this.entities.length > 0) {
      const resolved: number[] = [];
      let e = start;
      for (let k = this.entities.length - 1; k >= 0; k--) {
        const s = Math.max(0, this.html.lastIndexOf('&', e - 1));
        resolved.unshift(s, e, this.entities[k]!);
        e = s;
      }
      this.capture.parts.push(...resolved);
      this.entities = [];
    }
    if (end > start) this.capture.parts.push(start, end, -1);
  }

  attribEntity(cp: number): void {
    if (this.capture !== null) this.entities.push(cp);
  }

  onopentagname(): void {
    if (this.captures.length > 0) this.captures.length = 0;
    this.capture = null;
    if (this.entities.length > 0) this.entities = [];
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    let flags = BLOCK.has(name) ? F_BLOCK : 0;
    if (name === 'svg') flags |= F_SVG;
    const style = attribs.style === undefined ? undefined : declarations(attribs.style);
    if (isHidden(name, attribs, style)) flags |= F_HIDDEN | F_BLOCK;
    // Never rendered, though a model given the page reads them: a <template>'s content, an SVG's <title> (a
    // tooltip) and <desc>, and the fallback of media elements (shown only where the browser cannot play or
    // draw them). Marked unseen without a line break of their own, so the text the models read stays what it
    // was. JSON-LD stays visible text, as the models were trained to read it, and its prose strings are read again
    // as unseen markup text (scriptMarkupStrings), each a run of its own: a product description there that repeats
    // the page ("say 'Hey X2' and it will follow your instructions") is the page describing itself, and a note for
    // summarisers planted there is hidden.
    else if (UNRENDERED.has(name) || (this.svgDepth > 0 && (name === 'title' || name === 'desc'))) flags |= F_HIDDEN;
    // A <dialog> without `open` is not shown until a script opens it; <font color="white"> is white on the page.
    else if ((name === 'dialog' && attribs.open === undefined) || (name === 'font' && attribs.color !== undefined && WHITE.test(attribs.color.trim()))) flags |= F_HIDDEN;
    else if (isConcealed(attribs, style, this.hidingClasses)) flags |= F_HIDDEN;
    if (name === 'style') flags |= F_STYLE;
    // JSON-LD stays in the text the models read (the committed models were trained on it there); its prose strings
    // are read again as unseen markup text (F_JSON_LD, scriptMarkupStrings).
    if (name === 'style' || (name === 'script' && !isJsonLd(attribs))) flags |= F_SKIP;
    if (name === 'script' && attribs.type !== undefined && TEXT_SCRIPT.test(attribs.type.trim())) flags |= F_MARKUP;
    else if (name === 'script') flags |= isJsonLd(attribs) ? F_SCRIPT | F_JSON_LD : F_SCRIPT;
    if (name === 'pre' || name === 'textarea') flags |= F_PRE;
    if (INSTRUCTION_TAGS.has(name)) flags |= F_ECHO;
    if (QUOTATION.has(name)) flags |= F_QUOTE;
    if (isChrome(name, attribs)) flags |= F_CHROME;
    this.stack.push(flags);
    for (const c of this.captures) {
      if (c.name === 'srcdoc') this.srcdocMarkup(c);
      else if (c.name === DATA_ATTRIBUTE) this.attributeMarkup(c, 'data-* attribute');
      else if (keepAttribute(c.name, name, attribs)) this.emitCapture(c, this.deferred);
      else if (c.name === 'content' && name === 'meta') this.attributeMarkup(c, 'meta content');
    }
    this.captures.length = 0;
    if (flags & F_BLOCK) this.boundary();
    if (flags & F_HIDDEN && this.hiddenDepth++ === 0) this.hiddenStart = this.main.len;
    if (flags & F_SKIP) this.skipDepth++;
    if (flags & F_SCRIPT) this.scriptDepth++;
    if (flags & F_JSON_LD && this.jsonLdDepth++ === 0) this.jsonLdStart = this.main.len;
    if (flags & F_STYLE) this.styleDepth++;
    if (flags & F_SVG) this.svgDepth++;
    if (flags & F_MARKUP) this.markupScriptDepth++;
    if (flags & F_PRE) this.preDepth++;
    if (flags & F_QUOTE && this.quoteDepth++ === 0) this.quoteStart = this.main.len;
    if (flags & F_CHROME && this.chromeDepth++ === 0) this.chromeStart = this.main.len;
    if (flags & F_ECHO) this.echoTag();
  }

  onclosetag(_name: string, isImplied: boolean): void {
    const flags = this.stack.pop() ?? 0;
    if (flags & F_ECHO && !isImplied) this.echoTag();
    if (flags & F_SKIP) this.skipDepth--;
    if (flags & F_SCRIPT) this.scriptDepth--;
    if (flags & F_JSON_LD && --this.jsonLdDepth === 0 && this.main.len > this.jsonLdStart) this.jsonLdRanges.push([this.jsonLdStart, this.main.len]);
    if (flags & F_STYLE && --this.styleDepth === 0) {
      hidingClassesOf(this.styleText, this.hidingClasses);
      this.styleText = '';
    }
    if (flags & F_PRE) this.preDepth--;
    if (flags & F_SVG) this.svgDepth--;
    if (flags & F_MARKUP && --this.markupScriptDepth === 0) this.scriptMarkup();
    if (flags & F_QUOTE && --this.quoteDepth === 0 && this.hiddenDepth === 0 && this.main.len > this.quoteStart) {
      this.quotedRanges.push([this.quoteStart, this.main.len]);
    }
    if (flags & F_BLOCK) this.boundary();
    // After the boundary: attribute text held back from the banner's last block is the banner's too. An element closed
    // only by the end of the page or its parent's end is not recorded: an unclosed "cookie" div must not make the rest
    // of the page interface.
    if (flags & F_CHROME && --this.chromeDepth === 0 && !isImplied && this.main.len > this.chromeStart) this.chromeRanges.push([this.chromeStart, this.main.len]);
    if (flags & F_HIDDEN && --this.hiddenDepth === 0 && this.main.len > this.hiddenStart) {
      this.hiddenRanges.push([this.hiddenStart, this.main.len]);
    }
  }

  onend(): void {
    this.boundary();
  }

  /** A block edge: attribute text held back from the finished block goes out first, on its own lines. */
  private boundary(): void {
    this.main.lineBreak();
    const from = this.main.len;
    this.main.take(this.deferred);
    this.markHidden(from);
  }

  /** Records [from, now) as unseen text unless it lies inside a hidden element already recorded whole. */
  private markHidden(from: number): void {
    if (this.hiddenDepth === 0 && this.main.len > from) this.hiddenRanges.push([from, this.main.len]);
  }

  private emitCapture(c: Capture, sink: TextSink, pre = false): void {
    sink.lineBreak();
    for (let k = 0; k < c.parts.length; k += 3) {
      const start = c.parts[k]!;
      const end = c.parts[k + 1]!;
      const cp = c.parts[k + 2]!;
      if (cp >= 0) {
        for (const unit of String.fromCodePoint(cp)) sink.char(unit.charCodeAt(0), start, end, pre);
      } else {
        sink.run(this.html, start, end, pre);
      }
    }
    sink.lineBreak();
  }

  /** Room left for markup text. */
  private get markupRoom(): number {
    return MAX_MARKUP_CHARS - this.markup.len;
  }

  /** Moves `sink` (text of this page) to the markup text as one run, if it is prose; cut to the room left. */
  private addMarkup(sink: TextSink, kind: string, unseen = true): void {
    sink.len = Math.min(sink.len, this.markupRoom);
    if (sink.len === 0 || !PROSE.test(sink.toString())) return;
    // The page range the run came from: a srcdoc's own markup text follows its text, so ends are not in order.
    let from = sink.spans[0]!;
    let to = sink.spans[1]!;
    for (let i = 1; i < sink.len; i++) {
      if (sink.spans[2 * i]! < from) from = sink.spans[2 * i]!;
      if (sink.spans[2 * i + 1]! > to) to = sink.spans[2 * i + 1]!;
    }
    const run: MarkupSource = { start: from, end: to, kind };
    const length = sink.len;
    this.markup.take(sink);
    this.markupRuns.push(run);
    if (unseen) this.markupRanges.push([this.markup.len - length, this.markup.len]);
  }

  /** A `data-*` or unread meta attribute's value, if it is prose; a data attribute's run is named after it ("data-note attribute"). */
  private attributeMarkup(c: Capture, kind: string): void {
    if (this.markupRoom <= 0) return;
    // Most data attributes are ids, flags and URLs: no three spaces (nor a run of Chinese or Japanese), no sink.
    let spaces = 0;
    for (let k = 0; k < c.parts.length && spaces < 3; k += 3) {
      const cp = c.parts[k + 2]!;
      spaces += cp < 0 ? countSpaces(this.html, c.parts[k]!, c.parts[k + 1]!, 3 - spaces) : isHtmlSpace(cp) ? 1 : 0;
    }
    if (spaces < 3 && !this.unspacedProse(c)) return;
    const sink = new TextSink(64);
    this.emitCapture(c, sink);
    const name = c.nameStart === undefined ? kind : `${this.html.slice(c.nameStart, c.nameEnd).toLowerCase()} attribute`;
    this.addMarkup(sink, name);
  }

  /** Whether a captured value's raw parts hold prose written without spaces (UNSPACED_PROSE). */
  private unspacedProse(c: Capture): boolean {
    for (let k = 0; k < c.parts.length; k += 3) {
      if (c.parts[k + 2]! < 0 && unspacedProseIn(this.html, c.parts[k]!, c.parts[k + 1]!)) return true;
    }
    return false;
  }

  /**
   * An iframe's `srcdoc` is a page of its own: its value (entities decoded, kept exactly) is extracted as
   * one, and all its text, with spans mapped back through the attribute, becomes markup text.
   */
  private srcdocMarkup(c: Capture): void {
    if (this.depth >= MAX_SRCDOC_DEPTH || this.markupRoom <= 0) return;
    const source = new TextSink(256);
    this.emitCapture(c, source, true);
    if (source.len === 0) return;
    const inner = extractHtml(source.toString(), this.depth + 1);
    // Each character maps to the attribute characters it came from, and those to the page.
    const sink = copyPage(inner, (a, b) => {
      const from = source.spans[2 * Math.min(a, source.len - 1)]!;
      const to = source.spans[2 * Math.max(0, Math.min(b, source.len) - 1) + 1]!;
      return [from, Math.max(from, to)];
    });
    this.addMarkup(sink, 'iframe srcdoc');
  }

  /**
   * Comments and `content:` strings of a chunk of style sheet text, found with indexOf: a regex walking
   * every character of a 100 KB style sheet costs more than the rest of the page (the service keeps regexes
   * in the interpreter, node-flags.ts).
   */
  private styleMarkup(css: string, start: number): void {
    // Searched in the chunk alone (`css`, starting at page offset `start`): searching the page would run to
    // its end from every one of ten thousand small <style> elements.
    let comment = css.indexOf('/*');
    let content = css.indexOf('content');
    while (this.markupRoom > 0) {
      if (comment >= 0 && (content < 0 || comment < content)) {
        const close = css.indexOf('*/', comment + 2);
        const stop = close < 0 ? css.length : close;
        this.rawMarkup(start + comment + 2, start + stop, 'style sheet comment');
        comment = close < 0 ? -1 : css.indexOf('/*', stop + 2);
        if (content >= 0 && content < stop) content = close < 0 ? -1 : css.indexOf('content', stop);
      } else if (content >= 0) {
        CSS_CONTENT.lastIndex = content;
        const m = CSS_CONTENT.exec(css);
        content = m === null ? css.indexOf('content', content + 7) : css.indexOf('content', CSS_CONTENT.lastIndex);
        if (m !== null) this.rawMarkup(start + CSS_CONTENT.lastIndex - 1 - m[2]!.length, start + CSS_CONTENT.lastIndex - 1, 'style sheet content string');
      } else {
        return;
      }
    }
  }

  /**
   * The string literals and comments of a chunk of script (code or JSON: `note: "Email triage bot: …"`, a
   * `__NEXT_DATA__` field, `// AI agents: …`), each read as markup text when it is prose. A model given the raw
   * page reads them; the extracted text leaves scripts out. A character walk, not a regex (see styleMarkup); a
   * regex literal holding a quotation mark may make code read as a string up to the line's end, which the prose
   * test then mostly drops. Escapes stay as written.
   */
  private scriptMarkupStrings(from: number, to: number, jsonLd = false): void {
    const html = this.html;
    let i = from;
    while (i < to && this.markupRoom > 0) {
      const c = html.charCodeAt(i);
      if (c === 34 || c === 39 || c === 96) {
        let j = i + 1;
        while (j < to) {
          const d = html.charCodeAt(j);
          if (d === 92) j += 2;
          else if (d === c || (d === 10 && c !== 96)) break;
          else j++;
        }
        const stop = Math.min(j, to);
        if (stop - i > MIN_SCRIPT_STRING) this.rawMarkup(i + 1, stop, jsonLd ? 'JSON-LD string' : 'script string', jsonLd);
        i = stop + 1;
      } else if (c === 47 && i + 1 < to && (html.charCodeAt(i + 1) === 47 || html.charCodeAt(i + 1) === 42)) {
        const line = html.charCodeAt(i + 1) === 47;
        const close = html.indexOf(line ? '\n' : '*/', i + 2);
        const stop = close < 0 || close > to ? to : close;
        this.rawMarkup(i + 2, stop, 'script comment', false);
        i = stop + (line ? 1 : 2);
      } else {
        i++;
      }
    }
  }

  /** Raw page text [from, to) as one markup run, if it is prose. */
  private rawMarkup(from: number, to: number, kind: string, unseen = true): void {
    if (!threeSpaces(this.html, from, to) && !unspacedProseIn(this.html, from, to)) return;
    const sink = new TextSink(to - from + 1);
    sink.run(this.html, from, to, false);
    this.addMarkup(sink, kind, unseen);
  }

  /** A script block of a text type: read as a page of its own when it holds markup, else as text. */
  private scriptMarkup(): void {
    const runs = this.scriptRuns.splice(0);
    if (runs.length === 0 || this.markupRoom <= 0) return;
    const start = runs[0]!;
    const end = runs[runs.length - 1]!;
    let sink: TextSink;
    if (this.depth < MAX_SRCDOC_DEPTH && /<[a-z!]/i.test(this.html.slice(start, end))) {
      sink = copyPage(extractHtml(this.html.slice(start, end), this.depth + 1), (a, b) => [start + a, start + Math.max(a, b)]);
    } else {
      sink = new TextSink(end - start + 16);
      sink.run(this.html, start, end, false);
    }
    this.addMarkup(sink, 'script block of a text type');
  }

  /** Writes the tag itself ("<important>") as text, mapped to its own bytes. */
  private echoTag(): void {
    if (this.parser === null || this.skipDepth > 0) return;
    const { startIndex, endIndex } = this.parser;
    this.main.char(32, startIndex, startIndex, false);
    for (let i = startIndex; i <= endIndex && i < this.html.length; i++) {
      this.main.char(this.html.charCodeAt(i), i, i + 1, false);
    }
  }
}

/** Whitespace characters in source[from, to), counted up to `enough`. */
function countSpaces(source: string, from: number, to: number, enough: number): number {
  let n = 0;
  for (let i = from; i < to && n < enough; i++) if (isHtmlSpace(source.charCodeAt(i))) n++;
  return n;
}

/** Whether source[from, to) holds three whitespace characters: what prose (PROSE) needs at least. */
const threeSpaces = (source: string, from: number, to: number): boolean => countSpaces(source, from, to, 3) === 3;

/**
 * The text and markup text of a page embedded in this one (srcdoc, a template script), line breaks kept,
 * each character's span in the embedded page mapped to this page's offsets by `map`.
 */
function copyPage(inner: HtmlTextView, map: (start: number, end: number) => [number, number]): TextSink {
  const sink = new TextSink(inner.text.length + (inner.markup?.text.length ?? 0) + 16);
  for (const part of [inner, inner.markup]) {
    if (part === undefined) continue;
    sink.lineBreak();
    for (let i = 0; i < part.text.length; i++) {
      const c = part.text.charCodeAt(i);
      if (c === 10) {
        sink.lineBreak();
        continue;
      }
      const [from, to] = map(...part.toOriginal(i, i + 1));
      sink.char(c, from, to, false);
    }
  }
  return sink;
}

/** htmlparser2's parser with the low-level callbacks that know source offsets routed to the extractor. */
class MappingParser extends Parser {
  constructor(private readonly x: Extractor) {
    super(x, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  }

  // Text and comments are handled here, not through the handler, so no substring is ever allocated.
  override ontext(start: number, endIndex: number): void {
    this.x.text(start, endIndex);
    this.endIndex = endIndex - 1;
    this.startIndex = endIndex;
  }

  override ontextentity(cp: number, endIndex: number): void {
    this.x.entity(cp, this.startIndex, endIndex);
    this.endIndex = endIndex - 1;
    this.startIndex = endIndex;
  }

  override oncomment(start: number, endIndex: number, offset: number): void {
    this.x.comment(start, endIndex - offset);
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  override onattribname(start: number, endIndex: number): void {
    super.onattribname(start, endIndex);
    this.x.attribName(start, endIndex);
  }

  override onattribdata(start: number, endIndex: number): void {
    super.onattribdata(start, endIndex);
    this.x.attribData(start, endIndex);
  }

  override onattribentity(cp: number): void {
    super.onattribentity(cp);
    this.x.attribEntity(cp);
  }
}

/**
 * Extracts the text a model would read from `html`; the view's toOriginal points into `html`. Its
 * `markup` holds what the text leaves out but the raw page says (see PROSE), all of it unseen.
 */
export function extractHtml(html: string, depth = 0): HtmlTextView {
  const extractor = new Extractor(html, depth);
  const parser = new MappingParser(extractor);
  extractor.parser = parser;
  parser.end(html);
  const { main, markup } = extractor;
  const markupView =
    markup.len === 0
      ? undefined
      : new HtmlTextView(markup.toString(), markup.spans.slice(0, markup.len * 2), extractor.markupRanges, [], undefined, extractor.markupRuns.sort((a, b) => a.start - b.start));
  return new HtmlTextView(main.toString(), main.spans.slice(0, main.len * 2), extractor.hiddenRanges, extractor.quotedRanges, markupView, [], extractor.chromeRanges, extractor.jsonLdRanges);
}
