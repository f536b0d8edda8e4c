// A page saved from the browser ("Save page as…"), as bytes: which text encoding it is in.

/** A meta charset naming one of the GB encodings (the old sites served GB2312). */
const GB_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*(?:gbk|gb2312|gb18030)\b/i;
const SNIFF_BYTES = 4096;

/** UTF-8 unless a meta charset in the first 4 KB says GBK/GB2312/GB18030 (decoded as GB18030, their superset). */
export function decodeSavedPage(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return new TextDecoder(GB_CHARSET.test(head) ? 'gb18030' : 'utf-8').decode(bytes);
}
