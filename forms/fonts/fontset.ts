import { HbSubsetter, type LoadedFace } from './hb-subset';
import { fallbackChunkOf, fallbackFile, HB_SUBSET_WASM, PRIMARY_FONT } from './files';
import type { FontLoader } from './loader';
import { Sfnt } from './sfnt';

/** One loaded font face: its metrics and cmap (for layout) and its handle in the subsetter (for embedding). */
export interface Face {
  /** `primary`, or `fallback-<chunk hex>`. */
  readonly key: string;
  readonly sfnt: Sfnt;
  readonly hb: LoadedFace;
  readonly subsetter: HbSubsetter;
}

/** A face from its file: into the subsetter, which keeps its own copy; layout keeps only the few tables it reads. */
function loadFace(key: string, bytes: Uint8Array, subsetter: HbSubsetter): Face {
  return { key, sfnt: new Sfnt(bytes).slim(), hb: subsetter.load(bytes), subsetter };
}

/** Drawn (with a warning) for a character no face has: 〓 is the typesetter's usual mark for a missing glyph. */
export const MISSING_GLYPH = 0x3013;

/**
 * The primary face plus lazily loaded fallback chunks; per character the primary wins when it has the glyph.
 * Loaded once per loader and kept: parsing is lazy and subsetting reuses the face already in wasm memory.
 */
export class FontSet {
  private readonly fallbacks = new Map<number, Face>();
  private readonly pending = new Map<number, Promise<Face>>();
  private fallbackSubsetter: Promise<HbSubsetter> | undefined;

  private constructor(
    private readonly loader: FontLoader,
    readonly primary: Face,
    private readonly wasm: Uint8Array,
  ) {}

  static async create(loader: FontLoader): Promise<FontSet> {
    const [wasm, bytes] = await Promise.all([loader.load(HB_SUBSET_WASM), loader.load(PRIMARY_FONT)]);
    // The primary face gets a wasm instance of its own: an instance's memory is fixed at 64 MB.
    const subsetter = await HbSubsetter.create(wasm);
    const primary = loadFace('primary', bytes, subsetter);
    return new FontSet(loader, primary, wasm);
  }

  /** Loads the fallback chunks these code points need (call before layout, which is synchronous). */
  async prepare(codePoints: Iterable<number>): Promise<void> {
    const chunks = new Set<number>();
    for (const cp of codePoints) {
      if (this.primary.sfnt.has(cp)) continue;
      const chunk = fallbackChunkOf(cp);
      if (chunk !== undefined && !this.fallbacks.has(chunk)) chunks.add(chunk);
    }
    await Promise.all([...chunks].map((c) => this.loadChunk(c)));
  }

  /** The face that draws this code point, or undefined when none has it (after `prepare`). */
  faceOf(cp: number): Face | undefined {
    if (this.primary.sfnt.has(cp)) return this.primary;
    const chunk = fallbackChunkOf(cp);
    const face = chunk === undefined ? undefined : this.fallbacks.get(chunk);
    return face?.sfnt.has(cp) ? face : undefined;
  }

  private loadChunk(chunk: number): Promise<Face> {
    let p = this.pending.get(chunk);
    if (!p) {
      p = (async () => {
        const bytes = await this.loader.load(fallbackFile(chunk));
        // All chunks (~2 MB each, 31 MB together) share one wasm instance besides the primary's.
        this.fallbackSubsetter ??= HbSubsetter.create(this.wasm);
        const subsetter = await this.fallbackSubsetter;
        const face = loadFace(`fallback-${chunk.toString(16)}`, bytes, subsetter);
        this.fallbacks.set(chunk, face);
        return face;
      })();
      this.pending.set(chunk, p);
      p.catch(() => this.pending.delete(chunk));
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
