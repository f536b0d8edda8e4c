// 用贵单位的表格: upload the office's own Word template, see the check, preview one applicant's filled copy as text,
// download every applicant's copy as a ZIP (progress, cancel). Templates are remembered in this browser. The template
// code (docxtemplater) loads only when this dialog is first used.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_TEMPLATE_BYTES, tooLarge } from '../../../shared/limits';
import type { Applicant } from '../../../shared/model';
import { userMessage } from '../../../shared/text/user-message';
import { safeName } from '../../export/file-names';
import type { TemplateCheck, TemplateSource } from '../../template/index';
import type { PreparedTemplate } from '../../template/open';
import type { FieldRow } from '../../template/table';
import type { FillProgress } from '../../template/zip';
import { FilePicker, MIME, saveBlob, today } from '../../../shared/ui';
import { deleteTemplate, listTemplates, saveTemplate, type SavedTemplate } from '../template-store';

const engine = () => import('./template-engine');

type Phase = { kind: 'idle' } | { kind: 'running'; progress: FillProgress | null } | { kind: 'done'; fileName: string; files: number } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

const fmtDate = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

export function TemplatePanel(props: { source: TemplateSource; applicantId: string | null; onClose: () => void }) {
  const { source } = props;
  const [saved, setSaved] = useState<SavedTemplate[]>([]);
  const [current, setCurrent] = useState<{ template: PreparedTemplate; check: TemplateCheck } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [who, setWho] = useState<string | null>(props.applicantId);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const [fields, setFields] = useState<FieldRow[] | null>(null);

  const refresh = () => listTemplates().then(setSaved, (e) => setError(userMessage(e, '读取已保存的模板')));
  useEffect(() => void refresh(), []);

  async function use(bytes: Uint8Array, name: string, remember: boolean) {
    setBusy(true);
    setError(null);
    setPhase({ kind: 'idle' });
    try {
      const e = await engine();
      const template = await e.openTemplate(bytes, name);
      const check = e.checkFor(template, source.applicants.length ? source : undefined);
      setCurrent({ template, check });
      if (remember) {
        await saveTemplate({ sha256: template.sha256, name, savedAt: new Date().toISOString(), bytes });
        await refresh();
      }
    } catch (e) {
      console.warn('[zhicheng] template', e);
      setCurrent(null);
      setError(userMessage(e, '读取模板'));
    } finally {
      setBusy(false);
    }
  }

  async function upload(file: File) {
    if (file.size > MAX_TEMPLATE_BYTES) return setError(tooLarge(`“${file.name}”`, file.size, MAX_TEMPLATE_BYTES));
    await use(new Uint8Array(await file.arrayBuffer()), file.name, true);
  }

  const applicant: Applicant | undefined = source.applicants.find((a) => a.id === who) ?? source.applicants[0];
  const [preview, setPreview] = useState('');
  useEffect(() => {
    if (!current || !applicant) return setPreview('');
    let live = true;
    engine()
      .then((e) => live && setPreview(e.documentText(e.fillFor(current.template, source, applicant))))
      .catch((e: unknown) => live && setError(userMessage(e, '预览')));
    return () => {
      live = false;
    };
  }, [current, applicant, source]);

  async function downloadAll() {
    if (!current) return;
    const ac = new AbortController();
    abort.current = ac;
    setPhase({ kind: 'running', progress: null });
    try {
      const e = await engine();
      const parts: Blob[] = [];
      const gen = e.filledZip(current.template, source, { signal: ac.signal, onProgress: (progress) => setPhase({ kind: 'running', progress }) });
      let r = await gen.next();
      for (; !r.done; r = await gen.next()) parts.push(new Blob([r.value as BlobPart]));
      const fileName = safeName(`${e.filledBaseName(current.template)}-${today()}.zip`);
      saveBlob(new Blob(parts, { type: MIME.zip }), fileName);
      setPhase({ kind: 'done', fileName, files: r.value.files.length });
    } catch (e) {
      if (!ac.signal.aborted) console.warn('[zhicheng] template zip', e);
      setPhase(ac.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: userMessage(e, '生成') });
    } finally {
      abort.current = null;
    }
  }

  const rows = useMemo(() => (current ? current.check.placeholders : []), [current]);
  const running = phase.kind === 'running';
  const p = running ? phase.progress : null;
  return (
    <div class="template-panel">
      <div class="toolbar">
        <FilePicker id="office-template" label="上传贵单位的模板（.docx）" accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" disabled={busy || running} onFile={(f) => void upload(f)} />
        <button type="button" class="link" onClick={() => void engine().then(async (e) => saveBlob(new Blob([(await e.fieldsXlsx()) as BlobPart], { type: MIME.xlsx }), e.FIELDS_FILE))}>
          下载字段说明
        </button>
        <button type="button" aria-expanded={fields !== null} onClick={() => (fields ? setFields(null) : void engine().then((e) => setFields(e.fieldRows())))}>
          {fields ? '收起字段表' : '可用的字段'}
        </button>
        <button type="button" onClick={props.onClose} disabled={running}>
          关闭
        </button>
      </div>
      {error && (
        <p class="notice notice-bad" role="alert">
          {error}
        </p>
      )}
      {saved.length > 0 && (
        <ul class="saved-templates" aria-label="已保存的模板">
          {saved.map((t) => (
            <li key={t.sha256}>
              <span class="file">{t.name}</span> <span class="muted">{fmtDate(t.savedAt)}</span>
              <button type="button" class="link" onClick={() => void use(t.bytes, t.name, false)} disabled={busy || running}>
                使用
              </button>
              <button type="button" class="link danger" onClick={() => void deleteTemplate(t.sha256).then(refresh)} disabled={running}>
                删除
              </button>
            </li>
          ))}
        </ul>
      )}
      {fields && (
        <div class="field-table">
          <table aria-label="可用的字段">
            <thead>
              <tr>
                <th>名称</th>
                <th>写法</th>
                <th>所在循环</th>
                <th>含义</th>
                <th>示例</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <tr key={`${f.within}|${f.name}`}>
                  <td>{f.name}</td>
                  <td>
                    <code>{f.syntax}</code>
                  </td>
                  <td>{f.within}</td>
                  <td>{f.meaning}</td>
                  <td>{f.example}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current && !fields && (
        <div class="template-result">
          <section class="template-check" aria-label="模板检查结果">
            <p class={current.check.unknown.length ? 'tone-bad' : 'tone-ok'}>
              {current.template.fileName}：共 {rows.length} 个字段和循环
              {current.check.unknown.length ? `，${current.check.unknown.length} 个未知字段（填写时留空）` : '，都能填写'}
            </p>
            {current.template.warnings.map((w) => (
              <p class="tone-warn" key={w}>
                {w}
              </p>
            ))}
            <ul class="placeholders">
              {rows.map((r) => (
                <li key={`${r.within.join('>')}|${r.name}|${r.use}`} class={r.known ? '' : 'tone-bad'}>
                  {r.known ? '✓' : '✗'} {`{${r.use === 'section' ? '#' : ''}${r.name}}`}
                  {r.field && r.field !== r.name && <span class="muted">（即{`{${r.field}}`}）</span>}
                  {r.within.length > 0 && <span class="muted">（在{`{#${r.within.join('}…{#')}}`}内）</span>}
                  {!r.known && r.suggestions.length > 0 && <span>：拼写相近的字段 {r.suggestions.map((s) => `{${s}}`).join('、')}</span>}
                </li>
              ))}
            </ul>
            {current.check.blanks.length > 0 && (
              <ul class="blanks" aria-label="会留空的字段">
                {current.check.blanks.map((b) => (
                  <li key={`${b.within.join('>')}|${b.name}`} class="muted">
                    {`{${b.name}}`} 留空：{b.applicants.length === current.check.checkedApplicants ? '全部申报人' : `${b.applicants.slice(0, 3).join('、')}${b.applicants.length > 3 ? `等${b.applicants.length}人` : ''}`}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section class="template-preview" aria-label="填写预览">
            <label>
              预览
              <select value={applicant?.id ?? ''} onChange={(e) => setWho(e.currentTarget.value)}>
                {source.applicants.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
            <pre class="filled-text">{applicant ? preview : '导入申报人后可预览。'}</pre>
          </section>
        </div>
      )}
      <div class="progress-line">
        <button type="button" class="primary" onClick={() => void downloadAll()} disabled={!current || !source.applicants.length || running}>
          为全部申报人填写并下载（ZIP）
        </button>
        <button type="button" class="danger" onClick={() => abort.current?.abort()} disabled={!running}>
          取消
        </button>
        <div class="progress-status" role="status" aria-live="polite">
          {running && (
            <>
              <progress max={p?.total ?? 1} value={p?.done ?? 0} aria-label="填写进度" />
              <span>{p ? `已填写 ${p.done} / ${p.total}：${p.name}` : '正在准备…'}</span>
            </>
          )}
          {phase.kind === 'done' && <span class="tone-ok">已下载 {phase.fileName}：{phase.files} 个文件，含 manifest.json（每个文件及模板的 SHA-256）。</span>}
          {phase.kind === 'cancelled' && <span class="tone-warn">已取消，未保存任何文件。</span>}
          {phase.kind === 'failed' && <span class="tone-bad">{phase.message}</span>}
        </div>
      </div>
    </div>
  );
}
