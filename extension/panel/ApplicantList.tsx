// The panel's applicants: search, a filter by state, and each applicant's credentials with their state and actions.
import { useState } from 'preact/hooks';
import {
  CREDENTIAL_KIND_LABELS,
  credentialDate,
  credentialLevel,
  type Applicant,
  type Credential,
  type VerificationRecord,
} from '../../shared/model';
import { ROUTE_LABELS, route } from '../../shared/rules/route';
import { CREDENTIAL_STATE_LABELS, checkCredentialNumber, correctableField, credentialName, planApplicant, type CredentialState } from '../../shared/rules';
import { ResolveMismatch, type Decision, type MismatchedField } from './ResolveMismatch';
import { StateBadge } from '../../shared/ui';
import { idTail } from './ui';

export interface ApplicantListProps {
  applicants: Applicant[];
  records: VerificationRecord[];
  expandedId: string | null;
  busy: boolean;
  onToggle: (id: string) => void;
  onVerify: (applicant: Applicant, credential: Credential) => void;
  /** Download the 查验结果单 of a credential that has a record. */
  onSheet: (applicant: Applicant, credential: Credential) => void;
  onDelete: (applicant: Applicant) => void;
  /** Save a backup of everything before a destructive action. */
  onBackupFirst: () => void;
  /** The clerk's decision on a mismatched credential (a 说明, or archive review), or null to take it back. */
  onResolve: (applicant: Applicant, credential: Credential, decision: Decision) => void;
  /** 名册有误，已更正: one roster value of the credential (or its applicant) corrected. */
  onCorrect: (applicant: Applicant, credential: Credential, key: string, value: string) => void;
  /** Look again: the report reopened (or the query page, for a result that has no address of its own). */
  onRecheck: (applicant: Applicant, credential: Credential, record: VerificationRecord) => void;
  /** Save the roster template (the columns the import understands, one example row). */
  onTemplate: () => void;
}

/** States a clerk looks for, in the order of the work (the domain's labels). */
const FILTER_STATES: readonly CredentialState[] = ['pending', 'confirm', 'mismatch', 'explained', 'not-found', 'archive', 'match'];

/** Whether an applicant answers a search: part of the name or employer, or the last digits of the ID number. */
function answers(a: Applicant, query: string): boolean {
  const q = query.trim().toUpperCase();
  if (!q) return true;
  return a.name.includes(q) || a.employer.includes(q) || (/^[0-9X]{1,6}$/.test(q) && a.idNumber.endsWith(q));
}

export function ApplicantList(props: ApplicantListProps) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<CredentialState | ''>('');
  if (props.applicants.length === 0) {
    return (
      <p class="muted">
        还没有申报人。请先“导入名单”（Excel或CSV），名单只保存在本机。没有名单？
        <button type="button" class="link" onClick={props.onTemplate}>
          下载名单模板
        </button>
      </p>
    );
  }
  // By name as Chinese offices sort (pinyin), whatever order the store keeps.
  const sorted = [...props.applicants].sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'));
  const shown = sorted.filter(
    (a) => answers(a, query) && (!state || planApplicant(a, props.records).credentials.some((s) => s.state === state)),
  );
  const names = new Map<string, number>();
  for (const a of props.applicants) names.set(a.name, (names.get(a.name) ?? 0) + 1);
  return (
    <>
      <div class="filter" role="search">
        <input type="search" value={query} placeholder="姓名、单位或身份证号后几位" aria-label="查找申报人" onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <select value={state} aria-label="按查验状态筛选" onChange={(e) => setState((e.target as HTMLSelectElement).value as CredentialState | '')}>
          <option value="">全部状态</option>
          {FILTER_STATES.map((s) => (
            <option key={s} value={s}>
              {CREDENTIAL_STATE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {shown.length < sorted.length && (
        <p class="muted" role="status">
          显示{shown.length}人（共{sorted.length}人）
        </p>
      )}
      <ul class="applicants">
        {shown.map((a) => (
          <ApplicantItem key={a.id} applicant={a} expanded={props.expandedId === a.id} sameName={(names.get(a.name) ?? 0) > 1} {...props} />
        ))}
      </ul>
    </>
  );
}

function ApplicantItem(
  props: ApplicantListProps & { applicant: Applicant; expanded: boolean; sameName: boolean },
) {
  const { applicant: a, records } = props;
  const [confirming, setConfirming] = useState(false);
  // The planned route decides whether the site can be queried at all (去查验 stays after a 未查到, to try again);
  // the state and route shown are the domain's, as the forms and the generator page show them.
  const rows = planApplicant(a, records).credentials.map((s) => ({
    c: s.credential,
    planned: route(s.credential),
    current: s.route,
    latest: s.record,
    state: s.state,
    // A credential never looked up has nothing to explain: its badge says 待查验.
    problems: s.note ? [`说明：${s.note}`] : s.record ? s.problems : [],
    decided: s.record?.resolution !== undefined && (s.state === 'explained' || s.state === 'archive'),
    // The same check as `zhicheng check` and the import: a number that cannot be right is named before 去查验.
    numberCheck: checkCredentialNumber(s.credential),
    mismatched: s.comparison.flatMap((f): MismatchedField[] => {
      const roster = f.status === 'mismatch' ? correctableField(f.key, a, s.credential) : null;
      return roster ? [{ ...roster, actual: f.actual }] : [];
    }),
  }));
  const counts = new Map<CredentialState, number>();
  for (const r of rows) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  const recordCount = records.filter((r) => r.applicantId === a.id).length;
  const panelId = `applicant-${a.id}`;

  return (
    <li class={`applicant ${props.expanded ? 'open' : ''}`}>
      <button
        type="button"
        class="applicant-head"
        aria-expanded={props.expanded}
        aria-controls={panelId}
        onClick={() => props.onToggle(a.id)}
      >
        <span class="name">
          {a.name}
          {props.sameName && <span class="id-tail">（{idTail(a)}）</span>}
        </span>
        <span class="employer">{a.employer}</span>
        <span class="summary">
          {[...counts].map(([s, n]) => (
            <span key={s} class="mini">
              <StateBadge state={s} />
              {n > 1 ? `×${n}` : ''}
            </span>
          ))}
        </span>
      </button>
      {props.expanded && (
        <div id={panelId} class="applicant-body">
          <p class="meta">
            {a.series} · {a.specialty} · {a.level}
          </p>
          {rows.length === 0 && <p class="muted">名单中没有此人的学历学位。</p>}
          <ul class="credentials">
            {rows.map(({ c, planned, current, latest, state, problems, decided, numberCheck, mismatched }) => (
              <li key={c.id} class="credential" data-state={state} data-credential-id={c.id}>
                <div class="cred-line">
                  <strong>
                    {CREDENTIAL_KIND_LABELS[c.kind]} · {credentialLevel(c)}
                  </strong>
                  <StateBadge state={state} />
                </div>
                <div class="cred-detail">
                  {c.school}
                  {c.major ? ` · ${c.major}` : ''} · {credentialDate(c)}
                </div>
                <div class="cred-detail">证书编号：{c.certNo || '（无）'}</div>
                {!numberCheck.ok && (
                  <p class="number-warning">证书编号可能有误：{numberCheck.check.reasons.join('；') || '需在线查验，但没有证书编号'}。请先核对名单。</p>
                )}
                <div class="cred-route" title={current.reason}>
                  {ROUTE_LABELS[current.route]}
                </div>
                {problems.length > 0 && (
                  <ul class="reasons">
                    {problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
                <ResolveMismatch
                  state={state}
                  decided={decided}
                  busy={props.busy}
                  name={`${a.name}的${credentialName(c)}`}
                  fields={mismatched}
                  onDecide={(d) => props.onResolve(a, c, d)}
                  onCorrect={(key, value) => props.onCorrect(a, c, key, value)}
                  onRecheck={() => latest && props.onRecheck(a, c, latest)}
                />
                {planned.route !== 'archive-review' && c.certNo.trim() !== '' && (
                  <button
                    type="button"
                    class="primary small"
                    disabled={props.busy}
                    onClick={() => props.onVerify(a, c)}
                    aria-label={`去查验 ${a.name}的${credentialName(c)}`}
                  >
                    去查验
                  </button>
                )}
                {latest && (
                  <button
                    type="button"
                    class="small"
                    disabled={props.busy}
                    onClick={() => props.onSheet(a, c)}
                    aria-label={`下载 ${a.name}的${credentialName(c)}查验结果单（PDF）`}
                  >
                    下载查验结果单
                  </button>
                )}
              </li>
            ))}
          </ul>
          {confirming ? (
            <div class="confirm" role="group" aria-label="确认删除">
              <p>
                删除 {a.name}（{idTail(a)}，{a.employer}）的全部数据：名单信息和{recordCount}条查验记录？删除后不能恢复，除非另有备份。
              </p>
              <button type="button" class="small" onClick={props.onBackupFirst} disabled={props.busy}>
                先导出备份
              </button>
              <button type="button" class="danger small" onClick={() => props.onDelete(a)} disabled={props.busy}>
                确认删除
              </button>
              <button type="button" class="small" onClick={() => setConfirming(false)} autoFocus>
                取消
              </button>
            </div>
          ) : (
            <button type="button" class="small subtle" onClick={() => setConfirming(true)}>
              删除此人数据…
            </button>
          )}
        </div>
      )}
    </li>
  );
}
