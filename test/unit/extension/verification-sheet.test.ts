// The panel's sheet tells the clerk what the PDF could not print, before it is signed.
import { describe, expect, it } from 'vitest';
import { Settings } from '../../../shared/model';
import { sampleApplicant } from '../../../shared/sample/applicants';
import { verificationSheet } from '../../../extension/panel/verification-sheet';

describe('the panel’s verification sheet', () => {
  const settings = Settings.parse({});
  const applicant = sampleApplicant('a02');
  const credential = applicant.credentials[0]!;

  it('has no warnings when every character has a font', async () => {
    const sheet = await verificationSheet({ applicant, credential, records: [], settings });
    expect(sheet.fileName).toMatch(new RegExp(`^${applicant.name}-.+\\.pdf$`));
    expect(sheet.warnings).toEqual([]);
  });

  it('names a character printed as 〓 (𰻝, CJK Extension G: no face has it)', async () => {
    const odd = { ...applicant, name: `${applicant.name.slice(0, 1)}𰻝` };
    const sheet = await verificationSheet({ applicant: odd, credential, records: [], settings });
    expect(sheet.warnings).toEqual([expect.stringMatching(/^字符“𰻝”（U\+30EDD）.*已印为〓/)]);
  });
});
