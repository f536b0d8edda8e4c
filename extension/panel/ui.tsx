// The side panel's own small pieces: the notice line, a section, an applicant's ID tail. (What the generator page uses
// too lives in shared/ui.)
import type { ComponentChildren } from 'preact';
import type { Applicant } from '../../shared/model';

export type NoticeTone = 'ok' | 'bad' | 'info';
export interface NoticeData {
  tone: NoticeTone;
  text: string;
}

/**
 * One line of feedback after an action; errors are announced at once (alert), the rest politely (status). Screen
 * readers announce what is inserted into a live region that already exists, and a role switched on the same node is
 * not reliably picked up: so both regions are always there (empty, taking no space) and the notice goes into one.
 */
export function Notice({ notice, onClose }: { notice: NoticeData | null; onClose: () => void }) {
  const urgent = notice?.tone === 'bad';
  const body = notice && (
    <div class={`notice notice-${notice.tone}`}>
      <span>{notice.text}</span>
      <button type="button" class="link" onClick={onClose} aria-label="关闭提示">
        ×
      </button>
    </div>
  );
  return (
    <>
      <div class="notice-slot" role="alert">
        {urgent && body}
      </div>
      <div class="notice-slot" role="status">
        {!urgent && body}
      </div>
    </>
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

/** 身份证号…1234: tells two applicants of one name apart without showing the whole number. */
export const idTail = (a: Pick<Applicant, 'idNumber'>): string => `身份证号…${a.idNumber.slice(-4)}`;
