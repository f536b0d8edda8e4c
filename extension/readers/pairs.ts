import { REPORT_FIELDS } from '../../shared/model';
import { forEachReadableText, hasFormControl, hasImage, isLeafish, isUnsafe, tagOf, textOf } from './dom';
import { isKnownLabel } from './labels';

/** A label and the value beside it, as texts. Which field the label names is decided later (fields.ts). */
export interface RawPair {
  label: string;
  value: string;
  /** The value cell holds an image (layout 1 draws 姓名 and 毕(结)业 as `img.by_img`). */
  image: boolean;
  /** Script-like or hidden content in the label or the value: textContent is not what the user sees. */
  unsafe: boolean;
  /** A label with no value beside it (`th` without its `td`, `.label` without its `.value`): broken structure. */
  orphan?: true;
}

/**
 * Every label/value pair under `root`, in the three layouts of the report page and the tables of the query results
 * and the legacy degree site: `th`→`td` (and `td` label→`td`), `.label`→`.value`, and rows of two `div`s. A value is
 * only ever the element beside its label; an input box beside a label is a form, not a value.
 */
export function collectPairs(root: Element): RawPair[] {
  const pairs: RawPair[] = [];
  const seen = new Set<Element>();
  const add = (label: Element, value: Element) => {
    if (seen.has(label)) return;
    seen.add(label);
    if (hasFormControl(value)) return;
    pairs.push({ label: textOf(label), value: textOf(value), image: hasImage(value), unsafe: isUnsafe(label) || isUnsafe(value) });
  };
  const orphan = (label: Element) => {
    if (!seen.has(label)) pairs.push({ label: textOf(label), value: '', image: false, unsafe: false, orphan: true });
  };

  for (const tr of root.querySelectorAll('tr')) {
    const cells = [...tr.children].filter((c) => tagOf(c) === 'th' || tagOf(c) === 'td');
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const next = cells[i + 1];
      if (!next || tagOf(next) !== 'td') {
        if (tagOf(cell) === 'th') orphan(cell);
        continue;
      }
      if (tagOf(cell) === 'th' || isKnownLabel(textOf(cell))) {
        add(cell, next);
        i++; // the value cell is never a label
      }
    }
  }

  for (const label of root.querySelectorAll('.label')) {
    const value = label.nextElementSibling;
    if (value?.classList.contains('value')) add(label, value);
    else orphan(label);
  }

  for (const row of root.querySelectorAll('div')) {
    const kids = [...row.children];
    if (kids.length < 2 || kids.length % 2 !== 0) continue;
    if (!kids.every((k) => tagOf(k) === 'div' && isLeafish(k))) continue;
    for (let i = 0; i < kids.length; i += 2) add(kids[i]!, kids[i + 1]!);
  }

  pairs.push(...inlinePairs(root));
  return pairs;
}

/** Fields printed as one text "label：value" (the update date: `span.zbrq-title`, `.update-time`). */
const INLINE_LABELS = REPORT_FIELDS.updatedAt.aliases;
const INLINE_HINT = new RegExp(INLINE_LABELS.join('|'));
const INLINE = new RegExp(`^(${INLINE_LABELS.join('|')})\\s*[:：]\\s*(\\S.*)$`);
const MAX_INLINE_CHARS = 100;

/** The element holding a text node with the label, when its whole text is "label：value" (innermost by construction). */
function inlinePairs(root: Element): RawPair[] {
  const holders = new Set<Element>();
  forEachReadableText(root, (t) => {
    if (t.parentElement && INLINE_HINT.test(t.data)) holders.add(t.parentElement);
  });
  const out: RawPair[] = [];
  for (const el of holders) {
    if (!isLeafish(el)) continue;
    const text = textOf(el);
    const m = text.length <= MAX_INLINE_CHARS ? INLINE.exec(text) : null;
    if (m) out.push({ label: m[1]!, value: m[2]!, image: false, unsafe: isUnsafe(el) });
  }
  return out;
}
