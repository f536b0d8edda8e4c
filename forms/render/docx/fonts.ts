// Fonts of the DOCX: every run names 宋体 (SimSun), the font offices' Word and WPS have; characters beyond the BMP
// (CJK Extension B and later: 𠮷) go in runs of their own in SimSun-ExtB, where Windows keeps them, because Word
// does not fall back per character inside a run.

/** The body font, by the name Chinese Word writes in its font table (Latin-named Word finds it by `altName`). */
export const BODY_FONT = '宋体';
export const BODY_FONT_LATIN = 'SimSun';
/** Windows' font for CJK Extension B and beyond. */
export const SUPPLEMENTARY_FONT = 'SimSun-ExtB';

export type FontSlot = 'body' | 'supplementary';

export const fontName = (slot: FontSlot): string => (slot === 'body' ? BODY_FONT : SUPPLEMENTARY_FONT);

/** `w:rFonts` of a run: one font for every script, so Latin digits in an ID number match the Chinese around them. */
export const runFonts = (slot: FontSlot) => {
  const name = fontName(slot);
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' } as const;
};

/** `w:lang`: East Asian text is Simplified Chinese (line breaking, punctuation width). */
export const RUN_LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

/** A piece of text and the font slot it is set in. */
export interface FontPiece {
  text: string;
  slot: FontSlot;
}

const PIECES = /([\u{10000}-\u{10FFFF}]+)|([^\u{10000}-\u{10FFFF}]+)/gu;

/** Splits text where it crosses between the BMP and the supplementary planes. */
export function splitBySlot(text: string): FontPiece[] {
  const out: FontPiece[] = [];
  for (const m of text.matchAll(PIECES)) out.push({ text: m[0], slot: m[1] ? 'supplementary' : 'body' });
  return out;
}

/** Characters the document sets in each slot: what an embedded subset must hold. */
export class UsedCharacters {
  private readonly sets: Record<FontSlot, Set<string>> = { body: new Set(), supplementary: new Set() };

  add(slot: FontSlot, text: string): void {
    for (const ch of text) this.sets[slot].add(ch);
  }

  text(slot: FontSlot): string {
    return [...this.sets[slot]].sort().join('');
  }
}

/** One embedded face as `docx` lists it (`File.FontTable.files`). */
export interface EmbeddedFace {
  name: string;
  fontKey: string;
  bold: boolean;
  italic: boolean;
}

const NS =
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

// What Word itself writes for these fonts, so Word and WPS match them to the installed SimSun / SimSun-ExtB (and,
// lacking them, pick a Chinese serif by panose and charset 86 = GB2312). docx writes no entries unless it embeds.
const FONT_ENTRIES: Record<FontSlot, string> = {
  body:
    `<w:altName w:val="${BODY_FONT_LATIN}"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/>` +
    '<w:family w:val="auto"/><w:pitch w:val="variable"/>' +
    '<w:sig w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"/>',
  supplementary: '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/>',
};

const embedElement = (face: EmbeddedFace): string =>
  face.bold && face.italic ? 'w:embedBoldItalic' : face.bold ? 'w:embedBold' : face.italic ? 'w:embedItalic' : 'w:embedRegular';

/**
 * word/fontTable.xml naming both fonts, with the embedded faces (if any) attached to their font. `faces` are in
 * docx's order: the Nth is `fonts/font<N>.odttf` with relationship `rId<N>`.
 */
export function fontTableXml(faces: readonly EmbeddedFace[] = []): string {
  const fonts = (['body', 'supplementary'] as const).map((slot) => {
    const name = fontName(slot);
    const embeds = faces
      .map((face, i) => ({ face, id: `rId${i + 1}` }))
      .filter(({ face }) => face.name === name)
      // Subsetted: Word then does not offer the face for typing characters it lacks.
      .map(({ face, id }) => `<${embedElement(face)} r:id="${id}" w:fontKey="{${face.fontKey.toUpperCase()}}" w:subsetted="1"/>`)
      .join('');
    return `<w:font w:name="${name}">${FONT_ENTRIES[slot]}${embeds}</w:font>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${NS}>${fonts.join('')}</w:fonts>`;
}
