import { normaliseDate, squash } from '../../shared/text/normalize';
import { isHidden, readableMatches, tagOf, textOf } from './dom';
import type { RawPair } from './pairs';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const GENDERS = new Set(['男', '女']);
/** A person's name as the sites print it: Han characters (any extension), middle dots, Latin letters and spaces. */
const NAME = /^[\p{Script=Han}·•A-Za-z ]{1,30}$/u;

/**
 * The 2022 mobile 备案表 prints the holder's name without a label: as the text of the first heading in the report's
 * card, with the 性别 in a `span` inside that heading and the birth date in a `p` right below it. That heading is
 * the only place the page names its holder, so it is taken, and only in that exact shape (a heading holding a name
 * and a span saying 男 or 女): a section heading ("学历信息") has no gender beside it and is never taken.
 * Searched from the report's block outwards, so the card's own header is found before anything else on the page.
 */
export function unlabelledHolder(block: Element, stop: Element): RawPair[] {
  for (let scope: Element | null = block; scope; scope = scope === stop ? null : scope.parentElement) {
    for (const h of readableMatches(scope, HEADINGS)) {
      const gender = [...h.children].find((c) => tagOf(c) === 'span' && GENDERS.has(textOf(c)));
      if (!gender || isHidden(h)) continue;
      const name = [...h.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
      if (!NAME.test(name)) continue;
      const pairs: RawPair[] = [
        { label: '姓名', value: name, image: false, unsafe: false },
        { label: '性别', value: textOf(gender), image: false, unsafe: false },
      ];
      const below = h.nextElementSibling;
      if (below && tagOf(below) === 'p' && normaliseDate(squash(textOf(below))) !== null) {
        pairs.push({ label: '出生日期', value: textOf(below), image: false, unsafe: false });
      }
      return pairs;
    }
  }
  return [];
}
