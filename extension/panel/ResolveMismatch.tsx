import { useState } from 'preact/hooks';
import type { CorrectableField, CredentialState } from '../../shared/rules';
import { useAutoFocus } from './auto-focus';

export type Decision = { action: 'explained' | 'archive-review'; note: string } | null;

/** A mismatched field the roster can be corrected for, with what the page showed. */
export type MismatchedField = CorrectableField & { actual: string | null };

const PROMPTS = {
  explained: { button: '写说明…', label: '不一致的说明（打印在查验结果单上，如：专业名称含培养方向）', save: '保存说明' },
  'archive-review': { button: '改走档案审查…', label: '改走档案审查的原因（打印在审查情况材料上）', save: '确认改走档案审查' },
} as const;

type Open = { kind: keyof typeof PROMPTS } | { kind: 'correct'; field: MismatchedField } | null;

/**
 * Where a mismatch is shown, the clerk decides: the roster was wrong (corrected here, per field), look again, a
 * written 说明, or archive review with its reason; a decision can be taken back. What the credential's state becomes
 * is the domain's to say, never this component's.
 */
export function ResolveMismatch(props: {
  state: CredentialState;
  decided: boolean;
  busy: boolean;
  name: string;
  fields: MismatchedField[];
  onDecide: (d: Decision) => void;
  onCorrect: (key: string, value: string) => void;
  onRecheck: () => void;
}) {
  const [open, start] = useState<Open>(null);
  if (props.decided) {
    return (
      <button type="button" class="small subtle" disabled={props.busy} onClick={() => props.onDecide(null)} aria-label={`撤销对${props.name}的处理`}>
        撤销说明或改走档案审查
      </button>
    );
  }
  if (props.state !== 'mismatch') return null;
  if (!open) {
    return (
      <div class="resolve">
        {props.fields.length > 0 && (
          <ul class="corrections">
            {props.fields.map((f) => (
              <li key={f.key}>
                <button
                  type="button"
                  class="small"
                  disabled={props.busy}
                  onClick={() => start({ kind: 'correct', field: f })}
                  aria-label={`${props.name}的${f.label}：名册有误，已更正…`}
                >
                  {f.label}：名册有误，已更正…
                </button>
              </li>
            ))}
          </ul>
        )}
        {(Object.keys(PROMPTS) as (keyof typeof PROMPTS)[]).map((k) => (
          <button key={k} type="button" class="small" disabled={props.busy} onClick={() => start({ kind: k })} aria-label={`${props.name}：${PROMPTS[k].button}`}>
            {PROMPTS[k].button}
          </button>
        ))}
        <button type="button" class="small" disabled={props.busy} onClick={props.onRecheck} aria-label={`重新查验${props.name}`}>
          重新查验
        </button>
      </div>
    );
  }
  const close = () => start(null);
  if (open.kind === 'correct') {
    return <CorrectForm field={open.field} busy={props.busy} onSave={(v) => (props.onCorrect(open.field.key, v), close())} onCancel={close} />;
  }
  const action = open.kind;
  return <NoteForm prompt={PROMPTS[action]} busy={props.busy} onSave={(note) => (props.onDecide({ action, note }), close())} onCancel={close} />;
}

function CorrectForm(props: { field: MismatchedField; busy: boolean; onSave: (value: string) => void; onCancel: () => void }) {
  const f = props.field;
  const [value, setValue] = useState(f.value);
  const focus = useAutoFocus<HTMLInputElement & HTMLSelectElement>();
  const shown = f.actual === null ? '页面以图片显示' : `页面为“${f.actual}”`;
  return (
    <form
      class="resolve-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(value);
      }}
    >
      <label>
        更正名单中的{f.label}（{shown}；请按证书原件填写{f.date ? '，日期如2011-07-01' : ''}）
        {f.options ? (
          <select value={value} ref={focus} onChange={(e) => setValue((e.target as HTMLSelectElement).value)}>
            {f.options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        ) : (
          <input value={value} maxLength={200} required ref={focus} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
        )}
      </label>
      <button type="submit" class="primary small" disabled={props.busy || !value.trim() || value.trim() === f.value}>
        保存更正
      </button>
      <button type="button" class="small" onClick={props.onCancel}>
        取消
      </button>
    </form>
  );
}

function NoteForm(props: { prompt: (typeof PROMPTS)[keyof typeof PROMPTS]; busy: boolean; onSave: (note: string) => void; onCancel: () => void }) {
  const [note, setNote] = useState('');
  const focus = useAutoFocus<HTMLTextAreaElement>();
  const p = props.prompt;
  return (
    <form
      class="resolve-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (note.trim()) props.onSave(note);
      }}
    >
      <label>
        {p.label}
        <textarea value={note} maxLength={500} rows={3} required ref={focus} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="submit" class="primary small" disabled={props.busy || !note.trim()}>
        {p.save}
      </button>
      <button type="button" class="small" onClick={props.onCancel}>
        取消
      </button>
    </form>
  );
}
