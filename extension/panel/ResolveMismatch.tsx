import { useState } from 'preact/hooks';
import type { CredentialState } from '../../shared/rules/credential-state';

export type Decision = { action: 'explained' | 'archive-review'; note: string } | null;

const PROMPTS = {
  explained: { button: '写说明…', label: '不一致的说明（打印在查验结果单上，如：名册录入有误已更正、专业名称含培养方向）', save: '保存说明' },
  'archive-review': { button: '改走档案审查…', label: '改走档案审查的原因（打印在审查情况材料上）', save: '确认改走档案审查' },
} as const;

/**
 * Where a mismatch is shown, the clerk decides: a written 说明, or archive review with its reason; a decision can be
 * taken back. What the credential's state becomes is the domain's to say, never this component's.
 */
export function ResolveMismatch(props: { state: CredentialState; decided: boolean; busy: boolean; name: string; onDecide: (d: Decision) => void }) {
  const [open, setOpen] = useState<keyof typeof PROMPTS | null>(null);
  const [note, setNote] = useState('');
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
      <span class="resolve">
        {(Object.keys(PROMPTS) as (keyof typeof PROMPTS)[]).map((k) => (
          <button key={k} type="button" class="small" disabled={props.busy} onClick={() => setOpen(k)} aria-label={`${props.name}：${PROMPTS[k].button}`}>
            {PROMPTS[k].button}
          </button>
        ))}
      </span>
    );
  }
  const p = PROMPTS[open];
  return (
    <form
      class="resolve-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!note.trim()) return;
        props.onDecide({ action: open, note });
        setOpen(null);
        setNote('');
      }}
    >
      <label>
        {p.label}
        <textarea value={note} maxLength={500} rows={3} required autoFocus onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="submit" class="primary small" disabled={props.busy || !note.trim()}>
        {p.save}
      </button>
      <button type="button" class="small" onClick={() => setOpen(null)}>
        取消
      </button>
    </form>
  );
}
