import { collapseSpaces } from '../../shared/text/normalize';

// DOM helpers for untrusted pages: text only through textContent, and a value that hides or runs something is unsafe.
// Walks use `children`/`childNodes` and tag names rather than selectors: the same on a live page and in linkedom, and
// fast enough to run on every page the user opens.

/** Elements whose text a user does not see as the value (textContent would still include it). */
const ACTIVE = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas']);
const CONTROLS = new Set(['input', 'select', 'textarea', 'button']);
/** Elements that make a container a block of rows rather than one label or value. */
export const BLOCKS = new Set(
  'div table tbody thead tfoot tr td th ul ol li p dl dt dd section article aside header footer main nav form h1 h2 h3 h4 h5 h6 details summary'.split(' '),
);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden|(?:font-size|opacity)\s*:\s*0+(?:\.0*)?[a-z%]*\s*(?:;|!|$)/i;

export const tagOf = (el: Element): string => el.tagName.toLowerCase();

/** Script, style, template, noscript…: never shown as text (a browser running scripts never shows noscript). */
export const isActive = (el: Element): boolean => ACTIVE.has(tagOf(el));

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

type Visible = Element & { checkVisibility?: (o?: Record<string, boolean>) => boolean };

/**
 * What the browser is asked on a live page: display, visibility and content-visibility (closed details included).
 * Not opacity: a page fading in is read while it fades, and its rows are no less shown.
 */
const LIVE_CHECK = { checkVisibilityCSS: true };

/** On a live page the browser knows what is drawn; a saved page in Node only has attributes and inline styles. */
const isLive = (el: Element): boolean => typeof (el as Visible).checkVisibility === 'function';

/** Hidden by its own attributes or inline style (what Node can know without a layout). */
const hiddenByMarkup = (e: Element): boolean =>
  e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(e.getAttribute('style') ?? '');

/** Inside a closed <details>, everything but its <summary> is folded away. */
const foldedAway = (e: Element): boolean => {
  const p = e.parentElement;
  return p !== null && tagOf(p) === 'details' && !p.hasAttribute('open') && tagOf(e) !== 'summary';
};

/** A live element with text that takes no room (zero width or height) is not seen either. */
function zeroSized(e: Element): boolean {
  if (collapseSpaces(e.textContent ?? '') === '' || e.getClientRects().length === 0) return false;
  const r = e.getBoundingClientRect();
  return r.width === 0 || r.height === 0;
}

/** The element itself is not seen (its ancestors aside). */
function hiddenItself(e: Element): boolean {
  if (hiddenByMarkup(e) || foldedAway(e)) return true;
  return isLive(e) && zeroSized(e);
}

/**
 * Whether a user can see the element at all: on a live page the browser's own checkVisibility (display, visibility,
 * content-visibility, closed details, every ancestor) and its size; in Node the attributes and inline styles of the
 * element and each ancestor.
 */
export function isHidden(el: Element): boolean {
  if (isLive(el)) {
    return !(el as Visible).checkVisibility!(LIVE_CHECK) || hiddenItself(el);
  }
  for (let e: Element | null = el; e; e = e.parentElement) if (hiddenItself(e)) return true;
  return false;
}

/** Script-like, or hidden by itself (on a live page: as the browser draws it). */
const hides = (e: Element): boolean =>
  ACTIVE.has(tagOf(e)) || hiddenItself(e) || (isLive(e) && !(e as Visible).checkVisibility!(LIVE_CHECK));

/** Holds script-like elements or content hidden by attribute or style: its textContent is not what is shown. */
export const isUnsafe = (el: Element): boolean => selfOrBelow(el, hides);

/** No block-level element inside: one label or one value, not a group of rows. */
export const isLeafish = (el: Element): boolean => !anyBelow(el, (e) => BLOCKS.has(tagOf(e)));

/** The report's container (`#resultTable` in the desktop layouts) when there is exactly one, else the body. */
export function pageRoot(doc: Document): Element {
  const tables = doc.querySelectorAll('#resultTable');
  return (tables.length === 1 ? tables[0] : null) ?? doc.body ?? doc.documentElement;
}

/** Whether the element sits inside a script, template, noscript…: its text is never shown. */
export function isInert(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (ACTIVE.has(tagOf(e))) return true;
  return false;
}

/** The elements a selector finds that a user could read (not inside script, template, noscript…). */
export const readableMatches = (root: ParentNode, selector: string): Element[] =>
  [...root.querySelectorAll(selector)].filter((e) => !isInert(e));

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
