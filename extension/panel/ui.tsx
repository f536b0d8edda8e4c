import type { ComponentChildren } from 'preact';
import { STATE_LABELS, STATE_TONES, type CredentialState } from './status';

export function StateBadge({ state }: { state: CredentialState }) {
  return <span class={`badge tone-${STATE_TONES[state]}`}>{STATE_LABELS[state]}</span>;
}

export type NoticeTone = 'ok' | 'bad' | 'info';
export interface NoticeData {
  tone: NoticeTone;
  text: string;
}

/** One line of feedback after an action; errors are announced at once, the rest politely. */
export function Notice({ notice, onClose }: { notice: NoticeData | null; onClose: () => void }) {
  return (
    <div class="notice-slot" role={notice?.tone === 'bad' ? 'alert' : 'status'} aria-live="polite">
      {notice && (
        <div class={`notice notice-${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" class="link" onClick={onClose} aria-label="关闭提示">
            ×
          </button>
        </div>
      )}
    </div>
  );
}

export function Section(props: { title: string; id: string; actions?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={props.id}>
      <div class="section-head">
        <h2 id={props.id}>{props.title}</h2>
        {props.actions && <div class="section-actions">{props.actions}</div>}
      </div>
      {props.children}
    </section>
  );
}
