import { describe, expect, it } from 'vitest';
import { passRate, seniorCapExceeded, statistics, titleWay } from '../../../shared/rules';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../../shared/sample/applicants';

describe('pass-rate cap (50 % for 正高级/副高级, a flag)', () => {
  it('applies only to senior levels and only above 50 %', () => {
    expect(seniorCapExceeded('副高级', 2, 3)).toBe(true);
    expect(seniorCapExceeded('正高级', 3, 4)).toBe(true);
    expect(seniorCapExceeded('正高级', 1, 2)).toBe(false);
    expect(seniorCapExceeded('中级', 3, 3)).toBe(false);
    expect(seniorCapExceeded('初级', 1, 1)).toBe(false);
    expect(seniorCapExceeded('副高级', 0, 0)).toBe(false);
  });

  it('passRate is null when nobody took part', () => {
    expect(passRate({ passed: 0, participated: 0 })).toBeNull();
    expect(passRate({ passed: 1, participated: 4 })).toBe(0.25);
  });
});

describe('statistics', () => {
  const rows = statistics(SAMPLE_APPLICANTS);
  const row = (series: string, level: string) => rows.find((r) => r.series === series && r.level === level);

  it('counts 申报, 参评 (not absent), 通过 per series and level', () => {
    expect(row('卫生', '副高级')).toEqual({ series: '卫生', level: '副高级', declared: 3, participated: 3, passed: 2, failed: 1, passRate: 2 / 3, overCap: true });
    expect(row('教育', '中级')).toMatchObject({ declared: 2, participated: 1, passed: 1, failed: 0, passRate: 1, overCap: false });
    expect(row('工程', '正高级')).toMatchObject({ declared: 2, participated: 2, passed: 1, failed: 1, passRate: 0.5, overCap: false });
  });

  it('flags exactly the sample group over the cap', () => {
    expect(rows.filter((r) => r.overCap).map((r) => `${r.series}${r.level}`)).toEqual(['卫生副高级']);
  });

  it('covers every 评审 applicant once (考试 and 认定 are not the committee\'s), series in first-seen order, levels from 正高级 down', () => {
    expect(rows.reduce((n, r) => n + r.declared, 0)).toBe(SAMPLE_APPLICANTS.filter((a) => titleWay(a) === '评审').length);
    expect(rows.reduce((n, r) => n + r.declared, 0)).toBe(15);
    expect(rows.slice(0, 3).map((r) => r.level)).toEqual(['正高级', '副高级', '中级']);
    expect(rows[0]!.series).toBe(SAMPLE_APPLICANTS[0]!.series);
  });

  it('counts as 通过 only what the 公示名单 lists: a 通过 its vote contradicts is not one', () => {
    const a03 = sampleApplicant('a03');
    expect(statistics([a03])[0]).toMatchObject({ participated: 1, passed: 1 });
    const contradicted = { ...a03, votesFor: '13', votesAgainst: '7', abstentions: '1' };
    expect(statistics([contradicted])[0]).toMatchObject({ participated: 1, passed: 0, failed: 0 });
  });

  it('counts pending as taking part and handles an empty roster', () => {
    const a = { ...sampleApplicant('a10'), result: 'pending' as const };
    expect(statistics([a])[0]).toMatchObject({ declared: 1, participated: 1, passed: 0, passRate: 0 });
    expect(statistics([])).toEqual([]);
  });
});
