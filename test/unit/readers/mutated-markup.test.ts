// Property test: every report fixture, its report block rewritten into random markups that keep each label beside its
// value (element kinds, nesting, class names, colons and full-width spaces in labels, wrappers, comments, the residue
// browser extensions leave) must read to the same fields, extras, order and code. Rewrites that break a pairing (a
// value removed, a value moved under another label) must never give a wrong record: a field reads what now stands
// beside its label, or nothing, or the page is not read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageRows, type PageRead, type ReportFieldKey } from '../../../shared/model';
import { isSiteUrl } from '../../../shared/sites';
import { REPORT_TITLES, readPage } from '../../../extension/readers';
import { FIXTURES, fixtureHtml, parsePage } from './fixtures';

const FAITHFUL_RUNS = Number(process.env.MUTATION_RUNS ?? 4000);
const BREAKING_RUNS = Math.ceil(FAITHFUL_RUNS / 3);
/** A budget, not a measure: the rewrites take about 40 s on a busy 2-core machine (figures belong in the bench). */
const PROPERTY_TIMEOUT_MS = 300_000;

interface Row {
  label: string;
  raw: string;
  image: boolean;
}
interface Source {
  file: string;
  url: string;
  title: string | null;
  read: PageRead;
  rows: Row[];
}

/** Each report fixture as read, and its rows (the code among them) to write again in other markups. */
const SOURCES: Source[] = FIXTURES.filter((x) => x.outcome === 'report' && isSiteUrl(x.url)).map((x) => {
  const read = readPage(parsePage(fixtureHtml(x.file)), x.url);
  const rows: Row[] = pageRows(read).map((r) => ({ label: r.label, raw: r.raw, image: r.image }));
  if (read.vcode) rows.push({ label: '在线验证码', raw: read.vcode, image: false });
  const title = x.kind in REPORT_TITLES ? REPORT_TITLES[x.kind as keyof typeof REPORT_TITLES] : null;
  return { file: x.file, url: x.url, title, read, rows };
});

// ---- markups ----------------------------------------------------------------------------------------------------------
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const KINDS = ['th-td', 'td-td', 'dl', 'li-spans', 'divs', 'inline', 'bold', 'bold-outside'] as const;
type Kind = (typeof KINDS)[number];

interface Style {
  kind: Kind;
  /** Class names of label and value elements, one pair per page (a site dresses all its rows alike). */
  labelClass: string;
  valueClass: string;
  rowClass: string;
  /** How a label is printed: colon, spaces between its characters, full-width brackets, blank lines around it. */
  colon: string;
  spacing: string;
  wideParens: boolean;
  blankLines: boolean;
}

/** One row's random dress: wrappers, inline markup in the value, comments, data-* and extension residue. */
interface RowNoise {
  wrappers: number;
  valueWrap: 'none' | 'span' | 'font' | 'div';
  comment: boolean;
  dataAttr: boolean;
  residueAfter: boolean;
}

const cls = (c: string) => (c ? ` class="${c}"` : '');
const data = (on: boolean) => (on ? ' data-v-7c1e2a9f=""' : '');
const IMG = '<img class="by_img" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">';

function labelText(label: string, s: Style): string {
  let t = [...label].join(s.spacing);
  if (s.wideParens) t = t.replace(/\(/g, '（').replace(/\)/g, '）');
  t += s.colon;
  return s.blankLines ? `\n      ${esc(t)}\n    ` : esc(t);
}

function valueHtml(row: { raw: string; image: boolean } | null, noise: RowNoise, block: boolean): string {
  if (row === null) return '';
  let v = row.image ? IMG : esc(row.raw);
  if (noise.valueWrap === 'span') v = `<span>${v}</span>`;
  if (noise.valueWrap === 'font') v = `<font color="#333">${v}</font>`;
  if (noise.valueWrap === 'div' && block) v = `<div class="v-inner"><span>${v}</span></div>`;
  return v;
}

/** A row: label and value (null: the value was removed), in the page's markup. */
function rowHtml(label: string, value: { raw: string; image: boolean } | null, s: Style, n: RowNoise): string {
  const l = labelText(label, s);
  const c = n.comment ? '<!-- row -->' : '';
  const d = data(n.dataAttr);
  const inl = s.kind === 'inline' || s.kind === 'bold' || s.kind === 'bold-outside';
  const v = valueHtml(value, n, !inl);
  const vEl = (tag: string) => (value === null ? '' : `<${tag}${cls(s.valueClass)}${d}>${v}</${tag}>`);
  let html: string;
  switch (s.kind) {
    case 'th-td':
      html = `<table${cls(s.rowClass)}><tr${d}><th${cls(s.labelClass)}>${l}</th>${c}${vEl('td')}</tr></table>`;
      break;
    case 'td-td':
      html = `<table><tr${cls(s.rowClass)}${d}><td${cls(s.labelClass)}>${l}</td>${c}${vEl('td')}</tr></table>`;
      break;
    case 'dl':
      html = `<dl${cls(s.rowClass)}${d}><dt${cls(s.labelClass)}>${l}</dt>${c}${vEl('dd')}</dl>`;
      break;
    case 'li-spans':
      html = `<ul><li${cls(s.rowClass)}${d}><span${cls(s.labelClass)}>${l}</span>${c}${vEl('span')}</li></ul>`;
      break;
    case 'divs':
      html = `<div${cls(s.rowClass)}${d}><div${cls(s.labelClass)}>${l}</div>${c}${vEl('div')}</div>`;
      break;
    case 'inline':
      html = `<p${cls(s.rowClass)}${d}>${esc(label)}：${c}${v}</p>`;
      break;
    case 'bold':
      html = `<p${cls(s.rowClass)}${d}><b${cls(s.labelClass)}>${l}</b>${c}${v}</p>`;
      break;
    case 'bold-outside':
      html = `<p${cls(s.rowClass)}${d}><strong${cls(s.labelClass)}>${esc(label)}</strong>：${c}${v}</p>`;
      break;
  }
  for (let i = 0; i < n.wrappers; i++) html = `<div class="w${i}"${d}>${html}</div>`;
  if (n.residueAfter) html += '<grammarly-desktop-integration data-grammarly-shadow-root="true"></grammarly-desktop-integration>';
  return html;
}

function pageHtml(src: Source, s: Style, rows: string[], titleMode: 'both' | 'heading' | 'tab', residue: boolean): string {
  const tab = src.title && titleMode !== 'heading' ? src.title : '学信网';
  const heading = src.title && titleMode !== 'tab' ? `<h3 class="t">${esc(src.title)}</h3>` : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(tab)}</title></head>${residue ? '<plasmo-csui></plasmo-csui>' : ''}<body data-gr-ext-installed="">
<div class="report">${heading}
${rows.join('\n')}
</div><script src="chrome-extension://abcdefghijklmnopabcdefghijklmnop/content.js"></script></body></html>`;
}

// ---- generators -------------------------------------------------------------------------------------------------------
const className = fc.constantFrom('', 'label', 'value', 'col-left', 'col-right', 'col s4 bolder', 'col s8', 'title1', 'cnt1', 'k', 'v', 'item', 'row collection-item');
const styleArb: fc.Arbitrary<Style> = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    labelClass: className,
    valueClass: className,
    rowClass: className,
    colon: fc.constantFrom('', '：', ':', ' ：'),
    spacing: fc.constantFrom('', '', ' ', '　', '\u3000\u3000'),
    wideParens: fc.boolean(),
    blankLines: fc.boolean(),
  })
  // A label and its value dressed alike is a row of two values to a reader: sites never do it, nor do we.
  .filter((s) => s.labelClass !== s.valueClass || s.kind === 'inline' || s.kind === 'bold-outside');
const noiseArb: fc.Arbitrary<RowNoise> = fc.record({
  wrappers: fc.integer({ min: 0, max: 2 }),
  valueWrap: fc.constantFrom('none', 'none', 'span', 'font', 'div'),
  comment: fc.boolean(),
  dataAttr: fc.boolean(),
  residueAfter: fc.boolean(),
});
const sourceArb = fc.constantFrom(...SOURCES);
const pageArb = fc.record({
  src: sourceArb,
  style: styleArb,
  noise: fc.array(noiseArb, { minLength: 40, maxLength: 40 }),
  titleMode: fc.constantFrom<'both' | 'heading' | 'tab'>('both', 'heading', 'tab'),
  residue: fc.boolean(),
});

type Page = { src: Source; style: Style; noise: RowNoise[]; titleMode: 'both' | 'heading' | 'tab'; residue: boolean };
/** The page with each row's value as given (null: the value removed). */
const build = (p: Page, values: ({ raw: string; image: boolean } | null)[]) =>
  pageHtml(p.src, p.style, p.src.rows.map((r, i) => rowHtml(r.label, values[i]!, p.style, p.noise[i % p.noise.length]!)), p.titleMode, p.residue);

describe('a report rewritten into other markups', () => {
  it('has rows to rewrite in every report fixture', () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(15);
    for (const s of SOURCES) expect(s.rows.length, s.file).toBeGreaterThanOrEqual(5);
  });

  it(`reads the same fields, extras, order and code in ${FAITHFUL_RUNS.toLocaleString('en')} rewrites`, () => {
    fc.assert(
      fc.property(pageArb, (p) => {
        const html = build(p, p.src.rows);
        const r = readPage(parsePage(html), p.src.url);
        expect(r.outcome, `${p.src.file} as ${p.style.kind}: ${r.warnings.join(' ')}`).toBe('report');
        expect(r.kind).toBe(p.src.read.kind);
        expect(r.fields).toEqual(p.src.read.fields);
        expect(r.extra).toEqual(p.src.read.extra);
        expect(r.order).toEqual(p.src.read.order);
        expect(r.vcode).toBe(p.src.read.vcode);
      }),
      { numRuns: FAITHFUL_RUNS },
    );
  }, PROPERTY_TIMEOUT_MS);

  it(`never gives a wrong record when a pairing is broken, in ${BREAKING_RUNS.toLocaleString('en')} rewrites`, () => {
    let reports = 0;
    fc.assert(
      fc.property(pageArb, fc.nat(), fc.nat(), fc.boolean(), (p, a, b, move) => {
        const rows = p.src.rows;
        const from = a % rows.length;
        let to = b % rows.length;
        if (to === from) to = (to + 1) % rows.length;
        // Removed: row `from` keeps its label, loses its value. Moved: its value replaces the value of row `to`.
        const values: ({ raw: string; image: boolean } | null)[] = rows.map((r) => r);
        values[from] = null;
        if (move) values[to] = rows[from]!;
        const r = readPage(parsePage(build(p, values)), p.src.url);
        if (r.outcome !== 'report') {
          expect(r.fields).toEqual({});
          return;
        }
        reports++;
        const original = p.src.read.fields;
        const keyOf = (label: string) => (Object.keys(original) as ReportFieldKey[]).find((k) => original[k]!.label === label);
        const emptied = keyOf(rows[from]!.label);
        const moved = move ? keyOf(rows[to]!.label) : undefined;
        for (const [key, field] of Object.entries(r.fields) as [ReportFieldKey, NonNullable<PageRead['fields'][ReportFieldKey]>][]) {
          if (key === emptied) {
            expect(field, `${key} lost its value`).toMatchObject({ raw: '', image: false });
          } else if (key === moved) {
            const shown = rows[from]!;
            expect(field.raw, `${key} shows the moved value`).toBe(shown.image ? '' : shown.raw);
            expect(field.image).toBe(shown.image);
          } else {
            expect(field, key).toEqual(original[key]);
          }
        }
      }),
      { numRuns: BREAKING_RUNS },
    );
    expect(reports).toBeGreaterThan(BREAKING_RUNS / 10); // the broken pages still read where they can
  }, PROPERTY_TIMEOUT_MS);
});
