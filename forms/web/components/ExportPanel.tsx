// The generator page's committee export: meeting date, committee name, the ZIP with progress and cancel.
import { useMemo, useRef, useState } from 'preact/hooks';
import { deadlines } from '../../../shared/rules';
import type { CommitteeExportInput, ExportProgress, MissingGlyphs } from '../../export/committee';
import { missingGlyphsText } from '../../render/missing-glyphs';
import { chineseDate, deadlineDate } from '../../export/deadlines-text';
import { safeName } from '../../export/file-names';
import type { ExportData } from '../../export/merge';
import type { Engine } from '../engine';
import { saveBlob, today } from '../../../shared/ui';
import { userMessage } from '../../../shared/text/user-message';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress | null }
  | { kind: 'done'; fileName: string; files: number; bytes: number; missingGlyphs: MissingGlyphs[] }
  | { kind: 'cancelled' }
  /** `message` is the whole sentence for the user (userMessage). */
  | { kind: 'failed'; message: string };

/** Meeting date (for the deadlines), the committee's name, and the whole export as one ZIP, with progress and cancel. */
export function ExportPanel(props: {
  engine: Engine;
  data: ExportData;
  meeting: string;
  committee: string;
  onMeeting: (d: string) => void;
  onCommittee: (c: string) => void;
}) {
  const { engine, data, meeting, committee } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const schedule = useMemo(() => {
    if (!meeting) return { list: [], error: null };
    try {
      return { list: deadlines(meeting, data.settings.extraHolidayYears), error: null };
    } catch (e) {
      return { list: [], error: (e as Error).message };
    }
  }, [meeting, data.settings]);

  async function run() {
    const ac = new AbortController();
    abort.current = ac;
    setPhase({ kind: 'running', progress: null });
    const input: CommitteeExportInput = {
      ...data,
      createdAt: new Date().toISOString(),
      ...(meeting ? { meeting } : {}),
      ...(committee ? { committee } : {}),
    };
    try {
      const { blob, manifest, missingGlyphs } = await engine.exportZip(input, {
        signal: ac.signal,
        onProgress: (progress) => setPhase({ kind: 'running', progress }),
      });
      const fileName = safeName(`职称评审材料-${meeting || today()}.zip`);
      saveBlob(blob, fileName);
      setPhase({ kind: 'done', fileName, files: manifest.files.length + 1, bytes: blob.size, missingGlyphs });
    } catch (e) {
      if (!ac.signal.aborted) console.warn('[zhicheng] export', e);
      setPhase(ac.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: userMessage(e, '导出') });
    } finally {
      abort.current = null;
    }
  }

  const running = phase.kind === 'running';
  const p = running ? phase.progress : null;
  const disabled = !data.applicants.length || !!schedule.error;
  return (
    <div class="export">
      <div class="toolbar">
        <label>
          评审会议日期
          <input type="date" value={meeting} onInput={(e) => props.onMeeting(e.currentTarget.value)} disabled={running} />
        </label>
        <label class="grow">
          评审委员会
          <input
            type="text"
            value={committee}
            placeholder={data.settings.committee || '如：抚顺市工程系列高级评审委员会'}
            onInput={(e) => props.onCommittee(e.currentTarget.value)}
            disabled={running}
          />
        </label>
      </div>
      {schedule.error && (
        <p class="notice notice-bad" role="alert">
          {schedule.error}
        </p>
      )}
      {schedule.list.length > 0 && (
        <ul class="deadlines" aria-label="按评审会议日期推算的工作时限">
          {schedule.list.map((d) => (
            <li key={d.key} title={d.rule}>
              <span>{d.label}</span>
              {d.date ? <time dateTime={d.date}>{chineseDate(d.date)}</time> : <span class="tone-warn">{deadlineDate(d)}</span>}
            </li>
          ))}
        </ul>
      )}
      <div class="progress-line">
        <button type="button" class="primary" onClick={run} disabled={disabled || running}>
          导出全部材料（ZIP）
        </button>
        <button type="button" class="danger" onClick={() => abort.current?.abort()} disabled={!running}>
          取消导出
        </button>
        <div class="progress-status" role="status" aria-live="polite">
          {running && (
            <>
              <progress max={p?.total ?? 1} value={p?.done ?? 0} aria-label="导出进度" />
              <span>
                {p ? `已生成 ${p.done} / ${p.total} 个文件：${p.path}` : '正在准备…'}
              </span>
            </>
          )}
          {phase.kind === 'done' && (
            <span class="tone-ok">
              已导出 {phase.fileName}：{phase.files} 个文件，{(phase.bytes / 1048576).toFixed(1)} MB，含 manifest.json（每个文件的 SHA-256）。
            </span>
          )}
          {phase.kind === 'done' && phase.missingGlyphs.length > 0 && (
            <ul class="tone-bad" role="alert" aria-label="印为〓的字符">
              {phase.missingGlyphs.map((m) => (
                <li key={m.path}>
                  {m.path}：{missingGlyphsText(m.chars)}
                </li>
              ))}
            </ul>
          )}
          {phase.kind === 'cancelled' && <span class="tone-warn">已取消导出，未保存任何文件。</span>}
          {phase.kind === 'failed' && <span class="tone-bad">{phase.message}</span>}
          {phase.kind === 'idle' && (
            <span class="muted">
              {data.applicants.length ? `将导出 ${data.applicants.length} 名申报人的全部材料（PDF 和 DOCX）。` : '导入申报人后可导出。'}
            </span>
          )}
        </div>
      </div>
    </div>
  );
}
