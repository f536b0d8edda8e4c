// The names an office's own Word template may use, and what each is filled with. Every name is a label users already
// see: the roster's column headers (shared/roster/columns.ts, built from the model's field tables) and, for lists, the
// model's item labels; the values the domain derives (查验方式, 查验结论, 评定结论, 公示期…) come from the functions our
// own forms use. Names compare as roster headers do (headerKey: no width, spaces or separators), and the roster's
// aliases work here too. No node:* (the generator page fills templates as well).
import {
  ACHIEVEMENT_FIELDS,
  APPLICANT_FIELDS,
  AWARD_FIELDS,
  CREDENTIAL_KINDS,
  CREDENTIAL_KIND_LABELS,
  PAPER_FIELDS,
  STUDY_FIELDS,
  TRAINING_FIELDS,
  WORK_FIELDS,
  XUELI_FIELDS,
  credentialDate,
  credentialLevel,
  type Applicant,
  type CredentialKind,
  type FieldDef,
  type Settings,
  type VerificationRecord,
} from '../../shared/model';
import { APPLICANT_COLUMNS, HEADER_INDEX, MAX_SLOTS, groupColumns, groupName, headerKey, type Column, type Slot } from '../../shared/roster/columns';
import { cellKind } from '../../shared/roster/schema-kind';
import { slotted } from '../../shared/roster/slots';
import {
  CREDENTIAL_STATE_LABELS,
  passedByVote,
  planApplicant,
  titleAndLevel,
  verificationMethod,
  type ApplicantPlan,
  type CredentialStatus,
} from '../../shared/rules';
import { publicityPeriod } from '../definitions/committee';
import { evaluationConclusion } from '../definitions/evaluation';
import type { Meeting } from '../definitions/form';
import { checkingUnit, sheetValues } from '../definitions/verification';
import { formatValue } from '../document/resolve';

/** What a placeholder is filled with: text, a condition's truth, or a loop's items. */
export type TemplateValue = string | boolean | TemplateItem[];
/** One scope of the data: values by the headerKey of their name. */
export type TemplateItem = { [key: string]: TemplateValue };

export type FieldKind = 'text' | 'condition' | 'loop';

export interface TemplateField<C> {
  /** The name as written in a template, e.g. 学历·证书编号. */
  name: string;
  meaning: string;
  kind: FieldKind;
  /** A loop's item fields. */
  items?: readonly TemplateField<never>[];
  value(ctx: C): TemplateValue;
}

/** Everything one applicant's values are made from. */
export interface ApplicantContext {
  applicant: Applicant;
  plan: ApplicantPlan;
  settings: Settings;
  meeting?: Meeting;
}

interface CredentialContext {
  status: CredentialStatus;
  sheet: ReturnType<typeof sheetValues>;
  index: number;
}

interface ItemContext {
  item: Record<string, unknown>;
  index: number;
}

const format = (def: FieldDef) => {
  const k = cellKind(def.schema).type;
  return k === 'date' ? 'date' : k === 'month' ? 'month' : 'text';
};

/** A model value as printed on our forms: dates as 2012年7月1日, months as 2012年7月, 是/否, codes as their labels. */
const printed = (col: Pick<Column, 'def' | 'valueLabels'>, raw: unknown): string =>
  formatValue(typeof raw === 'string' ? (col.valueLabels?.[raw] ?? raw) : raw, format(col.def));

const NUMBER: TemplateField<{ index: number }> = { name: '序号', meaning: '在列表中的序号（1、2、3…）', kind: 'text', value: (c) => String(c.index + 1) };

// ── One credential (an item of 学历学位, or a column group such as 第一学位·) ──

/** The credential's own fields, by the roster group's labels: 学历 and 学位 groups merged, each label once. */
function credentialModelFields(): TemplateField<CredentialContext>[] {
  const byLabel = new Map<string, Partial<Record<CredentialKind, Column>>>();
  for (const kind of CREDENTIAL_KINDS) {
    for (const col of groupColumns({ kind, slot: 1 })) byLabel.set(col.def.label, { ...byLabel.get(col.def.label), [kind]: col });
  }
  // 学校 is the school of a 学历 and the awarding unit of a 学位 (the model's own hint says so), as on the 评定表.
  const school = byLabel.get(XUELI_FIELDS.school.label)!;
  school.xuewei = groupColumns({ kind: 'xuewei', slot: 1 }).find((c) => c.key === 'school');
  return [...byLabel].map(([label, cols]): TemplateField<CredentialContext> => {
    const only = cols.xueli && cols.xuewei ? undefined : cols.xueli ? 'xueli' : 'xuewei';
    const hint = cols.xueli?.def.hint ?? cols.xuewei?.def.hint;
    return {
      name: label,
      meaning: only ? `${CREDENTIAL_KIND_LABELS[only]}的${label}${hint ? `（名册填写：${hint}）` : ''}` : (hint ?? `学历或学位的${label}`),
      kind: 'text',
      value: ({ status: { credential } }) => {
        const col = cols[credential.kind];
        return col ? printed(col, (credential as Record<string, unknown>)[col.key]) : '';
      },
    };
  });
}

/** What the verification found for a credential: the same values the 查验结果单 prints. */
const VERIFICATION_FIELDS: readonly TemplateField<CredentialContext>[] = [
  { name: '查验方式', meaning: '查验方式及结果，如：学信网在线查验（一致）、档案审查', kind: 'text', value: ({ status }) => verificationMethod(status) },
  { name: '查验状态', meaning: `${Object.values(CREDENTIAL_STATE_LABELS).join('、')}之一`, kind: 'text', value: ({ status }) => CREDENTIAL_STATE_LABELS[status.state] },
  { name: '查验结论', meaning: '查验结果单的“查验结论”', kind: 'text', value: ({ sheet }) => sheet.outcome },
  { name: '比对情况', meaning: '网上查验结果与申报信息的比对（查验结果单的“比对情况”）', kind: 'text', value: ({ sheet }) => sheet.comparison },
  { name: '查验人说明', meaning: '查验人对不一致所作的说明', kind: 'text', value: ({ sheet }) => sheet.note },
  { name: '查验网站', meaning: '在哪个网站查验（尚未查验时为应去查验的网站）', kind: 'text', value: ({ sheet }) => sheet.site },
  { name: '在线验证码', meaning: '报告的在线验证码', kind: 'text', value: ({ status }) => status.record?.vcode ?? '' },
  { name: '查验时间', meaning: '查验的日期和时间（北京时间）', kind: 'text', value: ({ status }) => formatValue(status.record?.capturedAt, 'datetime') },
  { name: '报告网址', meaning: '查验页面的网址', kind: 'text', value: ({ status }) => status.record?.url ?? '' },
  { name: '页面指纹', meaning: '查验页面文字的SHA-256', kind: 'text', value: ({ status }) => status.record?.sha256 ?? '' },
];

/** An item of the 学历学位 loop: the credential's fields, the 评定表's merged columns, what its verification found. */
export const CREDENTIAL_FIELDS: readonly TemplateField<CredentialContext>[] = [
  { name: XUELI_FIELDS.kind.label, meaning: '学历或学位', kind: 'text', value: ({ status }) => CREDENTIAL_KIND_LABELS[status.credential.kind] },
  ...credentialModelFields(),
  { name: '层次／学位', meaning: '学历的层次或学位的级别（评定表的一栏）', kind: 'text', value: ({ status }) => credentialLevel(status.credential) },
  { name: '毕(结)业日期／授予日期', meaning: '学历的毕业日期或学位的授予日期', kind: 'text', value: ({ status }) => formatValue(credentialDate(status.credential), 'date') },
  ...VERIFICATION_FIELDS,
  NUMBER,
];

// ── Lists of the 评定表 (学习、工作经历…) ──

/** Each history list of the model with the field table of its items. */
const HISTORY_TABLES: { key: keyof typeof APPLICANT_FIELDS; fields: Record<string, FieldDef> }[] = [
  { key: 'study', fields: STUDY_FIELDS },
  { key: 'work', fields: WORK_FIELDS },
  { key: 'training', fields: TRAINING_FIELDS },
  { key: 'achievements', fields: ACHIEVEMENT_FIELDS },
  { key: 'papers', fields: PAPER_FIELDS },
  { key: 'awards', fields: AWARD_FIELDS },
];

function historyLoop(key: keyof typeof APPLICANT_FIELDS, fields: Record<string, FieldDef>): TemplateField<ApplicantContext> {
  const items: TemplateField<ItemContext>[] = [
    ...Object.entries(fields).map(([k, def]): TemplateField<ItemContext> => ({
      name: def.label,
      meaning: `${APPLICANT_FIELDS[key].label}的${def.label}`,
      kind: 'text',
      value: ({ item }) => printed({ def }, item[k]),
    })),
    NUMBER,
  ];
  return {
    name: APPLICANT_FIELDS[key].label,
    meaning: `循环：每条${APPLICANT_FIELDS[key].label}一次`,
    kind: 'loop',
    items: items as TemplateField<never>[],
    value: ({ applicant }) => (applicant[key] as Record<string, unknown>[]).map((item, index) => itemOf(items, { item, index })),
  };
}

// ── The applicant ──

/** Roster columns whose value the plan decides when the roster leaves them blank. */
const PLANNED: Partial<Record<string, (c: ApplicantContext) => string>> = {
  titleName: (c) => c.plan.titleName,
  way: (c) => c.plan.way,
};

const slotMeaning = ({ kind, slot }: Slot) => {
  const k = CREDENTIAL_KIND_LABELS[kind];
  return slot === 1 ? `最高${k}` : slot === 2 ? `第一${k}（与最高的不同时）` : `第${slot}个${k}`;
};

function credentialContext(c: ApplicantContext, status: CredentialStatus, index: number): CredentialContext {
  const data = { applicant: c.applicant, credential: status.credential, settings: c.settings, ...(status.record ? { record: status.record } : {}) };
  return { status, sheet: sheetValues(data), index };
}

/** The credential in a column group (学历 = the highest, 第一学历 = the first…), if the applicant has one. */
function inSlot(c: ApplicantContext, slot: Slot): CredentialContext | undefined {
  const hit = slotted(c.applicant.credentials).find((s) => s.slot.kind === slot.kind && s.slot.slot === slot.slot);
  const i = hit ? c.plan.credentials.findIndex((s) => s.credential === hit.credential) : -1;
  return i < 0 ? undefined : credentialContext(c, c.plan.credentials[i]!, i);
}

function groupFields(slot: Slot): TemplateField<ApplicantContext>[] {
  return [
    ...groupColumns(slot).map((col): TemplateField<ApplicantContext> => ({
      name: col.header,
      meaning: `${slotMeaning(slot)}的${col.def.label}`,
      kind: 'text',
      value: (c) => {
        const s = inSlot(c, slot);
        return s ? printed(col, (s.status.credential as Record<string, unknown>)[col.key]) : '';
      },
    })),
    // What the verification of this group's credential found; its own fields are the roster's columns above.
    ...VERIFICATION_FIELDS.map(
      (f): TemplateField<ApplicantContext> => ({
        name: `${groupName(slot)}·${f.name}`,
        meaning: `${slotMeaning(slot)}的${f.name}`,
        kind: 'text',
        value: (c) => {
          const s = inSlot(c, slot);
          return s ? f.value(s) : '';
        },
      }),
    ),
  ];
}

export const TEMPLATE_FIELDS: readonly TemplateField<ApplicantContext>[] = [
  ...APPLICANT_COLUMNS.map((col): TemplateField<ApplicantContext> => ({
    name: col.header,
    meaning: `申报人的${col.def.label}${col.def.hint ? `（名册填写：${col.def.hint}）` : ''}`,
    kind: 'text',
    value: (c) => PLANNED[col.key]?.(c) ?? printed(col, (c.applicant as Record<string, unknown>)[col.key]),
  })),
  { name: '申报资格名称及级别', meaning: '如：高级工程师（副高级）', kind: 'text', value: (c) => titleAndLevel(c.plan.titleName, c.applicant.level) },
  { name: '评审通过', meaning: '条件：评审结果为“通过”且表决人数支持时，{#评审通过}…{/评审通过}之间的内容才印出', kind: 'condition', value: (c) => passedByVote(c.applicant) },
  { name: '评定结论', meaning: '评审通过后的评定结论；未通过或待评审时为空', kind: 'text', value: (c) => evaluationConclusion(c.applicant, c.plan.titleName) },
  { name: '公示期', meaning: '公示的工作日数和起止日期（--publicity-from 给出开始日期时）', kind: 'text', value: (c) => publicityPeriod({ applicants: [c.applicant], settings: c.settings, ...(c.meeting ? { meeting: c.meeting } : {}) }) },
  { name: '查验单位', meaning: '设置中的查验单位；未设置时为申报人的工作单位', kind: 'text', value: (c) => checkingUnit(c.settings, c.applicant) },
  { name: '查验人', meaning: '设置中的查验人', kind: 'text', value: (c) => c.settings.checker },
  { name: '材料齐全', meaning: '条件：学历学位都已查验或审查、材料齐全时为真', kind: 'condition', value: (c) => c.plan.blockers.length === 0 },
  { name: '未办事项', meaning: '材料尚缺什么（材料齐全时为空）', kind: 'text', value: (c) => c.plan.blockers.join('；') },
  {
    name: APPLICANT_FIELDS.credentials.label,
    meaning: '循环：每项学历、学位一次',
    kind: 'loop',
    items: CREDENTIAL_FIELDS as TemplateField<never>[],
    value: (c) => c.plan.credentials.map((s, i) => itemOf(CREDENTIAL_FIELDS, credentialContext(c, s, i))),
  },
  ...HISTORY_TABLES.map(({ key, fields }) => historyLoop(key, fields)),
  ...(['xueli', 'xuewei'] as const).flatMap((kind) => Array.from({ length: MAX_SLOTS }, (_, i) => groupFields({ kind, slot: i + 1 }))).flat(),
];

function itemOf<C>(fields: readonly TemplateField<C>[], ctx: C): TemplateItem {
  return Object.fromEntries(fields.map((f) => [headerKey(f.name), f.value(ctx)]));
}

/** Other names the roster accepts for a column (身份证号码, 最高学历·学校, 学校…), by headerKey → the column's key. */
export const TEMPLATE_ALIASES: ReadonlyMap<string, string> = new Map(
  [...HEADER_INDEX].filter(([alias, col]) => alias !== headerKey(col.header)).map(([alias, col]) => [alias, headerKey(col.header)]),
);

/** The applicant's plan and context, from the same inputs as the forms. */
export function applicantContext(applicant: Applicant, records: readonly VerificationRecord[], settings: Settings, meeting?: Meeting): ApplicantContext {
  return { applicant, plan: planApplicant(applicant, records, settings), settings, ...(meeting ? { meeting } : {}) };
}

/**
 * Every value a template can use for one applicant. For a form made per credential (the 查验结果单), that credential's
 * values (证书编号, 查验结论…) are named without a loop as well.
 */
export function templateData(c: ApplicantContext, credentialId?: string): TemplateItem {
  const top = itemOf(TEMPLATE_FIELDS, c);
  const i = credentialId ? c.plan.credentials.findIndex((s) => s.credential.id === credentialId) : -1;
  return i < 0 ? top : { ...top, ...itemOf(CREDENTIAL_FIELDS, credentialContext(c, c.plan.credentials[i]!, i)) };
}
