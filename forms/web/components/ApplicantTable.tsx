// The generator page's applicants with each credential's route and state.
import { CREDENTIAL_KIND_LABELS, credentialLevel, type Applicant, type VerificationRecord } from '../../../shared/model';
import { ROUTE_LABELS, planApplicant, titleAndLevel } from '../../../shared/rules';
import { StateBadge } from '../../../shared/ui';

/** Every applicant with each credential's route and state; choosing one shows its forms. */
export function ApplicantTable(props: {
  applicants: readonly Applicant[];
  latest: ReadonlyMap<string, VerificationRecord>;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { applicants, latest, selected, onSelect } = props;
  const records = [...latest.values()];
  if (!applicants.length) return <p class="empty">尚未导入申报人。请先导入名册（XLSX/CSV）或查验记录备份。</p>;
  return (
    <div class="scroll-fill">
      <table class="grid applicants">
        <thead>
          <tr>
            <th scope="col" class="num">序号</th>
            <th scope="col">姓名 · 工作单位</th>
            <th scope="col">申报资格</th>
            <th scope="col">学历学位 · 查验途径 · 状态</th>
          </tr>
        </thead>
        <tbody>
          {applicants.map((a, i) => {
            const plan = planApplicant(a, records);
            return (
              <tr key={a.id} class={a.id === selected ? 'selected' : undefined}>
                <td class="num">{i + 1}</td>
                <td>
                  {/* aria-selected is not allowed on a plain table's row: the chosen one is marked on its button. */}
                  <button
                    type="button"
                    class="link name"
                    onClick={() => onSelect(a.id)}
                    aria-label={`预览${a.name}的表单`}
                    aria-current={a.id === selected ? 'true' : undefined}
                  >
                    {a.name}
                  </button>
                  <div class="employer">{a.employer}</div>
                </td>
                <td>
                  {a.series}·{a.specialty}·{titleAndLevel(plan.titleName, a.level)}（{plan.way}）
                </td>
                <td>
                  <ul class="creds">
                    {plan.credentials.map(({ credential: c, route, state }) => (
                      <li key={c.id} title={route.reason}>
                        <span class="cred">
                          {CREDENTIAL_KIND_LABELS[c.kind]}·{credentialLevel(c)}
                        </span>
                        <span class="route">{ROUTE_LABELS[route.route]}</span>
                        <StateBadge state={state} />
                      </li>
                    ))}
                    {a.credentials.length === 0 && <li class="muted">未填学历学位</li>}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
