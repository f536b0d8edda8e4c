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

// Each alias below is the same fact under another name on another layout or site; a label that names a different fact
// gets its own key, even where the two look alike (院系 / 分院 / 系所, 预计毕业日期 / 离校日期).
export const REPORT_FIELDS = {
  name: f('姓名'),
  gender: f('性别'),
  birthDate: f('出生日期', [], true),
  ethnicity: f('民族'),
  // 身份证号: the older 学籍 pages' name for the same identity-document number.
  idNumber: f('证件号码', ['身份证号']),
  // 入学时间: the ≤2017 desktop and 2023–24 学籍 pages' name for the same enrolment date.
  enrolDate: f('入学日期', ['入学时间'], true),
  // 毕业日期, 毕(结)业时间: the query results' and older pages' names for the same graduation date.
  gradDate: f('毕(结)业日期', ['毕业日期', '毕(结)业时间'], true),
  // 类型: the 2023–24 学籍 report's name for the same 学历类别 (普通高等教育, 成人高等教育…).
  eduCategory: f('学历类别', ['类型']),
  level: f('层次'),
  // 院校: the 2023–24 学籍 report's name for the same school (2025 pages say 学校名称 again).
  school: f('学校名称', ['院校']),
  /** 院系 (2023–24 学籍): school and department in one value. */
  department: f('院系'),
  /** 分院 (2025 学籍): the college within the school; may be empty while 系所 is filled, or the reverse. */
  college: f('分院'),
  /** 系所 (2025 学籍): the department or institute, a field of its own beside 分院. */
  section: f('系所'),
  className: f('班级'),
  studentNo: f('学号'),
  duration: f('学制'),
  // 学科/专业, 学科专业: the degree report's and the old degree site's names for the same major.
  major: f('专业', ['学科/专业', '学科专业']),
  // 形式: the 2023–24 学籍 report's name for the same 学习形式.
  studyMode: f('学习形式', ['形式']),
  // 学位证书编号: the degree pages' name for the number of the certificate the page is about.
  certNo: f('证书编号', ['学位证书编号']),
  graduation: f('毕(结)业'),
  principal: f('校(院)长姓名'),
  status: f('学籍状态'),
  expectedGradDate: f('预计毕业日期', [], true),
  /** 离校日期 (2025 学籍): the date the student leaves (or left): not always the expected graduation date. */
  leaveDate: f('离校日期', [], true),
  // 学位层级: the old degree site's name for the degree conferred (学士…; compared by level).
  degree: f('所授学位', ['学位层级']),
  degreeField: f('学科门类'),
  // 授予日期, 获学位年份: the old degree site's names for the same conferral date (the latter a year only).
  degreeDate: f('获学位日期', ['授予日期', '获学位年份'], true),
  awardingUnit: f('学位授予单位'),
  reportNo: f('报告编号'),
  updatedAt: f('更新日期', [], true),
  /** 报告日期 (≤2017 pages): when the report was made. */
  reportDate: f('报告日期', [], true),
  /** 验证期至 (≤2017 pages): the last day the report can be verified online. */
  validUntil: f('验证期至', [], true),
} as const satisfies Record<string, ReportFieldDef>;

export type ReportFieldKey = keyof typeof REPORT_FIELDS;
export const REPORT_FIELD_KEYS = Object.keys(REPORT_FIELDS) as ReportFieldKey[];

/**
 * The label beside the 在线验证码 on the sites' pages. Not a REPORT_FIELDS key: the code is a bearer secret, kept
 * once as `vcode` (PageRead, VerificationRecord), never among the fields.
 */
export const VCODE_LABEL = '在线验证码';
