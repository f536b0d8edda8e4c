import { describe, expect, it } from 'vitest';
import { credentialLevel, type Applicant } from '../../../shared/model';
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

  it('follows the certificate number whatever its spacing, before the column group', async () => {
    const plain = sampleApplicant('a05');
    const spaced = (no: string) => no.replace(/(\d{4})(?=\d)/g, '$1 ');
    const xueli = plain.credentials.filter((c) => c.kind === 'xueli');
    const highest = xueli.find((c) => credentialLevel(c) === '硕士研究生')!;
    const lower = xueli.filter((c) => c !== highest);
    // Stored: only the lower diplomas, numbers as CHSI prints them (groups of four). The roster adds the highest one,
    // which takes column group 1: the stored ones must keep their ids by number, the new one get a new id.
    const stored: Applicant = {
      ...plain,
      credentials: plain.credentials.filter((c) => c !== highest).map((c) => ({ ...c, certNo: spaced(c.certNo) })),
    };
    const [merged] = mergeRoster([stored], await reimport([plain]));
    for (const c of lower) expect(merged!.credentials.find((m) => m.certNo === c.certNo)?.id).toBe(c.id);
    const added = merged!.credentials.find((m) => m.certNo === highest.certNo)!;
    expect(stored.credentials.map((c) => c.id)).not.toContain(added.id);
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
