import { PIECED_FACES, PRIMARY_FONT, pieceFile, pieceKey, pieceOf, type PiecedFace } from './files';
import { GlyfSubsetter } from './glyf-subset';
import type { FontLoader } from './loader';
import { Sfnt } from './sfnt';

/** One loaded font face: its metrics and cmap (for layout) and its subsetter (for embedding), on the file's bytes. */
export interface Face {
  /** `primary`, or the piece's key (`NotoSerifSC-4000`, `HanaMinB-20000`). */
  readonly key: string;
  readonly sfnt: Sfnt;
  readonly subsetter: GlyfSubsetter;
}

function loadFace(key: string, bytes: Uint8Array): Face {
  const sfnt = new Sfnt(bytes);
  return { key, sfnt, subsetter: new GlyfSubsetter(sfnt) };
}

/** Drawn (with a warning) for a character no face has: 〓 is the typesetter's usual mark for a missing glyph. */
export const MISSING_GLYPH = 0x3013;

/**
 * The primary face (the common tier) plus the pieces loaded on demand (files.ts); per character the primary wins,
 * then the pieces in PIECED_FACES order. Loaded once per loader and kept.
 */
export class FontSet {
  private readonly pieces = new Map<string, Face>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Pieces whose file could not be loaded (not shipped in this package, or unreadable): key → file. */
  private readonly absent = new Map<string, string>();

  private constructor(
    private readonly loader: FontLoader,
    readonly primary: Face,
  ) {}

  static async create(loader: FontLoader): Promise<FontSet> {
    return new FontSet(loader, loadFace('primary', await loader.load(PRIMARY_FONT)));
  }

  /** Loads the pieces these code points need (call before layout, which is synchronous). Never fails for a piece. */
  async prepare(codePoints: Iterable<number>): Promise<void> {
    let need = [...new Set(codePoints)].filter((cp) => !this.primary.sfnt.has(cp));
    for (const pieced of PIECED_FACES) {
      if (need.length === 0) return;
      const starts = new Set<number>();
      for (const cp of need) {
        const start = pieceOf(pieced, cp);
        if (start !== undefined) starts.add(start);
      }
      await Promise.all([...starts].map((s) => this.loadPiece(pieced, s)));
      need = need.filter((cp) => !this.pieceFace(pieced, cp)?.sfnt.has(cp));
    }
  }

  /** Runs the subsetter once, so its first document does not wait for its code to be compiled (a page, while idle). */
  warm(): void {
    this.primary.subsetter.subset([0x4e00]);
  }

  /** The face that draws this code point, or undefined when none has it (after `prepare`). */
  faceOf(cp: number): Face | undefined {
    if (this.primary.sfnt.has(cp)) return this.primary;
    for (const pieced of PIECED_FACES) {
      const face = this.pieceFace(pieced, cp);
      if (face?.sfnt.has(cp)) return face;
    }
    return undefined;
  }

  /** For a code point no face has: the font file that might have it but could not be loaded (after `prepare`). */
  unavailableFile(cp: number): string | undefined {
    for (const pieced of PIECED_FACES) {
      const start = pieceOf(pieced, cp);
      const file = start === undefined ? undefined : this.absent.get(pieceKey(pieced, start));
      if (file) return file;
    }
    return undefined;
  }

  private pieceFace(pieced: PiecedFace, cp: number): Face | undefined {
    const start = pieceOf(pieced, cp);
    return start === undefined ? undefined : this.pieces.get(pieceKey(pieced, start));
  }

  private loadPiece(pieced: PiecedFace, start: number): Promise<void> {
    const key = pieceKey(pieced, start);
    if (this.pieces.has(key) || this.absent.has(key)) return Promise.resolve();
    let p = this.pending.get(key);
    if (!p) {
      p = (async () => {
        const file = pieceFile(pieced, start);
        let bytes: Uint8Array;
        try {
          bytes = await this.loader.load(file);
        } catch {
          // The extension leaves HanaMinB out (store size): its characters are reported, not fatal.
          this.absent.set(key, file);
          return;
        }
        this.pieces.set(key, loadFace(key, bytes));
      })();
      this.pending.set(key, p);
      const done = () => void this.pending.delete(key);
      p.then(done, done);
    }
    return p;
  }
}

const sets = new Map<string, Promise<FontSet>>();

/** The font set for a loader, created once and kept. */
export function fontSetFor(loader: FontLoader): Promise<FontSet> {
  let s = sets.get(loader.key);
  if (!s) {
    s = FontSet.create(loader);
    sets.set(loader.key, s);
    s.catch(() => sets.delete(loader.key));
  }
  return s;
}

/**
 * Loads a loader's font set and warms the subsetter in the background (a page or worker that will render soon, not
 * the CLI, which renders at once). A failure is logged here and reported by the first render (which loads again).
 */
export function warmFonts(loader: FontLoader): void {
  fontSetFor(loader).then(
    (s) => s.warm(),
    (e: unknown) => console.warn('[zhicheng] fonts', e),
  );
}
