// What forms are built from: the newest lookup of each credential, a backup checked as a restore checks it, and values
// the definitions work out (the 公示期).
import { describe, expect, it } from 'vitest';
import { formById, jobsFor, type ApplicantCredentialData, type ApplicantData } from '../../forms/definitions';
import { SCHEMA_VERSION } from '../../shared/model';
import { SETTINGS, recordFor, sampleApplicant } from './helpers';

describe('jobsFor', () => {
  const a = sampleApplicant('a03');
  const c = a.credentials[0]!;
  const older = { ...recordFor(a, c), id: 'old', outcome: 'not-found' as const, capturedAt: '2026-10-12T10:00:00+08:00' };
  const newer = { ...recordFor(a, c), id: 'new', capturedAt: '2026-10-12T03:00:00Z' }; // 11:00 in Beijing
  const source = { applicants: [a], records: [newer, older].reverse(), settings: SETTINGS };

  it('gives an applicant form only the newest record of each credential', () => {
    const [job] = jobsFor(formById('evaluation')!, source);
    expect((job!.data as ApplicantData).records?.map((r) => r.id)).toEqual(['new']);
  });

  it('gives a credential form the newest record of that credential', () => {
    const job = jobsFor(formById('verification')!, source).find((j) => j.credential?.id === c.id);
    expect((job!.data as ApplicantCredentialData).record?.id).toBe('new');
  });
});

describe('sourceFromJson', () => {
  it('checks a backup as a restore does, naming the applicant and field in Chinese', async () => {
    const { sourceFromJson, FormInputError } = await import('../../forms/definitions');
    const a = sampleApplicant('a03');
    const backup = { schemaVersion: SCHEMA_VERSION, app: 'zhicheng-desk', exportedAt: '2026-10-12T09:00:00+08:00', applicants: [{ ...a, idNumber: '123' }], records: [], settings: SETTINGS };
    const err = (() => {
      try {
        sourceFromJson(backup);
      } catch (e) {
        return e;
      }
    })() as Error;
    expect(err).toBeInstanceOf(FormInputError);
    expect(err.message).toContain(`申报人第1个（${a.name}）`);
    expect(err.message).not.toMatch(/applicants\.0/);
  });
});

describe('公示期', () => {
  const periodOf = async (publicityFrom: string) => {
    const { buildDocument } = await import('../../forms/render');
    const doc = buildDocument('publicity', { applicants: [sampleApplicant('a03')], settings: SETTINGS, meeting: { date: '2026-10-20', publicityFrom } });
    return /（(\d{4}年\d+月\d+日至\d{4}年\d+月\d+日)）/.exec(JSON.stringify(doc.body))?.[1];
  };

  it('is five working days counting the first day (人社部令第40号: at least 5)', async () => {
    expect(await periodOf('2026-10-22')).toBe('2026年10月22日至2026年10月28日');
  });

  it('starting on a weekend, is five working days from the next working day', async () => {
    expect(await periodOf('2026-10-24')).toBe('2026年10月24日至2026年10月30日');
  });

  it('takes its length from the setting, and prints blanks when no first day is known', async () => {
    const { buildDocument } = await import('../../forms/render');
    const doc = (settings: typeof SETTINGS, publicityFrom?: string) =>
      JSON.stringify(buildDocument('publicity', { applicants: [sampleApplicant('a03')], settings, meeting: { date: '2026-10-20', ...(publicityFrom ? { publicityFrom } : {}) } }).body);
    expect(doc({ ...SETTINGS, publicityDays: 7 }, '2026-10-22')).toContain('公示期为7个工作日（2026年10月22日至2026年10月30日）');
    expect(doc(SETTINGS)).toContain('公示期为5个工作日（自　　　　年　　月　　日至　　　　年　　月　　日）');
    expect(doc(SETTINGS)).toContain('10个工作日内核实答复');
  });
});
