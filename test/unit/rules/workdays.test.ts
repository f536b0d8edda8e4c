import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidDateError,
  UnknownYearError,
  addWorkdays,
  countWorkdays,
  deadlines,
  isWorkday,
  libraryYears,
  type ExtraYears,
} from '../../../shared/rules';

describe('isWorkday on real calendars (chinese-days)', () => {
  it('2019 劳动节 as changed by the second notice: 1–4 May off, Sundays 28 Apr and 5 May worked', () => {
    for (const d of ['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04']) expect(isWorkday(d)).toBe(false);
    expect(isWorkday('2019-04-28')).toBe(true);
    expect(isWorkday('2019-05-05')).toBe(true);
    expect(addWorkdays('2019-04-30', 1)).toBe('2019-05-05');
  });

  it('2020 春节 extended to 2 February: the Friday 31 Jan is off, the make-up Saturday 1 Feb was cancelled', () => {
    expect(isWorkday('2020-01-31')).toBe(false);
    expect(isWorkday('2020-02-01')).toBe(false);
    expect(isWorkday('2020-02-03')).toBe(true);
    expect(addWorkdays('2020-01-23', 1)).toBe('2020-02-03');
  });

  it('2025: 除夕 (28 Jan) and 2 May are statutory holidays; the make-up Sunday and Saturday are worked', () => {
    expect(isWorkday('2025-01-28')).toBe(false);
    expect(isWorkday('2025-05-02')).toBe(false);
    expect(isWorkday('2025-01-26')).toBe(true); // Sunday
    expect(isWorkday('2025-02-08')).toBe(true); // Saturday
    expect(isWorkday('2025-04-27')).toBe(true); // Sunday
  });

  it('a 调休 Saturday is a working day, an ordinary Saturday is not', () => {
    expect(isWorkday('2026-10-10')).toBe(true);
    expect(isWorkday('2026-10-17')).toBe(false);
  });
});

describe('addWorkdays / countWorkdays', () => {
  it('crosses National Day 2026 both ways', () => {
    expect(addWorkdays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkdays('2026-10-12', -5)).toBe('2026-09-29');
    expect(addWorkdays('2026-10-08', -1)).toBe('2026-09-30');
    expect(countWorkdays('2026-09-30', '2026-10-08')).toBe(1);
  });

  it('n = 0 returns the date itself, even on a holiday', () => {
    expect(addWorkdays('2026-10-01', 0)).toBe('2026-10-01');
    expect(countWorkdays('2026-10-01', '2026-10-01')).toBe(0);
  });

  it('countWorkdays inverts addWorkdays in both directions (property)', () => {
    const day = fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2025, 11, 1) }).map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -25, max: 25 }), (d, n) => {
        const to = addWorkdays(d, n);
        return countWorkdays(d, to) === n && (n === 0 || isWorkday(to));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses invalid dates with a Chinese message', () => {
    expect(() => addWorkdays('2026-02-30', 1)).toThrow(InvalidDateError);
    expect(() => isWorkday('2026/10/01')).toThrow('YYYY-MM-DD');
  });
});

describe('years the library does not know', () => {
  it('finds the known years from the library data', () => {
    const { first, last } = libraryYears();
    expect(first).toBeLessThanOrEqual(2004);
    expect(last).toBeGreaterThanOrEqual(2026);
    expect(() => isWorkday(`${last + 1}-03-03`)).toThrow(UnknownYearError);
    expect(() => isWorkday(`${first - 1}-03-03`)).toThrow(UnknownYearError);
  });

  it('2027 is an error with the Chinese message, also when a count walks into it', () => {
    expect(() => isWorkday('2027-01-01')).toThrow(UnknownYearError);
    expect(() => isWorkday('2027-01-01')).toThrow('2027年度的节假日安排尚未收录');
    expect(() => addWorkdays('2026-12-30', 5)).toThrow('可在设置中按国务院办公厅通知添加');
    expect(addWorkdays('2026-12-29', 1)).toBe('2026-12-30');
  });

  it('knows no year before 1 or after 9999, and a count running off the calendar\'s end is an unknown year, not a bad date', () => {
    expect(() => isWorkday('0001-01-08')).toThrow('1年度的节假日安排尚未收录');
    const nineThousand: ExtraYears = { '9999': { holidays: [], workdays: [] } };
    expect(addWorkdays('9999-12-30', 1, nineThousand)).toBe('9999-12-31');
    expect(() => addWorkdays('9999-12-31', 1, nineThousand)).toThrow(UnknownYearError);
    expect(() => addWorkdays('9999-12-31', 1, nineThousand)).toThrow('日期超出可计算的范围（10000年），无法计算工作日');
  });

  it('uses a schedule the office added as data', () => {
    const extra: ExtraYears = { '2027': { holidays: ['2027-01-01'], workdays: ['2027-01-09'] } };
    expect(isWorkday('2027-01-01', extra)).toBe(false);
    expect(isWorkday('2027-01-04', extra)).toBe(true);
    expect(isWorkday('2027-01-09', extra)).toBe(true); // a Saturday named as make-up day
    expect(isWorkday('2027-01-10', extra)).toBe(false);
    expect(addWorkdays('2026-12-31', 1, extra)).toBe('2027-01-04');
  });

  it('refuses added dates that are invalid or of another year', () => {
    expect(() => isWorkday('2027-01-04', { '2027': { holidays: ['2027-13-01'], workdays: [] } })).toThrow(InvalidDateError);
    expect(() => isWorkday('2027-01-04', { '2027': { holidays: ['2028-01-01'], workdays: [] } })).toThrow('不属于2027年度');
  });
});

describe('deadlines', () => {
  it('lists the notice deadlines around a meeting on 12 October 2026', () => {
    const d = Object.fromEntries(deadlines('2026-10-12').map((x) => [x.key, x.date]));
    expect(d).toEqual({
      request: '2026-09-29',
      passedList: '2026-10-15',
      objections: '2026-10-26',
      filing: '2026-11-09',
      higherDocuments: '2026-09-30',
      evaluationsDone: '2026-11-30',
    });
    for (const x of deadlines('2026-10-12')) {
      expect(x.label).toMatch(/[\u4e00-\u9fff]/);
      expect(x.rule).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('leaves a deadline in a year the calendar does not know 待补充, with why, and still counts the others', () => {
    const list = deadlines('2026-12-10');
    const filing = list.find((d) => d.key === 'filing')!;
    expect(filing).toMatchObject({ date: '', pending: expect.stringContaining('2027年度的节假日安排尚未收录') });
    expect(list.find((d) => d.key === 'passedList')).toMatchObject({ date: '2026-12-15' });
    expect(list.find((d) => d.key === 'passedList')!.pending).toBeUndefined();
    // Once the office adds the year's schedule, the date is there.
    const known = deadlines('2026-12-10', { '2027': { holidays: ['2027-01-01'], workdays: [] } }).find((d) => d.key === 'filing')!;
    expect(known.date).toMatch(/^2027-01-\d\d$/);
    expect(known.pending).toBeUndefined();
  });
});
