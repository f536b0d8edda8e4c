import { collapseSpaces } from '../../shared/text/normalize';

// DOM helpers for untrusted pages: text only through textContent, and a value that hides or runs something is unsafe.
// Walks use `children`/`childNodes` and tag names rather than selectors: the same on a live page and in linkedom, and
// fast enough to run on every page the user opens.

/** Elements whose text a user does not see as the value (textContent would still include it). */
const ACTIVE = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas']);
const CONTROLS = new Set(['input', 'select', 'textarea', 'button']);
/** Elements that make a container a block of rows rather than one label or value. */
const BLOCKS = new Set(
  'div table tbody thead tr td th ul ol li p dl dt dd section article form h1 h2 h3 h4 h5 h6'.split(' '),
);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|(?:font-size|opacity)\s*:\s*0+(?:\.0*)?[a-z%]*\s*(?:;|!|$)/i;

export const tagOf = (el: Element): string => el.tagName.toLowerCase();

/** What an element shows as text: textContent with runs of white space collapsed (widths and punctuation as printed). */
export const textOf = (el: Element): string => collapseSpaces(el.textContent ?? '');

/** Whether any element strictly inside `el` passes the test. */
function anyBelow(el: Element, test: (e: Element) => boolean): boolean {
  const stack = [...el.children];
  for (let e = stack.pop(); e; e = stack.pop()) {
    if (test(e)) return true;
    stack.push(...e.children);
  }
  return false;
}
const selfOrBelow = (el: Element, test: (e: Element) => boolean): boolean => test(el) || anyBelow(el, test);

export const hasImage = (el: Element): boolean => selfOrBelow(el, (e) => tagOf(e) === 'img');

export const hasFormControl = (el: Element): boolean => selfOrBelow(el, (e) => CONTROLS.has(tagOf(e)));

const hides = (e: Element): boolean =>
  ACTIVE.has(tagOf(e)) ||
  e.hasAttribute('hidden') ||
  e.getAttribute('aria-hidden') === 'true' ||
  HIDDEN_STYLE.test(e.getAttribute('style') ?? '');

/** Holds script-like elements or content hidden by attribute or inline style: its textContent is not what is shown. */
export const isUnsafe = (el: Element): boolean => selfOrBelow(el, hides);

/** No block-level element inside: one label or one value, not a group of rows. */
export const isLeafish = (el: Element): boolean => !anyBelow(el, (e) => BLOCKS.has(tagOf(e)));

/** The report's container (`#resultTable` in all three layouts) when there is exactly one, else the body. */
export function pageRoot(doc: Document): Element {
  const tables = doc.querySelectorAll('#resultTable');
  return (tables.length === 1 ? tables[0] : null) ?? doc.body ?? doc.documentElement;
}

/** Calls `visit` with every text node a user can read under `node` (not inside script, style, template…). */
export function forEachReadableText(node: Node, visit: (text: Text) => void): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) visit(child as Text);
    else if (child.nodeType === 1 && !ACTIVE.has(tagOf(child as Element))) forEachReadableText(child, visit);
  }
}

/** The text of the page a user can read: textContent without script, style and template bodies. */
export function readableText(node: Node): string {
  let out = '';
  forEachReadableText(node, (t) => (out += t.data));
  return out;
}
