/** A character as users are shown it in these notes: “𠮷”（U+20BB7）. */
export const namedChar = (c: string): string => `“${c}”（U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`;

/** What users are told of characters a PDF printed as 〓 (no face in the package has them): the layout, the CLI and the pages alike. */
export function missingGlyphsText(chars: readonly string[]): string {
  return `字符${chars.map(namedChar).join('、')}没有可用字体，已印为〓，请手工填写`;
}
