import { ptToMm, type Style } from '../../document';
import { MISSING_GLYPH, type Face, type FontSet } from '../../fonts/fontset';
import { missingGlyphsText, namedChar } from '../missing-glyphs';

export type { Style };

export interface Glyph {
  face: Face;
  /** The code point drawn (MISSING_GLYPH when no face has the character). */
  cp: number;
  /** Advance as a fraction of the em. */
  em: number;
}

/** What handlers share while laying out one document: fonts, the characters used, warnings. */
export class LayoutEnv {
  readonly warnings: string[] = [];
  readonly warningsZh: string[] = [];
  /** Code points used per face key (for subsetting). */
  readonly used = new Map<string, Set<number>>();
  private readonly glyphs = new Map<number, Glyph | null>();
  private readonly missing = new Set<number>();

  /** Characters no font has (drawn as 〓), in order of first use. */
  get missingGlyphs(): string[] {
    return [...this.missing].map((cp) => String.fromCodePoint(cp));
  }

  constructor(
    readonly fonts: FontSet,
    /** pt: underlines and signature lines. */
    readonly underlineRule: number,
  ) {}

  /** The face and advance of a code point (cached); missing characters become 〓 with one warning each. */
  glyph(cp: number): Glyph {
    let g = this.glyphs.get(cp);
    if (g === undefined) {
      const face = this.fonts.faceOf(cp);
      if (face) g = { face, cp, em: face.sfnt.advance(face.sfnt.glyphOf(cp)) / face.sfnt.metrics.unitsPerEm };
      else g = null;
      this.glyphs.set(cp, g);
    }
    if (g === null) {
      if (cp === MISSING_GLYPH) throw new Error('primary font lacks U+3013');
      if (!this.missing.has(cp)) {
        this.missing.add(cp);
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const ch = String.fromCodePoint(cp);
        const file = this.fonts.unavailableFile(cp);
        if (file) {
          this.warn(
            `U+${hex}: its font file ${file} is not in this package or not readable; drawn as 〓`,
            `字符${namedChar(ch)}是生僻字，本程序的这个版本没有附带它的字库（${file}），已印为〓；请手工填写，或用网页版、命令行生成此表`,
          );
        } else this.warn(`no font has U+${hex}; drawn as 〓`, missingGlyphsText([ch]));
      }
      return this.glyph(MISSING_GLYPH);
    }
    return g;
  }

  /** Records that a glyph is drawn. */
  use(g: Glyph): void {
    let s = this.used.get(g.face.key);
    if (!s) this.used.set(g.face.key, (s = new Set()));
    s.add(g.cp);
  }

  warn(en: string, zh: string): void {
    this.warnings.push(en);
    this.warningsZh.push(zh);
  }
}

/** Line box height in mm. */
export const lineHeightMm = (s: Style): number => ptToMm(s.size * s.lineHeight);
