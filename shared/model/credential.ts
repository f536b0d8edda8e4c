import { z } from 'zod';
import { field, isoDate, objectOf, requiredText, text } from './field';

export const CREDENTIAL_KINDS = ['xueli', 'xuewei'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];
export const CREDENTIAL_KIND_LABELS: Record<CredentialKind, string> = { xueli: '学历', xuewei: '学位' };

/** 培养层次 with the two-digit code used in positions 11–12 of a 学历证书编号 (../shared/rules.md §2). */
export const XUELI_LEVELS = ['博士研究生', '硕士研究生', '第二学士学位', '本科', '专科'] as const;
export type XueliLevel = (typeof XUELI_LEVELS)[number];
export const XUELI_LEVEL_CODES: Record<XueliLevel, string> = {
  博士研究生: '01',
  硕士研究生: '02',
  第二学士学位: '04',
  本科: '05',
  专科: '06',
};

/** 学位级别 with the one-digit code in position 6 of a 学位证书编号 (../shared/rules.md §3). */
export const DEGREE_LEVELS = ['博士', '硕士', '学士'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];
export const DEGREE_LEVEL_CODES: Record<DegreeLevel, string> = { 博士: '2', 硕士: '3', 学士: '4' };

const required = requiredText;

/** Fields both kinds share. */
const commonFields = {
  id: field('编号', z.string().min(1)),
  certNo: field('证书编号', text(40), '学历证书编号18位数字；学位证书编号16位'),
  school: field('学校', required(), '学历：学校名称；学位：学位授予单位'),
  major: field('专业', text()),
  studyMode: field('学习形式', text(40), '如：普通全日制、非全日制、函授、业余、自学考试、网络教育'),
  enrolDate: field('入学日期', isoDate.optional()),
  /** 境外学历学位 go to manual review (留服中心认证). */
  foreign: field('境外', z.boolean().default(false)),
  /** The personnel-archive office's 个人学历、学位信息审查情况材料 is in hand (for a credential reviewed from the archive). */
  archiveStatement: field('档案审查材料已出具', z.boolean().default(false), '档案审查的学历学位：人事档案管理部门已出具审查材料填“是”'),
};

export const XUELI_FIELDS = {
  ...commonFields,
  kind: field('类别', z.literal('xueli')),
  level: field('层次', z.enum(XUELI_LEVELS, { error: `层次应为：${XUELI_LEVELS.join('、')}` })),
  gradDate: field('毕(结)业日期', isoDate),
};

export const XUEWEI_FIELDS = {
  ...commonFields,
  kind: field('类别', z.literal('xuewei')),
  school: field('学位授予单位', required()),
  degree: field('学位', z.enum(DEGREE_LEVELS, { error: `学位应为：${DEGREE_LEVELS.join('、')}` })),
  degreeField: field('学科门类', text(20), '如：工学、理学、管理学'),
  degreeDate: field('授予日期', isoDate),
};

export const XueliCredential = objectOf(XUELI_FIELDS);
export const XueweiCredential = objectOf(XUEWEI_FIELDS);
export const Credential = z.discriminatedUnion('kind', [XueliCredential, XueweiCredential]);

export type XueliCredential = z.infer<typeof XueliCredential>;
export type XueweiCredential = z.infer<typeof XueweiCredential>;
export type Credential = z.infer<typeof Credential>;

/** The date the rules look at: graduation for 学历, conferral for 学位. */
export const credentialDate = (c: Credential): string => (c.kind === 'xueli' ? c.gradDate : c.degreeDate);
/** 层次 for 学历, 学位 for 学位. */
export const credentialLevel = (c: Credential): string => (c.kind === 'xueli' ? c.level : c.degree);
/** The labels of those two fields for a credential's kind (毕(结)业日期 / 授予日期, 层次 / 学位). */
export const credentialDateLabel = (c: Pick<Credential, 'kind'>): string => (c.kind === 'xueli' ? XUELI_FIELDS.gradDate : XUEWEI_FIELDS.degreeDate).label;
export const credentialLevelLabel = (c: Pick<Credential, 'kind'>): string => (c.kind === 'xueli' ? XUELI_FIELDS.level : XUEWEI_FIELDS.degree).label;
