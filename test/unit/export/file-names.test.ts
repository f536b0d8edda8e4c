import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, applicantFolder, safeName } from '../../../forms/export/file-names';

describe('safeName', () => {
  it('replaces every character Windows forbids and the path separators', () => {
    expect(safeName('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
  });

  it('keeps a markup-looking name as inert text without angle brackets or slashes', () => {
    expect(safeName('<img src=x onerror=alert(1)>')).toBe('_img src=x onerror=alert(1)_');
  });

  it('drops leading dots and trailing dots and spaces', () => {
    expect(safeName('..hidden')).toBe('hidden');
    expect(safeName(' name. . ')).toBe('name');
    expect(safeName('../../etc/passwd')).toBe('_.._etc_passwd');
  });

  it('never returns an empty name', () => {
    expect(safeName('')).toBe('未命名');
    expect(safeName('...')).toBe('未命名');
  });

  it('prefixes names Windows reserves', () => {
    expect(safeName('CON')).toBe('_CON');
    expect(safeName('lpt1.txt')).toBe('_lpt1.txt');
    expect(safeName('CONTRACT')).toBe('CONTRACT');
  });

  it('caps length in code points without splitting a surrogate pair', () => {
    const s = safeName('𠮷'.repeat(100), 10);
    expect(Array.from(s)).toHaveLength(10);
    expect(s).toBe('𠮷'.repeat(10));
  });

  it('holds for any input: no forbidden character, no leading dot, bounded, non-empty', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const s = safeName(raw);
        expect(s.length).toBeGreaterThan(0);
        expect(Array.from(s).length).toBeLessThanOrEqual(MAX_NAME_LENGTH + 1);
        expect(s).not.toMatch(/[\\/:*?"<>|\u0000-\u001F\u007F]/);
        expect(s.startsWith('.')).toBe(false);
        expect(s).not.toMatch(/[. ]$/);
      }),
    );
  });
});

describe('applicantFolder', () => {
  it('numbers, names and tags the folder with the ID number tail', () => {
    expect(applicantFolder(0, 20, '张三', '210402197603143114')).toBe('001-张三-3114');
  });

  it('widens the number for rosters of a thousand or more', () => {
    expect(applicantFolder(41, 1200, '李四', '21040219760314311X')).toBe('0042-李四-311X');
  });

  it('keeps a hostile name from escaping its folder', () => {
    const f = applicantFolder(2, 3, '../../x', '210402197603143114');
    expect(f).toBe('003-_.._x-3114');
    expect(f).not.toContain('/');
  });
});
