/** What users are told of characters a PDF printed as 〓 (no face in the package has them). */
export function missingGlyphsText(chars: readonly string[]): string {
  const named = chars.map((c) => `“${c}”（U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`).join('、');
  return `字符${named}没有可用字体，印为〓，请手工填写`;
}
