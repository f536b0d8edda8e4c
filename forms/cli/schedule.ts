// A year's holiday schedule published after this release, given on the command line (`--schedule`): what the
// extension's 设置 holds as settings.extraHolidayYears, for `workdays`, `forms` and `export`.
import { Settings } from '../../shared/model';
import { InvalidDateError, checkExtra, type ExtraYears } from '../../shared/rules';
import { InputError } from './command';
import { readJson } from './input';

const ExtraYearsSchema = Settings.shape.extraHolidayYears.unwrap();

/** What to tell a CLI user whose dates fall in a year the calendar does not know. */
export const SCHEDULE_HINT = '或用 --schedule 指定该年度安排的JSON文件';

/**
 * A JSON file `{"2027": {"holidays": [...], "workdays": [...]}}`, or a backup file whose settings hold one
 * (extraHolidayYears).
 */
export async function readSchedule(file: string): Promise<ExtraYears> {
  const json = await readJson(file, '节假日安排文件');
  const settings = (json as { settings?: { extraHolidayYears?: unknown } } | null)?.settings;
  const parsed = ExtraYearsSchema.safeParse(settings?.extraHolidayYears ?? json);
  if (!parsed.success) {
    throw new InputError(`节假日安排文件“${file}”格式不对：应为 {"2027": {"holidays": ["2027-01-01", …], "workdays": [调休上班日…]}}`);
  }
  return parsed.data;
}

/**
 * `settings` with the `--schedule` file's years added (they win over the same year in the settings), every year's
 * dates checked now: a wrong date found mid-export would end it as an internal error.
 */
export async function withSchedule(settings: Settings, file: unknown): Promise<Settings> {
  const years = { ...settings.extraHolidayYears, ...(typeof file === 'string' ? await readSchedule(file) : {}) };
  for (const [year, schedule] of Object.entries(years)) {
    try {
      checkExtra(year, schedule);
    } catch (e) {
      if (e instanceof InvalidDateError) throw new InputError(`节假日安排（${year}年度）有误：${e.message}`);
      throw e;
    }
  }
  return { ...settings, extraHolidayYears: years };
}
