// Every form rendered to PDF and checked with poppler: only embedded fonts, no font warnings without system fonts,
// every value given back exactly (䶮 and 𠮷 included), every word inside the margins and each value inside its cell.
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { APPLICANT_FIELDS, WORK_FIELDS } from '../../shared/model';
import { FORMS, type FormId } from '../../forms/definitions/index';
import { renderPdfWithLayout, type DocumentLayout } from '../../forms/render/index';
import { mmToPt } from '../../forms/document/model';
import { publicityApplicants } from '../../forms/definitions/committee';
import { reverifyUrl } from '../../forms/definitions/verification';
import { route } from '../../shared/rules';
import { SAMPLE_RECORDS } from '../../shared/sample/records';
import { SAMPLE_APPLICANTS, SETTINGS, recordFor, sampleApplicant } from './helpers';
import { expectEngineFonts, inkIn, pdffonts, pdftext, pdfwords, renderGrey, savePdf, squash, type Word } from './poppler';

interface Case {
  name: string;
  form: FormId;
  data: unknown;
  /** Strings that must come back from the PDF's text exactly. */
  expect: string[];
}

const withRecords = (id: string) => {
  const a = sampleApplicant(id);
  // A record for each credential the sites can verify; the others stay with the archive.
  return { applicant: a, settings: SETTINGS, records: a.credentials.filter((c) => route(c).route !== 'archive-review').map((c) => recordFor(a, c)) };
};
const sheet = (id: string, i: number, record = true, mismatch = false) => {
  const a = sampleApplicant(id);
  const c = a.credentials[i]!;
  return { applicant: a, credential: c, settings: SETTINGS, ...(record ? { record: recordFor(a, c, { mismatch }) } : {}) };
};
// The office serves every sample committee here (no committee name filters the 公示).
const committee = { applicants: SAMPLE_APPLICANTS, records: SAMPLE_RECORDS, settings: { ...SETTINGS, committee: '' }, meeting: { date: '2026-10-20', publicityFrom: '2026-10-22' } };
const passedNames = publicityApplicants(committee).map((a) => a.name);

const a03 = sampleApplicant('a03');
const a04 = sampleApplicant('a04');
const a05 = sampleApplicant('a05');
const CASES: Case[] = [
  { name: 'evaluation 𠮷', form: 'evaluation', data: withRecords('a04'), expect: [a04.name, a04.idNumber, a04.employer, ...a04.credentials.map((c) => c.certNo)] },
  { name: 'evaluation 䶮', form: 'evaluation', data: withRecords('a03'), expect: [a03.name, a03.idNumber] },
  { name: 'evaluation long history', form: 'evaluation', data: withRecords('a05'), expect: [a05.name, ...a05.work.map((w) => w.employer), ...a05.achievements.map((x) => x.text)] },
  {
    name: 'verification 𠮷 学历',
    form: 'verification',
    data: sheet('a04', 0),
    expect: [a04.name, ...Object.values(recordFor(a04, a04.credentials[0]!).fields).map((f) => f.raw), recordFor(a04, a04.credentials[0]!).sha256, recordFor(a04, a04.credentials[0]!).url],
  },
  { name: 'verification 䶮 学位, mismatch', form: 'verification', data: sheet('a03', 1, true, true), expect: [a03.name, '专业不一致'] },
  { name: 'verification without a record', form: 'verification', data: sheet('a05', 0, false), expect: [a05.name, a05.credentials[0]!.certNo, '尚未在线查验'] },
  { name: 'archive-review', form: 'archive-review', data: withRecords('a01'), expect: [sampleApplicant('a01').name, '2002届以前'] },
  { name: 'commitment-personal 𠮷', form: 'commitment-personal', data: withRecords('a04'), expect: [a04.name, a04.idNumber, '一票否决'] },
  { name: 'commitment-unit 䶮', form: 'commitment-unit', data: withRecords('a03'), expect: [a03.name, a03.employer, '一票否决'] },
  { name: 'publicity', form: 'publicity', data: committee, expect: passedNames },
  { name: 'statistics', form: 'statistics', data: committee, expect: ['附件4', '※', '未通过人数'] },
  { name: 'checklist', form: 'checklist', data: committee, expect: ['材料核对清单', ...SAMPLE_APPLICANTS.map((a) => a.name), '不一致（已说明）', '未齐全'] },
  { name: 'exam-registration', form: 'exam-registration', data: withRecords('a16'), expect: [sampleApplicant('a16').name, '会计师（中级）', '学信网在线查验（一致）'] },
  { name: 'graduate-determination', form: 'graduate-determination', data: withRecords('a13'), expect: [sampleApplicant('a13').name, '助理工程师（初级）', '190051202006003312'] },
];

const inside = (w: Word, b: { x0: number; y0: number; x1: number; y1: number }, tol: number) =>
  w.x0 >= b.x0 - tol && w.x1 <= b.x1 + tol && w.y0 >= b.y0 - tol && w.y1 <= b.y1 + tol;
const boxPt = (b: { x: number; y: number; w: number; h: number }) => ({ x0: mmToPt(b.x), y0: mmToPt(b.y), x1: mmToPt(b.x + b.w), y1: mmToPt(b.y + b.h) });

async function render(c: Case): Promise<{ file: string; layout: DocumentLayout }> {
  const r = await renderPdfWithLayout(c.form, c.data as never, { date: new Date('2026-10-12T08:00:00Z') });
  return { file: savePdf(c.name.replace(/\s+/g, '-'), r.bytes), layout: r.layout };
}

describe('every form has a test case', () => {
  it('covers all forms', () => {
    expect(new Set(CASES.map((c) => c.form))).toEqual(new Set(FORMS.map((f) => f.id)));
  });
});

describe.each(CASES)('$name', (c) => {
  it('embeds only its own fonts (CID TrueType subsets, no Type 3) and renders without a font warning', async () => {
    const { file, layout } = await render(c);
    expect(layout.warnings).toEqual([]);
    expectEngineFonts(file);
  });

  it('gives back every value exactly, each inside its cell, and nothing outside the margins', async () => {
    const { file, layout } = await render(c);
    const text = squash(pdftext(file));
    for (const s of c.expect) expect(text).toContain(squash(s));
    const pages = pdfwords(file);
    expect(pages.length).toBe(layout.pages.length);
    const m = layout.margins;
    for (const p of pages) {
      const area = { x0: mmToPt(m.left), y0: mmToPt(m.top), x1: p.width - mmToPt(m.right), y1: p.height - mmToPt(m.bottom) };
      for (const w of p.words) expect(inside(w, area, 0.5), `“${w.text}” on page ${w.page + 1} outside the margins`).toBe(true);
    }
    let checked = 0;
    for (const v of layout.values) {
      if (!squash(v.text)) continue;
      const box = boxPt(v.box);
      const words = pages[v.page]!.words.filter((w) => {
        const cx = (w.x0 + w.x1) / 2;
        const cy = (w.y0 + w.y1) / 2;
        return cx > box.x0 && cx < box.x1 && cy > box.y0 && cy < box.y1;
      });
      for (const w of words) expect(inside(w, box, 0.5), `“${w.text}” overflows the box of ${v.bind}`).toBe(true);
      expect(squash(words.map((w) => w.text).join('')), `${v.bind} not found in its box on page ${v.page + 1}`).toContain(squash(v.text));
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('long histories', () => {
  it('continue on new pages with the title and column labels repeated', async () => {
    const { file, layout } = await render(CASES.find((c) => c.name === 'evaluation long history')!);
    const workPages = new Set(layout.values.filter((v) => /^applicant\.work\.\d+\./.test(v.bind)).map((v) => v.page));
    expect(workPages.size).toBeGreaterThanOrEqual(2);
    const pages = pdfwords(file);
    for (const p of workPages) {
      const t = squash(pages[p]!.words.map((w) => w.text).join(''));
      expect(t).toContain(APPLICANT_FIELDS.work.label);
      expect(t).toContain(squash(WORK_FIELDS.employer.label));
      expect(t).toContain(squash(WORK_FIELDS.work.label));
    }
    // Every row is there once, in order.
    const all = squash(pdftext(file));
    let at = 0;
    for (const w of a05.work) {
      const i = all.indexOf(squash(w.employer), at);
      expect(i).toBeGreaterThanOrEqual(0);
      at = i;
    }
  });
});

describe('glyphs', () => {
  it('draws 𠮷 (fallback face) and 䶮 (primary) as real outlines, with no system fonts', async () => {
    for (const c of [CASES[3]!, CASES[4]!]) {
      const { file, layout } = await render(c);
      const name = layout.values.find((v) => v.bind === 'applicant.name')!;
      const ink = inkIn(file, name.page + 1, { x: mmToPt(name.box.x), y: mmToPt(name.box.y), w: mmToPt(name.box.w), h: mmToPt(name.box.h) });
      expect(ink).toBeGreaterThan(0.01);
    }
    expect(pdffonts((await render(CASES[3]!)).file).some((f) => f.name.endsWith('+HanaMinB'))).toBe(true);
  });
});

describe('QR code', () => {
  it('prints a code a reader takes to exactly the report the sheet is about', async () => {
    const c = CASES.find((x) => x.form === 'verification' && (x.data as { record?: unknown }).record)!;
    const url = reverifyUrl((c.data as { record: Parameters<typeof reverifyUrl>[0] }).record);
    expect(url).toMatch(/^https:\/\/www\.chsi\.com\.cn\/xlcx\/bg\.do\?vcode=/);
    const { file } = await render(c);
    // The whole page, as a phone's camera would see it (the reader finds the code among the text).
    const page = renderGrey(file, 1, 150);
    const rgb = new Uint8Array(page.width * page.height * 3);
    page.pixels.forEach((p, i) => rgb.fill(p, i * 3, i * 3 + 3));
    expect(decodeQR({ width: page.width, height: page.height, data: rgb })).toBe(url);
  });
});
