import type { PageRead } from '../../shared/model';
import { MAX_SNAPSHOT_CHARS, MAX_TEXT_CHARS, mayBecomeRecord, type CaptureMessage } from '../messaging/messages';

/** Elements that run code or pull in other documents: none of them belongs in a stored record. */
const DROPPED = 'script, noscript, iframe, frame, frameset, object, embed, applet, template, portal, base';
/** Browsers drop ASCII tabs and line breaks inside a URL and skip leading controls and spaces: `java&#9;script:` runs. */
const scriptUrl = (value: string) => /^(javascript|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''));

/** Comments carry nothing a record needs, and pages saved by a browser keep IE conditional comments with scripts in them. */
function removeComments(node: Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 8) child.parentNode?.removeChild(child);
    else if (child.nodeType === 1) removeComments(child);
  }
}

/**
 * The page's HTML without anything executable: scripts, frames and <base> (which would point every relative link
 * elsewhere) removed, on* attributes and javascript: URLs stripped. Over `max` characters, inline data: images go first (photos are the bulk), then the tail is cut.
 */
export function snapshotHtml(doc: Document, max = MAX_SNAPSHOT_CHARS): string {
  const root = doc.documentElement.cloneNode(true) as Element;
  for (const el of Array.from(root.querySelectorAll(DROPPED))) el.remove();
  removeComments(root);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if (scriptUrl(attr.value)) el.removeAttribute(attr.name);
    }
    // <meta http-equiv="refresh"> would navigate whoever opens the snapshot.
    if (el.tagName.toLowerCase() === 'meta' && el.getAttribute('http-equiv')) el.remove();
  }
  let html = `<!DOCTYPE html>\n${root.outerHTML}`;
  if (html.length <= max) return html;
  for (const img of Array.from(root.querySelectorAll('img[src^="data:"]'))) img.setAttribute('src', '');
  html = `<!DOCTYPE html>\n${root.outerHTML}`;
  if (html.length <= max) return html;
  const note = '\n<!-- zhicheng-desk: snapshot truncated -->';
  return html.slice(0, max - note.length) + note;
}

/** The page's visible text (what the SHA-256 is taken of), capped. */
export function pageText(doc: Document, max = MAX_TEXT_CHARS): string {
  const body = doc.body as (HTMLElement & { innerText?: string }) | null;
  if (!body) return '';
  const text = typeof body.innerText === 'string' && body.innerText !== '' ? body.innerText : (body.textContent ?? '');
  return text.length <= max ? text : text.slice(0, max);
}

/**
 * The capture of a page read: its text and snapshot only where the reading may become a record. innerText forces a
 * layout and the snapshot copies the DOM; and a 学信档案 page's ID numbers, which the background refuses anyway, stay in
 * the tab.
 */
export function captureMessage(doc: Document, url: string, read: PageRead): CaptureMessage {
  const page = mayBecomeRecord(read) ? { text: pageText(doc), html: snapshotHtml(doc) } : { text: '', html: '' };
  return { type: 'capture', url, read, ...page };
}
