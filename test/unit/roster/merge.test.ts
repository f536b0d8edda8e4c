import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../../shared/model';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../../shared/sample/applicants';
import { exportRosterXlsx, importRoster, mergeRoster, rosterPart } from '../../../shared/roster';

const reimport = async (list: Applicant[]) => (await importRoster(await exportRosterXlsx(list), 'x.xlsx')).applicants;

describe('mergeRoster', () => {
  it('re-importing an exported roster over the stored sample changes nothing', async () => {
    expect(mergeRoster(SAMPLE_APPLICANTS, await reimport(SAMPLE_APPLICANTS))).toEqual(SAMPLE_APPLICANTS);
  });

  it('takes the roster’s fields, keeps stored ids, histories and credential ids', async () => {
    const stored = sampleApplicant('a05');
    const edited: Applicant = {
      ...stored,
      employer: '新单位（虚构）',
      // the master's diploma number corrected: matched by its group, so its id (and its records) stay
      credentials: stored.credentials.map((c) => (c.id === 'a05-xl2' ? { ...c, certNo: '190021200802009999' } : c)),
    };
    const [merged] = mergeRoster([stored], await reimport([edited]));
    expect(merged!.id).toBe('a05');
    expect(merged!.employer).toBe('新单位（虚构）');
    expect(merged!.work).toEqual(stored.work);
    expect(merged!.achievements).toHaveLength(stored.achievements.length);
    expect(merged!.credentials.map((c) => c.id)).toEqual(stored.credentials.map((c) => c.id));
    expect(merged!.credentials.find((c) => c.id === 'a05-xl2')!.certNo).toBe('190021200802009999');
  });

  it('adds a new credential with a fresh id and never drops a stored one', async () => {
    const stored = { ...sampleApplicant('a13') };
    const degree = { ...sampleApplicant('a03').credentials[1]!, id: 'x' };
    const [merged] = mergeRoster([stored], await reimport([{ ...stored, credentials: [degree] }]));
    expect(merged!.credentials.map((c) => c.id)).toEqual(['a13-xl1', 'a13-xw1']);
    expect(merged!.credentials[1]).toMatchObject({ kind: 'xuewei', certNo: degree.certNo });
  });

  it('passes a new person through as imported', async () => {
    const incoming = await reimport([sampleApplicant('a07')]);
    expect(mergeRoster([sampleApplicant('a01')], incoming)).toEqual([rosterPart(sampleApplicant('a07'))]);
  });
});
