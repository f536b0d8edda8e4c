// A page saved from the browser ("Save page as…"), as bytes: decoded and parsed as a browser with scripts shows it.

/** How far a browser looks for a meta charset before giving up (it prescans the first 1024 bytes; a little more here). */
const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;

/** The encoding a byte order mark names, as the HTML standard checks it before anything else. */
function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  return null;
}

/** The encoding a meta charset names, as a browser takes it: GB2312 and GBK read as GB18030; UTF-16 there means UTF-8. */
function metaEncoding(bytes: Uint8Array): string {
  const m = META_CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES)));
  if (!m) return 'utf-8';
  let label = m[1]!.toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|csgb2312|chinese)$/.test(label)) label = 'gb18030';
  if (label.startsWith('utf-16')) label = 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}

/** The page's text: a BOM decides first, then the meta charset, else UTF-8 (the HTML standard's order; no HTTP header here). */
export function decodeSavedPage(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip));
  return new TextDecoder(metaEncoding(bytes)).decode(bytes);
}

/**
 * Elements a browser extension left outside head and body (`<plasmo-csui>` before `<head>` or after it), put at the
 * start of the body, where a browser's parser puts them. A parser that keeps them in place may lose the body with them.
 */
export function residueMovedIntoBody(html: string): string {
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return html;
  const stray: string[] = [];
  const keep = (chunk: string) => (/<[a-z]/i.test(chunk.replace(/<!--[\s\S]*?-->/g, '')) ? (stray.push(chunk), '') : chunk);
  let out = html.slice(0, body.index).replace(/(<html\b[^>]*>)([\s\S]*?)(?=<head\b)/i, (_, open: string, chunk: string) => open + keep(chunk));
  out = out.replace(/(<\/head\s*>)([\s\S]*)$/i, (_, close: string, chunk: string) => close + keep(chunk));
  return out + body[0] + stray.join('') + html.slice(body.index + body[0].length);
}

/**
 * A parsed saved page as a browser running scripts shows it: `<noscript>` content is never drawn there (a parser
 * without scripts builds elements from it, and the readers would see rows no user saw).
 */
export function asShownWithScripts(doc: Document): Document {
  for (const el of [...doc.querySelectorAll('noscript')]) el.remove();
  return doc;
}
