// Bench data: the sample applicants (shared/sample), cycled to N. Records are made as test/render/helpers makes them.
import { FORMS, jobsFor, type FormId, type FormJob } from '../../forms/definitions/index';
import { idCheckChar, type Applicant } from '../../shared/model';
import { SAMPLE_APPLICANTS, SETTINGS, recordFor } from '../render/helpers';

/** Every document of a form over the sample roster, each verification record present where the credential has a number. */
export function sampleJobs(formId: FormId): FormJob[] {
  const form = FORMS.find((f) => f.id === formId);
  if (!form) throw new Error(`unknown form ${formId}`);
  // Credentials without a certificate number go to archive review in real life, so they have no online record.
  const records = SAMPLE_APPLICANTS.flatMap((a) => a.credentials.filter((c) => c.certNo).map((c) => recordFor(a, c)));
  return jobsFor(form, { applicants: SAMPLE_APPLICANTS, records, settings: SETTINGS });
}

/** `n` jobs, cycling through the sample ones (every sample document is rendered once before any repeats). */
export function cycle<T>(items: readonly T[], n: number): T[] {
  return Array.from({ length: n }, (_, i) => items[i % items.length]!);
}

const CN_DIGITS = '〇一二三四五六七八九';

/**
 * `n` distinct applicants for a roster: sample applicant i % 20, renamed with a Chinese-numeral suffix and given a
 * fresh valid ID number (same region, birth date and gender; the sequence digits change) — the roster refuses
 * duplicate ID numbers.
 */
export function rosterApplicants(n: number): Applicant[] {
  const seen = new Set<string>();
  return Array.from({ length: n }, (_, i) => {
    const a = SAMPLE_APPLICANTS[i % SAMPLE_APPLICANTS.length]!;
    const k = Math.floor(i / SAMPLE_APPLICANTS.length);
    const seq = String((k * 2 + (a.gender === '男' ? 1 : 0)) % 1000).padStart(3, '0'); // odd 17th digit = male
    const first17 = `${a.idNumber.slice(0, 14)}${seq}`;
    const idNumber = first17 + idCheckChar(first17);
    if (seen.has(idNumber)) throw new Error(`bench roster: ID number ${idNumber} repeats; n=${n} is too large`);
    seen.add(idNumber);
    const suffix = [...String(k + 1)].map((d) => CN_DIGITS[Number(d)]).join('');
    return { ...a, id: `${a.id}-${k}`, name: `${a.name}${suffix}`, idNumber };
  });
}
