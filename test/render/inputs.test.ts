// What each form is given: the newest lookup of each credential, never an older one listed first.
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
