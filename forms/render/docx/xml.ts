// XML text of what docx's components give from `prepForXml` ({ 'w:p': [{ _attr: … }, { 'w:r': … }] }), written as
// docx writes it (it keeps its own writer private). One pass and no intermediate objects: a form's document.xml is
// most of a DOCX's time. package.test.ts holds it to docx's own bytes for every form of the sample.

type Xmlable = Record<string, unknown>;

const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const SPECIALS = new RegExp(SPECIAL.source, 'g');
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Strings escaped (characters XML cannot hold dropped); other values as `String` writes them. */
const text = (value: unknown): string =>
  typeof value === 'string' ? (SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c] ?? '') : value) : String(value);

function firstKey(o: object): string | undefined {
  for (const k in o) if (Object.hasOwn(o, k)) return k;
  return undefined;
}

function attributes(attrs: Record<string, unknown>): string {
  let out = '';
  for (const k in attrs) if (Object.hasOwn(attrs, k)) out += ` ${k}="${text(attrs[k])}"`;
  return out;
}

/**
 * One element. docx's writer (after the `xml` package) has quirks this keeps: a text value in a list of children
 * replaces the child before it, and an element with a list of children, even an empty one, is never self-closed.
 */
function element(data: Xmlable): string {
  const name = firstKey(data);
  const values = name === undefined ? undefined : data[name];
  let attrs = '';
  // The content: `parts` pieces written one after another; `last` is where the last one starts.
  let body = '';
  let parts = 0;
  let last = 0;
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr, _cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (_attr) attrs += attributes(_attr);
      if (_cdata) {
        body = `<![CDATA[${_cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
        parts = 1;
      }
      if (Array.isArray(values)) {
        let isText = false;
        last = body.length;
        parts++;
        for (const v of values as unknown[]) {
          if (typeof v === 'object') {
            const o = v as Xmlable;
            if (firstKey(o) === '_attr') attrs += attributes(o._attr as Record<string, unknown>);
            else {
              last = body.length;
              body += element(o);
              parts++;
            }
          } else {
            // Replaces the piece before it.
            body = body.slice(0, last) + (v === undefined ? '' : text(v));
            isText = true;
          }
        }
        if (!isText) parts++;
      }
    }
  } else {
    body = values === undefined ? '' : text(values);
    parts = 1;
  }
  const open = (name ? `<${name}` : '') + attrs;
  if (parts === 0) return `${open}/>`;
  return name ? `${open}>${body}</${name}>` : open + body;
}

/** A part's XML: the declaration docx writes (`standalone="yes"` on most parts), then the element. */
export function xmlOf(formatted: object, standalone: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8"${standalone ? ' standalone="yes"' : ''}?>${element(formatted as Xmlable)}`;
}

/** An element's XML alone (a piece of a part). */
export const xmlElement = (formatted: object): string => element(formatted as Xmlable);
