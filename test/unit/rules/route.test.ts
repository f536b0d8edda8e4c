import { describe, expect, it } from 'vitest';
import type { VerificationRecord } from '../../../shared/model';
import { latestRecord, latestRecords, route, routeFor } from '../../../shared/rules';
import { sampleCredential } from '../../../shared/sample/applicants';

const cred = (id: string) => sampleCredential(id).credential;

describe('routeFor (抚人社发〔2019〕60号 item 6 (3))', () => {
  it.each([
    ['2002-01-01', 'chsi-online'],
    ['2002-07-01', 'chsi-online'],
    ['2025-06-30', 'chsi-online'],
    ['2001-12-31', 'archive-review'],
    ['1999-07-01', 'archive-review'],
  ] as const)('学历 graduated %s → %s', (date, expected) => {
    expect(routeFor('xueli', date).route).toBe(expected);
  });

  it.each([
    ['2008-09-01', 'degree-online'],
    ['2022-08-15', 'degree-online'],
    ['2008-08-31', 'archive-review'],
    ['2007-06-30', 'archive-review'],
  ] as const)('学位 conferred %s → %s', (date, expected) => {
    expect(routeFor('xuewei', date).route).toBe(expected);
  });

  it('quotes the rule in Chinese', () => {
    expect(routeFor('xueli', '2002-07-01').reason).toContain('2002届及以后');
    expect(routeFor('xueli', '2001-07-01').reason).toContain('个人学历、学位信息审查情况材料');
    expect(routeFor('xuewei', '2008-09-01').reason).toContain('2008年9月1日及以后');
    expect(routeFor('xuewei', '2008-09-01').reason).toContain('中国高等教育学位在线验证报告');
    expect(routeFor('xuewei', '2008-08-31').reason).toContain('个人学历、学位信息审查情况材料');
  });

  it('sends foreign credentials to manual review with the 留服中心 reason, whatever the date', () => {
    const r = routeFor('xuewei', '2015-06-30', true);
    expect(r.route).toBe('archive-review');
    expect(r.reason).toContain('留服中心');
  });
});

describe('route(credential)', () => {
  it('routes the sample edge cases', () => {
    expect(route(cred('a01-xl1')).route).toBe('archive-review'); // 1999
    expect(route(cred('a02-xl1')).route).toBe('chsi-online'); // 2002
    expect(route(cred('a07-xl1')).route).toBe('archive-review'); // 2001
    expect(route(cred('a03-xw1')).route).toBe('degree-online'); // 2008-09-01
    expect(route(cred('a05-xw2')).route).toBe('archive-review'); // 2008-08-31
    expect(route(cred('a11-xw1')).route).toBe('archive-review'); // foreign
    expect(route(cred('a11-xw1')).reason).toContain('留服中心');
  });
});


describe('latestRecord', () => {
  const rec = (id: string, capturedAt: string) => ({ id, applicantId: 'a', credentialId: 'c', capturedAt }) as VerificationRecord;
  it('is the newest lookup by instant, whatever the offsets and the order records come in', () => {
    // 09:00+08:00 is 01:00Z: earlier than 02:00Z although its string sorts later.
    const list = [rec('late', '2026-10-12T02:00:00Z'), rec('early', '2026-10-12T09:00:00+08:00')];
    expect(latestRecord(list, 'a', 'c')?.id).toBe('late');
    expect(latestRecord([...list].reverse(), 'a', 'c')?.id).toBe('late');
    expect(latestRecord(list, 'a', 'other')).toBeUndefined();
    expect(latestRecords(list).get('a/c')?.id).toBe('late');
  });
});
