// The settings form: the office's own values for the forms and added holiday years, kept in the store and backups.
import { useMemo, useState } from 'preact/hooks';
import type { Settings } from '../model';
import { libraryYears, parseYearSchedule } from '../rules/workdays';

/** The office's own values for the forms; every one may stay blank (the forms then print the default said here). */
const FIELDS = [
  { key: 'unitName', label: '查验单位', hint: '留空则每张查验结果单写申报人的工作单位', max: 200 },
  { key: 'checker', label: '查验人', hint: '', max: 50 },
  { key: 'committee', label: '评审委员会名称', hint: '公示名单和统计表使用；留空则按名单中各人的评审委员会', max: 100 },
  { key: 'publicityContact', label: '公示期间异议联系方式', hint: '电话、地址，印在公示名单上', max: 200 },
] as const;

export type EditableSettings = Pick<Settings, (typeof FIELDS)[number]['key'] | 'publicityDays' | 'extraHolidayYears'>;

/** Settings kept in this machine's store and in every backup. */
export function SettingsForm(props: { settings: Settings; busy: boolean; onSave: (s: EditableSettings) => void }) {
  const [draft, setDraft] = useState<EditableSettings>({
    unitName: props.settings.unitName,
    checker: props.settings.checker,
    committee: props.settings.committee,
    publicityContact: props.settings.publicityContact,
    publicityDays: props.settings.publicityDays,
    extraHolidayYears: props.settings.extraHolidayYears,
  });
  // A year's holidays and 调休 working days, pasted from the State Council's notice, checked before saving.
  const [year, setYear] = useState('');
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  const known = useMemo(() => libraryYears(), []);
  const schedule = useMemo(() => {
    if (!year && !holidays && !workdays) return null;
    try {
      return { ok: parseYearSchedule(year, holidays, workdays) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [year, holidays, workdays]);
  const added = Object.keys(draft.extraHolidayYears).sort();
  return (
    <form
      class="settings"
      onSubmit={(e) => {
        e.preventDefault();
        if (schedule && 'error' in schedule) return;
        props.onSave(schedule?.ok ? { ...draft, extraHolidayYears: { ...draft.extraHolidayYears, [year]: schedule.ok } } : draft);
      }}
    >
      {FIELDS.map((f) => (
        <label key={f.key}>
          {f.label}
          <input
            type="text"
            value={draft[f.key]}
            maxLength={f.max}
            onInput={(e) => setDraft({ ...draft, [f.key]: (e.target as HTMLInputElement).value })}
          />
          {f.hint && <small class="muted">{f.hint}</small>}
        </label>
      ))}
      <label>
        公示期（工作日，不少于5个）
        <input
          type="number"
          min={5}
          max={30}
          value={draft.publicityDays}
          onInput={(e) => setDraft({ ...draft, publicityDays: Number((e.target as HTMLInputElement).value) })}
        />
      </label>
      <fieldset>
        <legend>节假日安排（已收录{known.first}—{known.last}年{added.length ? `；本机已添加${added.join('、')}年` : ''}）</legend>
        <small class="muted">新年度的国务院办公厅放假通知发布后，在此添加该年度的放假日期和调休上班日期，工作时限即按此计算。</small>
        <label>
          年度
          <input type="text" inputMode="numeric" maxLength={4} value={year} onInput={(e) => setYear((e.target as HTMLInputElement).value.trim())} />
        </label>
        <label>
          放假日期（每行一个，或用逗号、顿号分开）
          <textarea rows={3} value={holidays} onInput={(e) => setHolidays((e.target as HTMLTextAreaElement).value)} />
        </label>
        <label>
          调休上班日期（周末上班的日子）
          <textarea rows={2} value={workdays} onInput={(e) => setWorkdays((e.target as HTMLTextAreaElement).value)} />
        </label>
        {schedule && 'error' in schedule && (
          <p class="tone-bad" role="alert">
            {schedule.error}
          </p>
        )}
        {schedule?.ok && (
          <p class="muted" role="status">
            {year}年：放假{schedule.ok.holidays.length}天，调休上班{schedule.ok.workdays.length}天，保存后生效。
          </p>
        )}
      </fieldset>
      <button type="submit" class="primary small" disabled={props.busy || (schedule !== null && 'error' in schedule)}>
        保存设置
      </button>
    </form>
  );
}
