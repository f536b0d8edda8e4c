/**
 * The fields a verification page can show, keyed as in `zhicheng read-page --json` (a contract: add keys, never
 * rename). `label` is the label users see; `aliases` are the label texts the sites use for it in their layouts,
 * compared after normalising width, spaces and a trailing colon (../shared/sites.md).
 */
export interface ReportFieldDef {
  label: string;
  aliases: readonly string[];
  /** Normalise the value to YYYY-MM-DD. */
  date?: boolean;
}

const f = (label: string, aliases: string[] = [], date = false): ReportFieldDef => ({
  label,
  aliases: [label, ...aliases],
  ...(date ? { date } : {}),
});

export const REPORT_FIELDS = {
  name: f('姓名'),
  gender: f('性别'),
  birthDate: f('出生日期', [], true),
  ethnicity: f('民族'),
  idNumber: f('证件号码', ['身份证号']),
  enrolDate: f('入学日期', ['入学时间'], true),
  gradDate: f('毕(结)业日期', ['毕业日期', '毕(结)业时间'], true),
  eduCategory: f('学历类别', ['类型']),
  level: f('层次'),
  school: f('学校名称', ['院校']),
  department: f('院系', ['分院', '系所']),
  className: f('班级'),
  studentNo: f('学号'),
  duration: f('学制'),
  major: f('专业', ['学科/专业', '学科专业']),
  studyMode: f('学习形式', ['形式']),
  certNo: f('证书编号', ['学位证书编号']),
  graduation: f('毕(结)业'),
  principal: f('校(院)长姓名'),
  status: f('学籍状态'),
  expectedGradDate: f('预计毕业日期', ['离校日期'], true),
  degree: f('所授学位', ['学位层级', '学位']),
  degreeField: f('学科门类'),
  degreeDate: f('获学位日期', ['授予日期', '获学位年份'], true),
  awardingUnit: f('学位授予单位'),
  reportNo: f('报告编号'),
  updatedAt: f('更新日期', [], true),
} as const satisfies Record<string, ReportFieldDef>;

export type ReportFieldKey = keyof typeof REPORT_FIELDS;
export const REPORT_FIELD_KEYS = Object.keys(REPORT_FIELDS) as ReportFieldKey[];

/**
 * The label beside the 在线验证码 on the sites' pages. Not a REPORT_FIELDS key: the code is a bearer secret, kept
 * once as `vcode` (PageRead, VerificationRecord), never among the fields.
 */
export const VCODE_LABEL = '在线验证码';
