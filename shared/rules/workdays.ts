// Working days under the State Council's holiday notices (../shared/rules.md §5), via chinese-days, which lists holidays
// and 调休 make-up working days for the years it knows. For other years it silently answers "Monday–Friday", so every
// year is checked first: the library's years, or a schedule the office added as data (Settings.extraHolidayYears).
import chineseDays from 'chinese-days';
import { isoDate } from '../model';
import { normaliseDate } from '../text/normalize';

/** A year's schedule an office added by hand: YYYY-MM-DD holidays and make-up working days. */
export type ExtraYears = Record<string, { holidays: string[]; workdays: string[] }>;

export class UnknownYearError extends Error {
  override name = 'UnknownYearError';
  /** Whether an office can add the year's schedule (a year of four digits). */
  readonly addable: boolean;
  constructor(readonly year: number) {
    const addable = year >= 1 && year <= 9999;
    super(
      addable
        ? `${year}年度的节假日安排尚未收录，无法计算工作日：可在设置中按国务院办公厅通知添加该年度的放假和调休上班日期`
        : `日期超出可计算的范围（${year}年），无法计算工作日`,
    );
    this.addable = addable;
  }
}

/** A date that is not a real YYYY-MM-DD day (message in Chinese). */
export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
  constructor(readonly input: string) {
    super(`日期“${input}”无效，应为YYYY-MM-DD格式的有效日期`);
  }
}

const knownYears = new Map<number, boolean>();

/** Whether chinese-days has the year's schedule: a year it knows lists at least one weekday holiday. */
export function libraryKnowsYear(year: number): boolean {
  let known = knownYears.get(year);
  if (known === undefined) {
    // Four digits: the library reads "1-01-01" as some other year.
    const y = String(year).padStart(4, '0');
    known = year >= 1 && year <= 9999 && chineseDays.getHolidaysInRange(`${y}-01-01`, `${y}-12-31`, false).length > 0;
    knownYears.set(year, known);
  }
  return known;
}

/** The years the library knows, found from its data (first to last). */
export function libraryYears(): { first: number; last: number } {
  let first = 2004;
  while (libraryKnowsYear(first - 1)) first--;
  while (!libraryKnowsYear(first) && first < 2100) first++;
  let last = first;
  while (libraryKnowsYear(last + 1)) last++;
  return { first, last };
}

function assertDate(d: string): void {
  if (!isoDate.safeParse(d).success) throw new InvalidDateError(d);
}

const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

/** Schedules already checked: addWorkdays asks about every day, the schedule needs checking once. */
const checkedExtra = new WeakSet<ExtraYears[string]>();

/** Throws InvalidDateError (Chinese) for a date of `extra` that is not one, or not of `year`. */
export function checkExtra(year: string, extra: ExtraYears[string]): void {
  if (checkedExtra.has(extra)) return;
  for (const d of [...extra.holidays, ...extra.workdays]) {
    assertDate(d);
    if (!d.startsWith(`${year}-`)) throw new InvalidDateError(`${d}（不属于${year}年度）`);
  }
  checkedExtra.add(extra);
}

/** Whether `date` (YYYY-MM-DD) is a working day. Throws UnknownYearError for a year with no schedule. */
export function isWorkday(date: string, extra?: ExtraYears): boolean {
  assertDate(date);
  const year = date.slice(0, 4);
  // An office's own data wins: it may record a schedule changed after the library was published.
  const own = extra?.[year];
  if (own) {
    checkExtra(year, own);
    if (own.workdays.includes(date)) return true;
    if (own.holidays.includes(date)) return false;
    const w = weekday(date);
    return w !== 0 && w !== 6;
  }
  if (!libraryKnowsYear(Number(year))) throw new UnknownYearError(Number(year));
  return chineseDays.isWorkday(date);
}

function shift(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  // Past 9999 (or before year 1) there is no YYYY-MM-DD, and certainly no schedule.
  const year = t.getUTCFullYear();
  if (year < 1 || year > 9999) throw new UnknownYearError(year);
  return t.toISOString().slice(0, 10);
}

/** The n-th working day after `date` (before it for negative n); n = 0 returns `date` itself. */
export function addWorkdays(date: string, n: number, extra?: ExtraYears): string {
  assertDate(date);
  if (!Number.isInteger(n)) throw new RangeError(`addWorkdays: n must be an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let d = date;
  for (let left = Math.abs(n); left > 0; ) {
    d = shift(d, step);
    if (isWorkday(d, extra)) left--;
  }
  return d;
}

/**
 * Working days from `from` to `to`: those after `from` up to and including `to`; negative when `to` is earlier
 * (then those from `to` up to but not including `from`). So countWorkdays(d, addWorkdays(d, n)) === n.
 */
export function countWorkdays(from: string, to: string, extra?: ExtraYears): number {
  assertDate(from);
  assertDate(to);
  if (to === from) return 0;
  const forward = to > from;
  let count = 0;
  let d = forward ? from : to;
  const end = forward ? to : from;
  if (!forward && isWorkday(d, extra)) count++;
  for (;;) {
    d = shift(d, 1);
    if (d === end) {
      if (forward && isWorkday(d, extra)) count++;
      break;
    }
    if (isWorkday(d, extra)) count++;
  }
  return forward ? count : -count;
}

/**
 * A year's schedule as an office pastes it from the State Council's notice: dates separated by spaces, commas, 、 or new
 * lines, each written as 2027-01-01, 2027/1/1 or 2027年1月1日. Throws InvalidDateError (Chinese) for a date that is not
 * one, or not of that year.
 */
export function parseYearSchedule(year: string, holidaysText: string, workdaysText: string): ExtraYears[string] {
  if (!/^\d{4}$/.test(year)) throw new InvalidDateError(`${year}（年度应为四位数字）`);
  const dates = (text: string) =>
    text
      .split(/[\s,，、；;]+/)
      .filter(Boolean)
      .map((t) => normaliseDate(t) ?? t);
  const schedule = { holidays: dates(holidaysText), workdays: dates(workdaysText) };
  checkExtra(year, schedule);
  return schedule;
}
