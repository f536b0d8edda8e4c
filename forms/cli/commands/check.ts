import { extname } from 'node:path';
import { CREDENTIAL_KINDS, CREDENTIAL_KIND_LABELS, type Applicant, type CredentialKind } from '../../../shared/model';
import type { RowError } from '../../../shared/roster';
import { ROUTES, ROUTE_LABELS, checkCertNo, checkCredentialNumber, route, type CertNoCheck, type RouteDecision } from '../../../shared/rules';
import { UsageError, type Command, type CommandContext } from '../command';
import { readRoster } from '../input';

/** `--kind xueli|xuewei`; absent is undefined. */
export function kindOption(v: unknown): CredentialKind | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string' && (CREDENTIAL_KINDS as readonly string[]).includes(v)) return v as CredentialKind;
  throw new UsageError(`--kind 应为 ${CREDENTIAL_KINDS.map((k) => `${k}（${CREDENTIAL_KIND_LABELS[k]}）`).join(' 或 ')}，实际为“${String(v)}”`);
}

function describe(r: CertNoCheck): string {
  const lines = [`证书编号：${r.normalised || '（空）'}`];
  lines.push(`类别：${r.kind === 'unknown' ? '无法识别' : `${CREDENTIAL_KIND_LABELS[r.kind]}证书编号`}`);
  const parts: string[] = [];
  if (r.prefix) parts.push(`前缀 ${r.prefix}${r.prefixLabel ? `（${r.prefixLabel}）` : ''}`);
  if (r.schoolCode) parts.push(`学校代码 ${r.schoolCode}`);
  if (r.unitCode) parts.push(`授予单位代码 ${r.unitCode}`);
  if (r.schoolType) parts.push(`办学类型 ${r.schoolType}${r.schoolTypeLabel ? `（${r.schoolTypeLabel}）` : ''}`);
  if (r.levelCode && r.kind === 'xuewei') parts.push(`学位级别 ${r.levelCode}${r.degreeLevel ? `（${r.degreeLevel}）` : ''}`);
  if (r.year !== null) parts.push(`${r.kind === 'xuewei' ? '授予' : '毕业'}年份 ${r.year}`);
  if (r.levelCode && r.kind === 'xueli') parts.push(`培养层次 ${r.levelCode}${r.level ? `（${r.level}）` : ''}`);
  if (r.sequence) parts.push(`顺序号 ${r.sequence}`);
  if (parts.length) lines.push(`组成：${parts.join('，')}`);
  lines.push(`结果：${r.valid ? '格式正确' : '格式有误'}`);
  for (const x of r.reasons) lines.push(`  问题：${x}`);
  for (const x of r.notes) lines.push(`  说明：${x}`);
  return lines.join('\n');
}

/** `check <certificate number>`: one number, structure only. */
export async function checkNumber(ctx: CommandContext): Promise<number> {
  // CHSI prints numbers in groups of four; pasted unquoted they arrive as several arguments. Two or more words of a
  // whole number's length (12 digits and up) are several numbers, never one.
  if (ctx.positionals.filter((p) => p.length >= 12).length > 1) {
    throw new UsageError(`一次检查一个证书编号，实际给出了多个：${ctx.positionals.join(' ')}；多个编号请分别检查，或写入名册后用 check <名册.xlsx>`);
  }
  const raw = ctx.positionals.join('');
  if (!raw) throw new UsageError('请给出要检查的证书编号');
  const r = checkCertNo(raw, undefined, kindOption(ctx.values.kind));
  ctx.stdout(ctx.json ? JSON.stringify(r, null, 2) : describe(r));
  return r.valid ? 0 : 1;
}

export interface CredentialCheck {
  applicantId: string;
  name: string;
  credentialId: string;
  kind: CredentialKind;
  certNo: string;
  /** The number against the credential's own year, level and kind. */
  check: CertNoCheck;
  route: RouteDecision;
  /** False when the number is wrong, or missing where the route is online. */
  ok: boolean;
}

/** Every credential of a roster: its number checked against the credential, and its route. */
export function checkApplicants(applicants: readonly Applicant[]): CredentialCheck[] {
  return applicants.flatMap((a) =>
    a.credentials.map((c) => {
      const { check, ok } = checkCredentialNumber(c);
      return { applicantId: a.id, name: a.name, credentialId: c.id, kind: c.kind, certNo: c.certNo, check, route: route(c), ok };
    }),
  );
}

export function describeChecks(checks: readonly CredentialCheck[], rowErrors: readonly RowError[]): string {
  const lines: string[] = ['姓名\t类别\t证书编号\t编号检查\t查验途径'];
  for (const x of checks) {
    const verdict = !x.ok ? '编号有误' : x.certNo.trim() === '' ? '无编号' : '编号正确';
    lines.push(`${x.name}\t${CREDENTIAL_KIND_LABELS[x.kind]}\t${x.certNo || '（未填）'}\t${verdict}\t${ROUTE_LABELS[x.route.route]}`);
    if (!x.ok) for (const r of x.check.reasons) lines.push(`    问题：${r}`);
  }
  const bad = checks.filter((x) => !x.ok).length;
  const byRoute = ROUTES.map((r) => `${ROUTE_LABELS[r]}${checks.filter((x) => x.route.route === r).length}项`).join('，');
  lines.push('', `共${checks.length}项学历学位：编号有误${bad}项；${byRoute}。`);
  if (rowErrors.length) lines.push(`名册另有${rowErrors.length}处错误，相关行未检查（用 zhicheng import 查看）。`);
  return lines.join('\n');
}

/** `check <roster file>`: every credential's number and route; exit 1 when a number or a row is wrong. */
async function checkRoster(ctx: CommandContext, file: string): Promise<number> {
  const r = await readRoster(file);
  const checks = checkApplicants(r.applicants);
  ctx.stdout(ctx.json ? JSON.stringify({ file, credentials: checks, rowErrors: r.errors }, null, 2) : describeChecks(checks, r.errors));
  return checks.every((x) => x.ok) && r.errors.length === 0 ? 0 : 1;
}

const ROSTER_EXTENSIONS = new Set(['.xlsx', '.csv']);

export const check: Command = {
  name: 'check',
  summary: '检查学历、学位证书编号的格式（位数、办学类型、年份、层次）；给出名册时逐项检查并给出查验途径',
  usage: '<证书编号> [--kind xueli|xuewei] [--json]\n<名册.xlsx|名册.csv> [--json]',
  options: { kind: { type: 'string' } },
  run(ctx) {
    const roster = ctx.positionals.find((p) => ROSTER_EXTENSIONS.has(extname(p).toLowerCase()));
    if (roster) {
      const rest = ctx.positionals.filter((p) => p !== roster);
      if (rest.length) throw new UsageError(`多余的参数：${rest.join(' ')}（给出名册时只检查名册）`);
      return checkRoster(ctx, roster);
    }
    return checkNumber(ctx);
  },
};
