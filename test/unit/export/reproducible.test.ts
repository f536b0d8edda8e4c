// One export, one set of bytes: two exports of the same input at the same time give the same PDF and DOCX files,
// however the render threads shared the forms out. (XLSX are not yet: exceljs's zip stamps each entry with the
// time it is written. No onProgress here: the export must not depend on a listener.)
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportCommittee, type CommitteeExportInput } from '../../../forms/export/committee';
import { renderPool } from '../../../forms/export/render-pool';
import { Settings } from '../../../shared/model';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { SAMPLE_RECORDS } from '../../../shared/sample/records';
import { concatBytes } from '../../../shared/bytes';

const INPUT: CommitteeExportInput = {
  applicants: SAMPLE_APPLICANTS,
  records: [...SAMPLE_RECORDS],
  settings: Settings.parse({ checker: '李查验' }),
  meeting: '2026-11-13',
  createdAt: '2026-11-30T08:00:00.000Z',
};

async function exportOnce(): Promise<Uint8Array> {
  const pool = await renderPool({ size: 2, date: new Date(INPUT.createdAt!) });
  try {
    const chunks: Uint8Array[] = [];
    const gen = exportCommittee(INPUT, { render: pool.render, ahead: 16 });
    for (let r = await gen.next(); !r.done; r = await gen.next()) chunks.push(r.value);
    return concatBytes(chunks);
  } finally {
    await pool.close();
  }
}

const equal = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((v, i) => v === y[i]);

describe('a committee export', () => {
  it('has the same PDF and DOCX bytes twice', async () => {
    const first = await exportOnce();
    const second = await exportOnce();
    const a = unzipSync(first);
    const b = unzipSync(second);
    const docx = Object.keys(a).filter((p) => p.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(SAMPLE_APPLICANTS.length * 2);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    const forms = Object.keys(a).filter((p) => /\.(pdf|docx)$/.test(p));
    expect(forms.length).toBeGreaterThan(SAMPLE_APPLICANTS.length * 4);
    expect(forms.filter((p) => !equal(a[p]!, b[p]!))).toEqual([]);
  }, 300_000);
});
