import { describe, expect, it } from 'vitest';
import { mergeRosterAndBackup } from '../../../forms/export/merge';
import { latestRecords } from '../../../shared/rules';
import { Settings, type Applicant, type Backup, type VerificationRecord } from '../../../shared/model';
import { record } from './helpers';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';

const backupOf = (applicants: Applicant[], records: VerificationRecord[]): Backup => ({
  schemaVersion: 1,
  app: 'zhicheng-desk',
  exportedAt: '2026-10-01T08:00:00+08:00',
  applicants,
  records,
  settings: Settings.parse({ unitName: '抚顺市人社局（示例）', committee: '示例评委会' }),
});

/** The same people as a roster import would give them: other applicant and credential ids, numbers spaced. */
const asRoster = (list: Applicant[]): Applicant[] =>
  list.map((a) => ({
    ...a,
    id: `roster-${a.id}`,
    credentials: a.credentials.map((c, i) => ({ ...c, id: `roster-${a.id}-c${i}`, certNo: c.certNo.replace(/(\d{4})/g, '$1 ').trim() })),
  }));

describe('mergeRosterAndBackup', () => {
  const a02 = SAMPLE_APPLICANTS.find((a) => a.id === 'a02')!;
  const a01 = SAMPLE_APPLICANTS.find((a) => a.id === 'a01')!;

  it('re-points records to the roster by ID number and certificate number', () => {
    const rec = record('a02', 'a02-xl1', 'verified', '2026-09-01T10:00:00+08:00');
    const m = mergeRosterAndBackup(asRoster([a02]), backupOf([a02], [rec]));
    expect(m.records).toHaveLength(1);
    expect(m.records[0]).toMatchObject({ applicantId: 'roster-a02', credentialId: 'roster-a02-c0', outcome: 'verified' });
    expect(m.unmatchedRecords).toBe(0);
    expect(m.settings.committee).toBe('示例评委会');
  });

  it('matches credentials without numbers by kind, level, date and school', () => {
    // a01's first diploma and degree (before 2002 / 2008) carry no number.
    const rec = record('a01', 'a01-xw1', 'not-found', '2026-09-01T10:00:00+08:00');
    const m = mergeRosterAndBackup(asRoster([a01]), backupOf([a01], [rec]));
    expect(m.records[0]?.credentialId).toBe('roster-a01-c1');
  });

  it('leaves out and counts records of people or credentials the roster does not have', () => {
    const other = { ...a02, credentials: a02.credentials.slice(0, 1) };
    const recs = [record('a01', 'a01-xl2', 'verified', '2026-09-01T10:00:00+08:00'), record('a02', 'a02-xw1', 'verified', '2026-09-01T10:00:00+08:00')];
    const m = mergeRosterAndBackup(asRoster([other]), backupOf([a01, a02], recs));
    expect(m.records).toEqual([]);
    expect(m.unmatchedRecords).toBe(2);
  });

  it('uses the backup alone, or the roster alone with default settings', () => {
    const rec = record('a02', 'a02-xl1', 'verified', '2026-09-01T10:00:00+08:00');
    expect(mergeRosterAndBackup(null, backupOf([a02], [rec]))).toMatchObject({ applicants: [a02], records: [rec] });
    const alone = mergeRosterAndBackup([a02], null);
    expect(alone.records).toEqual([]);
    expect(alone.settings).toEqual(Settings.parse({}));
  });
});

describe('latestRecords', () => {
  it('keeps the newest record per credential, comparing instants not strings', () => {
    const older = record('a', 'c', 'not-found', '2026-09-01T10:00:00+08:00');
    // 03:00Z is 11:00 in Beijing: newer, though its string sorts first.
    const newer = record('a', 'c', 'verified', '2026-09-01T03:00:00Z');
    const m = latestRecords([older, newer, record('a', 'd', 'expired', '2026-01-01T00:00:00Z')]);
    expect(m.get('a/c')?.outcome).toBe('verified');
    expect(m.get('a/d')?.outcome).toBe('expired');
    expect(m.size).toBe(2);
  });
});
