// A year's holiday schedule published after this release, given on the command line (`--schedule`): what the
// extension's 设置 holds as settings.extraHolidayYears, for `workdays`, `forms` and `export`.
import { Settings } from '../../shared/model';
import type { ExtraYears } from '../../shared/rules';
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

/** `settings` with the `--schedule` file's years added (they win over the same year in the settings). */
export async function withSchedule(settings: Settings, file: unknown): Promise<Settings> {
  if (typeof file !== 'string') return settings;
  return { ...settings, extraHolidayYears: { ...settings.extraHolidayYears, ...(await readSchedule(file)) } };
}
