import { useState } from 'preact/hooks';
import type { Settings } from '../../shared/model';

/** The office's own values for the forms; every one may stay blank (the forms then print the default said here). */
const FIELDS = [
  { key: 'unitName', label: '查验单位', hint: '留空则每张查验结果单写申报人的工作单位', max: 200 },
  { key: 'checker', label: '查验人', hint: '', max: 50 },
  { key: 'committee', label: '评审委员会名称', hint: '公示名单和统计表使用；留空则按名单中各人的评审委员会', max: 100 },
  { key: 'publicityContact', label: '公示期间异议联系方式', hint: '电话、地址，印在公示名单上', max: 200 },
] as const;

type Editable = Pick<Settings, (typeof FIELDS)[number]['key'] | 'publicityDays'>;

/** Settings kept in this machine's store and in every backup. */
export function SettingsForm(props: { settings: Settings; busy: boolean; onSave: (s: Editable) => void }) {
  const [draft, setDraft] = useState<Editable>({
    unitName: props.settings.unitName,
    checker: props.settings.checker,
    committee: props.settings.committee,
    publicityContact: props.settings.publicityContact,
    publicityDays: props.settings.publicityDays,
  });
  return (
    <form
      class="settings"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(draft);
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
      <button type="submit" class="primary small" disabled={props.busy}>
        保存设置
      </button>
    </form>
  );
}
