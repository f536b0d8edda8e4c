/**
 * HarfBuzz's hb-subset compiled to WebAssembly (harfbuzzjs's harfbuzz-subset.wasm, which needs no imports), for the
 * scripts that cut our faces from the full fonts (build-fonts.ts at install, build-fallback-font.ts): it drops hinting
 * and flattens what our render-time subsetter (forms/fonts/glyf-subset.ts) then only copies.
 */

import { SubsetError } from '../forms/fonts/glyf-subset';

/** harfbuzzjs's build, resolved from node_modules. */
export const HB_SUBSET_WASM_SOURCE = 'harfbuzzjs/dist/harfbuzz-subset.wasm';

interface HbExports {
  memory: WebAssembly.Memory;
  malloc(n: number): number;
  free(p: number): void;
  _initialize(): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthPtr: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/** Tables a PDF viewer never reads from an embedded CID font (we do no shaping, write no vertical text): our faces go without. */
const DROP_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'vhea', 'vmtx', 'VORG', 'DSIG', 'meta', 'morx', 'kern'];

const tag = (s: string): number => ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>> 0;

/** A face loaded into the subsetter. */
export interface LoadedFace {
  readonly id: number;
}

export class HbSubsetter {
  private faces = new Map<number, number>();
  private nextId = 1;

  private constructor(private readonly hb: HbExports) {}

  /** An instance of its own (64 MB of memory); pass a compiled module to make several without compiling again. */
  static async create(wasm: Uint8Array | ArrayBuffer | WebAssembly.Module): Promise<HbSubsetter> {
    const instance =
      wasm instanceof WebAssembly.Module ? await WebAssembly.instantiate(wasm, {}) : (await WebAssembly.instantiate(wasm as BufferSource, {})).instance;
    const hb = instance.exports as unknown as HbExports;
    hb._initialize();
    return new HbSubsetter(hb);
  }

  /** Copies the font into wasm memory once. */
  load(font: Uint8Array): LoadedFace {
    const hb = this.hb;
    const ptr = hb.malloc(font.byteLength);
    if (!ptr) throw new SubsetError('out of wasm memory loading a font');
    new Uint8Array(hb.memory.buffer).set(font, ptr);
    // The bytes stay in wasm memory for the face's lifetime (read-only blob, never freed: faces are cached for good).
    const blob = hb.hb_blob_create(ptr, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const id = this.nextId++;
    this.faces.set(id, face);
    return { id };
  }

  /** A TrueType font holding only the glyphs of `codePoints` (plus .notdef); hinting and layout tables dropped. */
  subset(face: LoadedFace, codePoints: Iterable<number>): Uint8Array {
    const hb = this.hb;
    const f = this.faces.get(face.id);
    if (f === undefined) throw new SubsetError('face not loaded');
    const input = hb.hb_subset_input_create_or_fail();
    if (!input) throw new SubsetError('hb_subset_input_create_or_fail failed');
    try {
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
      const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
      for (const t of DROP_TABLES) hb.hb_set_add(drop, tag(t));
      hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
      hb.hb_subset_input_set_flags(
        input,
        hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE,
      );
      const out = hb.hb_subset_or_fail(f, input);
      if (!out) throw new SubsetError('hb_subset_or_fail failed');
      const blob = hb.hb_face_reference_blob(out);
      const len = hb.hb_blob_get_length(blob);
      const data = hb.hb_blob_get_data(blob, 0);
      const bytes = new Uint8Array(hb.memory.buffer, data, len).slice();
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(out);
      if (len === 0) throw new SubsetError('empty subset');
      return bytes;
    } finally {
      hb.hb_subset_input_destroy(input);
    }
  }
}
