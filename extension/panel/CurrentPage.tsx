// The site page in the tab in front: what it is, what it was compared with, and what the clerk does next.
import { pageRows, type Applicant, type VerificationRecord } from '../../shared/model';
import { adviceFor } from '../background/advice';
import type { PageState } from '../messaging/page-state';
import { queryPageKind, queryPageLabel } from '../messaging/query-pages';
import { MSG } from '../readers/messages';
import { PAGE_KIND_LABELS } from '../readers/page-labels';
import { ComparisonTable, FieldList } from './Comparison';
import type { EyeVerdict } from '../../shared/rules/confirm-by-eye';
import { credentialName, credentialStatus } from '../../shared/rules/credential-state';
import { beijingDateTime } from '../../shared/text/beijing-time';
import { StateBadge } from '../../shared/ui';
import { idTail } from './ui';

const shortUrl = (url: string): string => {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
};

/** The last four characters of a 在线验证码: enough to tell two reports apart at a glance, short enough to compare. */
const vcodeTail = (vcode: string): string => (vcode.length > 4 ? `…${vcode.slice(-4)}` : vcode);

/** The site page of the tab in front, beside the applicant's data it was compared with. */
export function CurrentPage(props: {
  page: PageState | null;
  applicants: Applicant[];
  records: VerificationRecord[];
  onConfirm: (record: VerificationRecord, key: string, verdict: EyeVerdict) => void;
  busy: boolean;
}) {
  const { page } = props;
  if (!page) {
    return (
      <p class="muted">
        当前标签页不是学信网或学位查验的页面。点申报人证书旁的“去查验”，或在学信网打开在线验证报告，该页面的结果会显示在这里；切换标签页时，这里随之切换。
      </p>
    );
  }
  const record = page.recordId ? props.records.find((r) => r.id === page.recordId) : undefined;
  const applicantId = record?.applicantId ?? page.applicantId;
  const credentialId = record?.credentialId ?? page.credentialId;
  const applicant = props.applicants.find((a) => a.id === applicantId);
  const credential = applicant?.credentials.find((c) => c.id === credentialId);
  // The domain's state of the credential, compared again with the applicant's current data.
  const status = record && applicant && credential ? credentialStatus(applicant, credential, record) : undefined;
  const state = status?.state ?? page.outcome;
  const toConfirm = status ? status.comparison.filter((c) => c.status === 'unreadable') : [];
  // The record is the truth once it exists (a confirmation by eye may have changed its outcome since the capture).
  const advice = record
    ? adviceFor({
        kind: page.kind,
        pageOutcome: page.pageOutcome,
        verdict: 'recorded',
        outcome: status?.outcome ?? record.outcome,
        unconfirmed: toConfirm.map((c) => c.label),
      })
    : page.advice;
  const formKind = queryPageKind(page.url);
  const title = formKind ? `${queryPageLabel(formKind)}（查询页面）` : PAGE_KIND_LABELS[page.kind];
  // The reader's "shown as an image" notes are settled once the user confirmed those fields.
  const judged = new Set([...(record?.confirmedByEye ?? []), ...(record?.differentByEye ?? [])]);
  const settled = new Set((record?.comparison ?? []).filter((c) => judged.has(c.key)).map((c) => MSG.image(c.label)));
  if (formKind) settled.add(MSG.queryForm); // the advice says it already
  const warnings = page.warnings.filter((w) => !settled.has(w));
  // Labels the model has no key for are not compared; the panel still shows them as the page does.
  const extraRows = pageRows(record ?? page).filter((r) => r.key === undefined);

  return (
    <div class="page-card" data-verdict={page.verdict}>
      <div class="page-title">
        <strong>{title}</strong>
        {state && <StateBadge state={state} />}
      </div>
      <p class="url" title={page.url}>
        {shortUrl(page.url)}
      </p>
      <p class="read-at muted">
        {page.vcode && <>在线验证码 <span class="vcode" title={page.vcode}>{vcodeTail(page.vcode)}</span> · </>}
        读取于 <time dateTime={page.capturedAt}>{beijingDateTime(page.capturedAt)}</time>
      </p>
      <p class={`advice advice-${state ?? page.verdict}`}>{advice}</p>
      {page.verdict === 'duplicate' && <p class="muted">此页面的结果已保存过，未重复保存。</p>}
      {applicant && credential && (
        <p class="who">
          申报人：<strong>{applicant.name}</strong><span class="id-tail">（{idTail(applicant)}）</span>：
          {credentialName(credential)} · {credential.school}
        </p>
      )}
      {record && status ? (
        <ComparisonTable
          comparison={status.comparison}
          confirmedByEye={record.confirmedByEye}
          differentByEye={record.differentByEye}
          onConfirm={(key, verdict) => props.onConfirm(record, key, verdict)}
          busy={props.busy}
        />
      ) : (
        <FieldList rows={pageRows(page)} />
      )}
      {record && applicant && extraRows.length > 0 && (
        <div class="extra-fields">
          <p class="muted">页面上另有以下栏目（未比对，照录）：</p>
          <FieldList rows={extraRows} />
        </div>
      )}
      {warnings.length > 0 && (
        <ul class="warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
