// How a run of text a human reader never sees is hidden in the page's markup (comment, attribute,
// hidden element); text/unseen-text.ts finds the runs.

const ATTRIBUTE_BEFORE = /([a-z][a-z0-9:-]{0,30})\s*=\s*["']?$/i;

/** How [start, end) of the page `html` is hidden: "HTML comment", "alt attribute", or a hidden element. */
export function concealmentKind(html: string | undefined, start: number, end: number): string {
  if (html === undefined) return 'hidden element, comment or attribute';
  const open = html.lastIndexOf('<!--', start);
  if (open >= 0) {
    const close = html.indexOf('-->', open + 4);
    if (close < 0 || close >= end - 1) return 'HTML comment';
  }
  const lt = html.lastIndexOf('<', start);
  const gt = html.lastIndexOf('>', start - 1);
  if (lt > gt) {
    const name = ATTRIBUTE_BEFORE.exec(html.slice(Math.max(lt, start - 48), start))?.[1]?.toLowerCase();
    return name === undefined ? 'attribute' : `${name} attribute`;
  }
  return 'display:none / invisible element';
}
