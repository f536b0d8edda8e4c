import { describe, expect, it } from 'vitest';
import { APPLICANT_FIELDS, XUELI_FIELDS, XUEWEI_FIELDS } from '../../../shared/model';
import { APPLICANT_COLUMNS, GROUP_KEYS, HEADER_INDEX, headerKey, rosterColumns } from '../../../shared/roster/columns';

describe('roster columns', () => {
  it('carry every applicant field but the id and the lists, labelled as in the model', () => {
    const lists = ['credentials', 'study', 'work', 'training', 'achievements', 'papers', 'awards'];
    const expected = Object.keys(APPLICANT_FIELDS).filter((k) => k !== 'id' && !lists.includes(k));
    expect(APPLICANT_COLUMNS.map((c) => c.key)).toEqual(expected);
    for (const c of APPLICANT_COLUMNS) expect(c.header).toBe(APPLICANT_FIELDS[c.key as keyof typeof APPLICANT_FIELDS].label);
  });

  it('carry every credential field but id and kind (and a degree’s 入学日期)', () => {
    const skip = ['id', 'kind'];
    expect([...GROUP_KEYS.xueli].sort()).toEqual(Object.keys(XUELI_FIELDS).filter((k) => !skip.includes(k)).sort());
    expect([...GROUP_KEYS.xuewei].sort()).toEqual(Object.keys(XUEWEI_FIELDS).filter((k) => ![...skip, 'enrolDate'].includes(k)).sort());
  });

  it('have unique headers made of group name and model label', () => {
    const cols = rosterColumns({ xueli: 3, xuewei: 2 });
    const headers = cols.map((c) => c.header);
    expect(new Set(headers.map(headerKey)).size).toBe(headers.length);
    expect(headers).toContain(`学历·${XUELI_FIELDS.certNo.label}`);
    expect(headers).toContain(`学位·${XUEWEI_FIELDS.school.label}`);
    expect(headers).toContain(`第一学历·${XUELI_FIELDS.gradDate.label}`);
    expect(headers).toContain(`学历3·${XUELI_FIELDS.level.label}`);
  });

  it('accept a bare label only where one column has it', () => {
    expect(HEADER_INDEX.get(headerKey('层次'))?.header).toBe('学历·层次');
    expect(HEADER_INDEX.get(headerKey('学位授予单位'))?.header).toBe('学位·学位授予单位');
    expect(HEADER_INDEX.get(headerKey('证书编号'))).toBeUndefined();
    expect(HEADER_INDEX.get(headerKey('专业'))).toBeUndefined();
    expect(HEADER_INDEX.get(headerKey('最高学历·专业'))?.header).toBe('学历·专业');
  });
});
