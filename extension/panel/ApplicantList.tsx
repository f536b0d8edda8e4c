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
import { planApplicant, type CredentialState } from '../../shared/rules';
import { ResolveMismatch, type Decision } from './ResolveMismatch';
import { StateBadge } from './ui';

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
  /** The clerk's decision on a mismatched credential (a 说明, or archive review), or null to take it back. */
  onResolve: (applicant: Applicant, credential: Credential, decision: Decision) => void;
}

export function ApplicantList(props: ApplicantListProps) {
  if (props.applicants.length === 0) {
    return <p class="muted">还没有申报人。请先“导入名单”（Excel或CSV），名单只保存在本机。</p>;
  }
  // By name as Chinese offices sort (pinyin), whatever order the store keeps.
  const sorted = [...props.applicants].sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'));
  return (
    <ul class="applicants">
      {sorted.map((a) => (
        <ApplicantItem key={a.id} applicant={a} expanded={props.expandedId === a.id} {...props} />
      ))}
    </ul>
  );
}

function ApplicantItem(
  props: ApplicantListProps & { applicant: Applicant; expanded: boolean },
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
        <span class="name">{a.name}</span>
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
            {rows.map(({ c, planned, current, latest, state, problems, decided }) => (
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
                  name={`${a.name}的${CREDENTIAL_KIND_LABELS[c.kind]}`}
                  onDecide={(d) => props.onResolve(a, c, d)}
                />
                {planned.route !== 'archive-review' && c.certNo.trim() !== '' && (
                  <button
                    type="button"
                    class="primary small"
                    disabled={props.busy}
                    onClick={() => props.onVerify(a, c)}
                    aria-label={`去查验 ${a.name} 的${CREDENTIAL_KIND_LABELS[c.kind]}`}
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
                    aria-label={`下载 ${a.name} 的${CREDENTIAL_KIND_LABELS[c.kind]}查验结果单（PDF）`}
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
                删除 {a.name} 的全部数据（名单信息和{recordCount}条查验记录）？删除后不能恢复，除非另有备份。
              </p>
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
