import { CREDENTIAL_KINDS, CREDENTIAL_KIND_LABELS, type CredentialKind } from '../../../shared/model';
import { checkCertNo, type CertNoCheck } from '../../../shared/rules';
import { UsageError, type Command, type CommandContext } from '../command';

function kindOption(v: unknown): CredentialKind | undefined {
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

/** `check <certificate number>`: one number, structure only. Kept apart so a roster-file form can sit beside it. */
export async function checkNumber(ctx: CommandContext): Promise<number> {
  // CHSI prints numbers in groups of four; pasted unquoted they arrive as several arguments.
  const raw = ctx.positionals.join('');
  if (!raw) throw new UsageError('请给出要检查的证书编号');
  const r = checkCertNo(raw, undefined, kindOption(ctx.values.kind));
  ctx.stdout(ctx.json ? JSON.stringify(r, null, 2) : describe(r));
  return r.valid ? 0 : 1;
}

export const check: Command = {
  name: 'check',
  summary: '检查学历、学位证书编号的格式（位数、办学类型、年份、层次）',
  usage: '<证书编号> [--kind xueli|xuewei] [--json]',
  options: { kind: { type: 'string' } },
  run: checkNumber,
};
