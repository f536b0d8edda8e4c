// The generator page's preview: one form rendered as PDF, downloaded as PDF or DOCX.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Applicant, Settings, VerificationRecord } from '../../../shared/model';
import { committeeJobs, dossierJobs, type CommitteeInfo, type FormFormat, type FormJob } from '../../export/dossier';
import { applicantFolder, safeName } from '../../export/file-names';
import type { Engine } from '../engine';
import { MIME, saveBlob } from '../../../shared/ui';
import { userMessage } from '../../../shared/text/user-message';

/** The performance mark set each time a rendered preview is shown. */
export const PREVIEW_SHOWN_MARK = 'zhicheng:preview-shown';

interface Choice {
  key: string;
  job: FormJob;
  /** Download name without extension. */
  fileBase: string;
}

/** Pick an applicant's form (or a committee form), see it as the rendered PDF, download it as PDF or DOCX. */
export function PreviewPane(props: {
  engine: Engine;
  applicants: readonly Applicant[];
  records: readonly VerificationRecord[];
  settings: Settings;
  info: CommitteeInfo;
  applicantId: string | null;
  onApplicant: (id: string) => void;
}) {
  const { engine, applicants, records, settings, info, applicantId } = props;
  const index = applicants.findIndex((a) => a.id === applicantId);
  const applicant = index >= 0 ? applicants[index] : undefined;

  const own = useMemo<Choice[]>(
    () =>
      applicant
        ? dossierJobs(applicant, records, settings).map((job, i) => ({
            key: `a${i}`,
            job,
            fileBase: `${applicantFolder(index, applicants.length, applicant.name, applicant.idNumber)}-${job.name}`,
          }))
        : [],
    [applicant, index, applicants.length, records, settings],
  );
  const committee = useMemo<Choice[]>(
    () => (applicants.length ? committeeJobs(applicants, records, settings, info).map((job, i) => ({ key: `c${i}`, job, fileBase: safeName(job.name) })) : []),
    [applicants, records, settings, info],
  );
  const choices = { own, committee };

  const [key, setKey] = useState('a0');
  const all = [...choices.own, ...choices.committee];
  const choice = all.find((c) => c.key === key) ?? all[0];

  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | FormFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** What the layout says of this form (a character printed as 〓, content cut off): beside it, so nobody signs it unawares. */
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const urlRef = useRef<string | null>(null);

  // A layout effect: the request leaves as soon as the choice is known, not a frame later.
  useLayoutEffect(() => {
    if (!choice) return;
    const ac = new AbortController();
    setBusy('preview');
    setError(null);
    setWarnings([]);
    engine
      .renderForm(choice.job.formId, choice.job.data, 'pdf', ac.signal)
      .then(({ bytes, warnings }) => {
        if (ac.signal.aborted) return;
        setWarnings(warnings);
        const next = URL.createObjectURL(new Blob([bytes as BlobPart], { type: MIME.pdf }));
        if (urlRef.current) URL.revokeObjectURL(urlRef.current);
        urlRef.current = next;
        setUrl(next);
      })
      .catch((e: unknown) => {
        if (ac.signal.aborted) return;
        console.warn('[zhicheng] preview', e);
        setError(userMessage(e, '预览'));
      })
      .finally(() => {
        if (!ac.signal.aborted) setBusy(null);
      });
    return () => ac.abort();
  }, [engine, choice?.job]);

  // A user-timing mark once a preview is on screen (an effect runs after the frame is painted): what the e2e times.
  useEffect(() => void (url && performance.mark(PREVIEW_SHOWN_MARK)), [url]);
  useEffect(() => () => void (urlRef.current && URL.revokeObjectURL(urlRef.current)), []);

  async function download(format: FormFormat) {
    if (!choice) return;
    setBusy(format);
    setError(null);
    try {
      // The notice beside the preview stands: the download is the same form (its DOCX is laid out by Word).
      const { bytes } = await engine.renderForm(choice.job.formId, choice.job.data, format);
      saveBlob(new Blob([bytes as BlobPart], { type: MIME[format] }), `${choice.fileBase}.${format}`);
    } catch (e) {
      console.warn(`[zhicheng] ${format}`, e);
      setError(userMessage(e, `生成${format.toUpperCase()}`));
    } finally {
      setBusy(null);
    }
  }

  if (!applicants.length) return <p class="empty">导入名册后，可在这里预览和下载每一份表单。</p>;
  return (
    <div class="preview">
      <div class="toolbar">
        <label class="who">
          申报人
          <select value={applicantId ?? ''} onChange={(e) => props.onApplicant(e.currentTarget.value)}>
            {!applicant && <option value="">（请选择）</option>}
            {applicants.map((a, i) => (
              <option key={a.id} value={a.id}>
                {i + 1}. {a.name}
              </option>
            ))}
          </select>
        </label>
        <label class="form">
          表单
          <select value={choice?.key ?? ''} onChange={(e) => setKey(e.currentTarget.value)} aria-label="选择要预览的表单">
            {choices.own.length > 0 && (
              <optgroup label="申报人材料">
                {choices.own.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.job.name}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label="评委会材料">
              {choices.committee.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.job.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <button type="button" onClick={() => download('pdf')} disabled={!choice || busy === 'pdf'}>
          下载 PDF
        </button>
        <button type="button" onClick={() => download('docx')} disabled={!choice || busy === 'docx'}>
          下载 DOCX
        </button>
      </div>
      {error && (
        <p class="notice notice-bad" role="alert">
          {error}
        </p>
      )}
      {warnings.length > 0 && (
        <p class="notice notice-bad" role="alert">
          {warnings.join('；')}。
        </p>
      )}
      <div class="pdf-frame">
        {url ? (
          <iframe class="pdf" title={`表单预览：${choice?.job.name ?? ''}`} src={`${url}#view=FitH`} />
        ) : (
          <div class="pdf placeholder">{busy ? '正在生成预览…' : '请选择申报人和表单'}</div>
        )}
        {/* Over the preview, not in the toolbar: the toolbar has no room left at 1366 px and must not wrap. */}
        <span class="pdf-status" role="status" aria-live="polite">
          {busy === 'preview' ? '正在生成预览…' : busy ? `正在生成 ${busy.toUpperCase()}…` : ''}
        </span>
      </div>
    </div>
  );
}
