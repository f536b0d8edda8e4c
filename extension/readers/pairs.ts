import { collapseSpaces } from '../../shared/text/normalize';
import { BLOCKS, hasFormControl, hasImage, isActive, isHidden, isUnsafe, tagOf, textOf } from './dom';
import { INLINE_LABEL_STARTS, isKnownLabel, looksLikeLabel, splitLabelColon } from './labels';

/** A label and the value beside it, as texts. Which field the label names is decided later (fields.ts). */
export interface RawPair {
  label: string;
  value: string;
  /** The value holds an image (the old layout draws 姓名 and 毕(结)业 as `img.by_img`). */
  image: boolean;
  /** Script-like or hidden content in the label or the value: textContent is not what the user sees. */
  unsafe: boolean;
  /** The label's value stands before it, not after: the row is broken. (Nothing on either side: an empty value.) */
  orphan?: true;
}

// ---- the pieces of a row: elements and runs of text, in document order ----------------------------------------------

type Piece = { el: Element; text?: undefined; parent: Element } | { el?: undefined; text: string; parent: Element };
/** A piece that is a label: its text, and for "label：value" in one text the value part. */
interface LabelPiece {
  label: string;
  rest: string;
}

const SEPARATOR = /^[\s\u00A0\u3000:：]*$/;

/** Extension residue (`plasmo-csui`, other custom elements) that shows no text: not part of the page's rows. */
const isResidue = (el: Element): boolean => tagOf(el).includes('-') && textOf(el) === '' && !hasImage(el);

/** The element's children as pieces; a text with several "label：" inside is cut before each label. */
function piecesOf(parent: Element): Piece[] {
  const out: Piece[] = [];
  let data = '';
  // Adjacent text nodes are one text (a parser may split a text at an entity; a browser never shows the seam).
  const flushText = () => {
    if (collapseSpaces(data) !== '') {
      let at = 0;
      for (const m of data.matchAll(INLINE_LABEL_STARTS)) {
        if (m.index! > at && collapseSpaces(data.slice(at, m.index)) !== '') out.push({ text: data.slice(at, m.index), parent });
        at = m.index!;
      }
      out.push({ text: data.slice(at), parent });
    }
    data = '';
  };
  for (const node of parent.childNodes) {
    if (node.nodeType === 3) data += (node as Text).data;
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (isActive(el) || isResidue(el)) continue;
      flushText();
      out.push({ el, parent });
    }
  }
  flushText();
  return out;
}

/**
 * A label is one cell: an element holding two block cells anywhere inside (a row whose value is empty or only "：",
 * maybe in a wrapper) is a row whose whole text happens to be the label's, and is looked into rather than taken whole.
 */
function holdsCells(el: Element): boolean {
  const stack = [el];
  for (let e = stack.pop(); e; e = stack.pop()) {
    const blocks = [...e.children].filter((c) => BLOCKS.has(tagOf(c)) && !isActive(c));
    if (blocks.length >= 2) return true;
    stack.push(...blocks);
  }
  return false;
}

const pieceText = (p: Piece): string => (p.el ? (p.el.textContent ?? '') : p.text);
const isBlock = (p: Piece): boolean => p.el !== undefined && BLOCKS.has(tagOf(p.el));
/** Element or text-in-element "dress" of a label: tag and classes; custom labels are recognised by it. */
const dressOf = (p: Piece): string => {
  const sig = (el: Element) => `${tagOf(el)}.${[...el.classList].sort().join('.')}`;
  return p.el ? sig(p.el) : `#text<${sig(p.parent)}`;
};

export interface PairOptions {
  /** Dresses of the page's known labels: an element dressed the same way with a label-like text is a label too. */
  labelDresses?: ReadonlySet<string>;
  /** Collapsed texts of elements already looked at (the same page is walked twice; a DOM's textContent is not free). */
  texts?: Map<Element, string>;
}

/**
 * Every label/value pair under `root`, in page order, whatever the markup: a label is an element (or a text) whose text
 * is a known label (or, given `labelDresses`, a label-like text dressed as the known labels are), and its value is what
 * follows it in the same row: the next block element (td, dd, div…), or else the run of text and inline elements up to
 * the next label or block. th/td, dt/dd, span/span, div/div, "label：value" in one element and a bold label followed
 * by text are all this one rule. A value is never taken from another row; a label whose row holds content only before
 * it is an orphan; one with nothing after it is empty. Labels the user cannot see are skipped with their value.
 */
export function collectPairs(root: Element, options: PairOptions = {}): { pairs: RawPair[]; labelNodes: Element[]; dresses: Set<string> } {
  const pairs: RawPair[] = [];
  const labelNodes: Element[] = [];
  const dresses = new Set<string>();
  const custom = options.labelDresses;
  const texts = options.texts ?? new Map<Element, string>();
  const shownText = (p: Piece): string => {
    if (!p.el) return collapseSpaces(p.text);
    let t = texts.get(p.el);
    if (t === undefined) texts.set(p.el, (t = textOf(p.el)));
    return t;
  };

  /**
   * The label a piece is. `knownOnly` when asking whether a piece ends the value before it: a value dressed like the
   * labels ("<span>姓名</span><span>陈某</span>") must not be taken for a label the model does not know.
   */
  const labelOf = (p: Piece, knownOnly = false): LabelPiece | null => {
    const hit = labelText(p, knownOnly);
    // A link is a menu entry ("学位" in the site's menu), never a label; a label is one cell, not a row of cells.
    if (hit && p.el && (tagOf(p.el) === 'a' || hasImage(p.el) || hasFormControl(p.el) || holdsCells(p.el))) return null;
    return hit;
  };
  const labelText = (p: Piece, knownOnly: boolean): LabelPiece | null => {
    const text = shownText(p);
    if (text === '' || text.length > 60) return null;
    if (isKnownLabel(text)) return { label: text, rest: '' };
    const split = splitLabelColon(text);
    if (p.text !== undefined && split && isKnownLabel(split.label)) return { label: split.label, rest: split.rest };
    if (knownOnly || !custom?.has(dressOf(p))) return null;
    // A text is a label of its own only as "label：…"; an element dressed as the labels may also drop the colon.
    if (p.el && looksLikeLabel(text)) return { label: text, rest: '' };
    if (split && looksLikeLabel(split.label) && (p.text !== undefined || split.rest === '')) return { label: split.label, rest: split.rest };
    return null;
  };

  /** Whether an element holds a label (one the model knows, or one dressed as they are): a row of its own, not a value. */
  const holdsLabel = (el: Element): boolean =>
    piecesOf(el).some((p) => labelOf(p) !== null || (p.el !== undefined && holdsLabel(p.el)));
  /**
   * A block after a label is its value unless it is the next row: a label dressed as this one (dt, dt), or a block
   * holding a label inside (the next div.row after a row with no value cell). A block whose whole text is a label
   * of another dress stays a value, so that "专业 | 学校名称" is refused as a label in a value's place.
   */
  const startsAnotherRow = (label: Piece, next: Piece): boolean =>
    labelOf(next, true) !== null ? dressOf(next) === dressOf(label) : holdsLabel(next.el!);

  const walk = (parent: Element): void => {
    const pieces = piecesOf(parent);
    let free = 0; // first piece not taken by an earlier pair and its value
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const hit = labelOf(piece);
      if (!hit) {
        if (piece.el && tagOf(piece.el) !== 'a') walk(piece.el); // a link's text is a menu entry or a value, never a label
        continue;
      }
      const labelEl = piece.el ?? piece.parent;
      // What follows the label in its row.
      const value: Piece[] = [];
      let j = i + 1;
      let text = hit.rest;
      if (hit.rest === '') {
        while (j < pieces.length && pieces[j]!.text !== undefined && SEPARATOR.test(pieces[j]!.text!)) j++;
        const next = pieces[j];
        if (next && isBlock(next)) {
          if (!startsAnotherRow(piece, next)) value.push(next), j++;
        } else if (next && !labelOf(next, true)) {
          while (j < pieces.length && !isBlock(pieces[j]!) && !labelOf(pieces[j]!, true)) value.push(pieces[j++]!);
        }
      } else {
        while (j < pieces.length && !isBlock(pieces[j]!) && !labelOf(pieces[j]!, true)) value.push(pieces[j++]!);
      }
      text += value.map(pieceText).join('');
      if (hit.rest === '' && value[0]?.text !== undefined) text = text.replace(/^[\s\u00A0\u3000:：]+/, ''); // "<b>证书编号</b>：1900…": the colon is the label's
      const contentBefore = i > free;
      const hasValue = value.length > 0 || hit.rest !== '';
      if (hasValue) free = j; // a label left without a value stays content before the next one
      i = j - 1;
      if (isHidden(labelEl)) continue; // a row the user cannot see is not on the page they read
      const els = value.flatMap((p) => (p.el ? [p.el] : []));
      if (els.some(hasFormControl)) continue; // a label beside an input box is a form, not a value
      labelNodes.push(labelEl);
      if (hasValue) dresses.add(dressOf(piece)); // only a label seen beside its value shows how labels are dressed
      const unsafe = (piece.el !== undefined && isUnsafe(piece.el)) || els.some(isUnsafe);
      const pair: RawPair = { label: hit.label, value: collapseSpaces(text), image: els.some(hasImage), unsafe };
      if (!hasValue && contentBefore && j === pieces.length) pair.orphan = true;
      pairs.push(pair);
    }
  };
  walk(root);
  return { pairs, labelNodes, dresses };
}

/** The smallest element holding all the given ones (the report's block), or null for none. */
export function commonAncestor(els: readonly Element[]): Element | null {
  if (els.length === 0) return null;
  const chain = (e: Element) => {
    const out: Element[] = [];
    for (let x: Element | null = e; x; x = x.parentElement) out.unshift(x);
    return out;
  };
  let common = chain(els[0]!);
  for (const e of els.slice(1)) {
    const c = chain(e);
    let n = 0;
    while (n < common.length && n < c.length && common[n] === c[n]) n++;
    common = common.slice(0, n);
  }
  return common[common.length - 1] ?? null;
}
