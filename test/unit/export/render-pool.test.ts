// The CLI's render threads: same bytes as in-process, and a thread that is gone fails its work instead of hanging.
import { describe, expect, it } from 'vitest';
import { renderPool } from '../../../forms/export/render-pool';
import { SETTINGS, sampleApplicant } from '../../render/helpers';

describe('renderPool', () => {
  it('renders on a thread, and after the threads exit a render is refused at once', async () => {
    const pool = await renderPool({ size: 1, date: new Date('2026-10-12T00:00:00Z') });
    const data = { applicant: sampleApplicant('a03'), settings: SETTINGS, records: [] };
    const [pdf, docx] = await pool.render('commitment-personal', data, ['pdf', 'docx']);
    expect(new TextDecoder().decode(pdf!.subarray(0, 5))).toBe('%PDF-');
    expect(new TextDecoder().decode(docx!.subarray(0, 2))).toBe('PK');
    await pool.close();
    await expect(pool.render('commitment-personal', data, ['pdf'])).rejects.toThrow('no render thread left');
  });
});
