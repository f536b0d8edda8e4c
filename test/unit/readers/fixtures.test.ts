import { describe, expect, it } from 'vitest';
import { PageRead, type ExtraField, type ReadField, type ReportFieldKey } from '../../../shared/model';
import { sampleCredential } from '../../../shared/sample/applicants';
import { classifyPage, readPage } from '../../../extension/readers';
import { FIXTURES, fixtureHtml, parsePage, type FixtureEntry } from './fixtures';

/** A field as read: label as the model spells it, raw as printed, value normalised (defaults to raw). */
const f = (label: string, raw: string, value: string | null = raw): ReadField => ({ label, raw, value, image: false });
const img = (label: string): ReadField => ({ label, raw: '', value: null, image: true });
const date = (label: string, raw: string, iso: string) => f(label, raw, iso);

const read = (x: FixtureEntry) => readPage(parsePage(fixtureHtml(x.file)), x.url);
const entry = (file: string, host = 'www.'): FixtureEntry => {
  const e = FIXTURES.find((x) => x.file === file && new URL(x.url).hostname.startsWith(host));
  if (!e) throw new Error(`no fixture ${file}`);
  return e;
};

/** Fields in page order; `order` only where extras stand between them (else the fields' own order is the page's). */
type Expected = { fields: Partial<Record<ReportFieldKey, ReadField>>; extra?: ExtraField[]; order?: string[]; warnings: string[] };
const pageOrderOf = (e: Expected): string[] => e.order ?? [...Object.keys(e.fields).map((k) => `fields.${k}`), ...(e.extra ?? []).map((_, i) => `extra.${i}`)];

const EXPECTED: Record<string, Expected> = {
  'xueli-report-table.html': {
    fields: {
      updatedAt: date('更新日期', '2018年11月20日', '2018-11-20'),
      name: img('姓名'),
      gender: f('性别', '女'),
      birthDate: date('出生日期', '1980年11月02日', '1980-11-02'),
      enrolDate: date('入学日期', '1998年09月01日', '1998-09-01'),
      gradDate: date('毕(结)业日期', '2002年07月01日', '2002-07-01'),
      eduCategory: f('学历类别', '普通'),
      level: f('层次', '本科'),
      school: f('学校名称', '北辰理工大学'),
      duration: f('学制', '4 年'),
      major: f('专业', '机械设计制造及其自动化'),
      studyMode: f('学习形式', '普通全日制'),
      certNo: f('证书编号', '1900 1120 0205 0004 21', '190011200205000421'),
      graduation: img('毕(结)业'),
      principal: f('校(院)长姓名', '周明远'),
    },
    warnings: ['「姓名」在页面上是图片，无法自动读出：请对照页面目视核对。', '「毕(结)业」在页面上是图片，无法自动读出：请对照页面目视核对。'],
  },
  'xueli-report-divs.html': {
    fields: {
      updatedAt: date('更新日期', '2023年03月15日', '2023-03-15'),
      name: f('姓名', '阿依古丽·买买提'),
      gender: f('性别', '女'),
      birthDate: date('出生日期', '1989年04月17日', '1989-04-17'),
      enrolDate: date('入学日期', '2007年09月01日', '2007-09-01'),
      gradDate: date('毕(结)业日期', '2012年06月30日', '2012-06-30'),
      eduCategory: f('学历类别', '普通高等教育'),
      level: f('层次', '本科'),
      school: f('学校名称', '东岭医科大学'),
      duration: f('学制', '5 年'),
      major: f('专业', '临床医学'),
      studyMode: f('学习形式', '普通全日制'),
      certNo: f('证书编号', '190021201205004417'),
      graduation: f('毕(结)业', '毕业'),
      principal: f('校(院)长姓名', '韩立德'),
    },
    warnings: [],
  },
  'xueli-report-items.html': {
    fields: {
      updatedAt: date('更新日期', '2024年03月18日', '2024-03-18'),
      name: f('姓名', '陈𠮷祥'),
      gender: f('性别', '女'),
      birthDate: date('出生日期', '1987年01月09日', '1987-01-09'),
      enrolDate: date('入学日期', '2010年09月01日', '2010-09-01'),
      gradDate: date('毕(结)业日期', '2013年07月01日', '2013-07-01'),
      eduCategory: f('学历类别', '普通高等教育'),
      level: f('层次', '硕士研究生'),
      school: f('学校名称', '东岭医科大学'),
      duration: f('学制', '3 年'),
      major: f('专业', '外科学'),
      studyMode: f('学习形式', '普通全日制'),
      certNo: f('证书编号', '190021201302000356'),
      graduation: f('毕(结)业', '毕业'),
      principal: f('校(院)长姓名', '苏启明'),
    },
    warnings: [],
  },
  'xueji-report.html': {
    fields: {
      updatedAt: date('更新日期', '2024年10月09日', '2024-10-09'),
      name: f('姓名', '白若溪'),
      gender: f('性别', '女'),
      birthDate: date('出生日期', '2003年05月12日', '2003-05-12'),
      ethnicity: f('民族', '汉族'),
      idNumber: f('证件号码', '210402200305122747'),
      school: f('院校', '北辰理工大学'),
      level: f('层次', '本科'),
      department: f('院系', '化学工程学院'),
      className: f('班级', '化工2101'),
      major: f('专业', '化学工程与工艺'),
      studentNo: f('学号', '2021013327'),
      studyMode: f('形式', '普通全日制'),
      eduCategory: f('学历类别', '普通高等教育'),
      duration: f('学制', '4 年'),
      enrolDate: date('入学时间', '2021年09月01日', '2021-09-01'),
      status: f('学籍状态', '在籍（注册学籍）'),
      expectedGradDate: date('预计毕业日期', '2025年06月30日', '2025-06-30'),
    },
    warnings: ['这是学籍在线验证报告，只证明在读（在籍），不能用于核验学历。请让申报人提供学历证书电子注册备案表的在线验证码。'],
  },
  'xuewei-report.html': {
    fields: {
      updatedAt: date('更新日期', '2024年05月06日', '2024-05-06'),
      name: f('姓名', '王䶮'),
      gender: f('性别', '男'),
      birthDate: date('出生日期', '1985年06月20日', '1985-06-20'),
      degreeDate: date('获学位日期', '2008年09月01日', '2008-09-01'),
      awardingUnit: f('学位授予单位', '北辰理工大学'),
      degree: f('所授学位', '工学学士学位'),
      major: f('学科/专业', '过程装备与控制工程'),
      certNo: f('学位证书编号', '1900142008001573'),
    },
    warnings: [],
  },
  'xueji-report-2025.html': {
    fields: {
      updatedAt: date('更新日期', '2025年03月21日', '2025-03-21'),
      name: f('姓名', '韩小满'),
      gender: f('性别', '男'),
      birthDate: date('出生日期', '2004年08月19日', '2004-08-19'),
      ethnicity: f('民族', '满族'),
      school: f('学校名称', '青川大学'),
      level: f('层次', '专科'),
      major: f('专业', '软件技术'),
      duration: f('学制', '2.5 年'),
      eduCategory: f('学历类别', '成人高等教育'),
      studyMode: f('学习形式', '业余'),
      college: f('分院', '继续教育学院'),
      section: f('系所', '', null),
      enrolDate: date('入学日期', '2024年03月01日', '2024-03-01'),
      status: f('学籍状态', '在籍（注册学籍）'),
      leaveDate: date('离校日期', '2026年07月01日', '2026-07-01'),
    },
    warnings: ['这是学籍在线验证报告，只证明在读（在籍），不能用于核验学历。请让申报人提供学历证书电子注册备案表的在线验证码。'],
  },
  'xueji-report-2023.html': {
    fields: {
      updatedAt: date('更新日期', '2023年11月06日', '2023-11-06'),
      name: f('姓名', '苗一禾'),
      gender: f('性别', '女'),
      birthDate: date('出生日期', '2002年01月30日', '2002-01-30'),
      ethnicity: f('民族', '汉族'),
      idNumber: f('证件号码', '210402200201301028'),
      school: f('院校', '滨海师范学院'),
      level: f('层次', '本科'),
      department: f('院系', '外国语学院'),
      className: f('班级', '英语2002'),
      major: f('专业', '英语'),
      studentNo: f('学号', '20200314'),
      duration: f('学制', '4 年'),
      eduCategory: f('类型', '普通高等教育'),
      studyMode: f('形式', '普通全日制'),
      enrolDate: date('入学日期', '2020年09月01日', '2020-09-01'),
      status: f('学籍状态', '注册学籍（预计毕业日期：2024年06月30日）'),
    },
    warnings: ['这是学籍在线验证报告，只证明在读（在籍），不能用于核验学历。请让申报人提供学历证书电子注册备案表的在线验证码。'],
  },
  'xueli-report-mobile-2024.html': {
    fields: {
      updatedAt: date('更新日期', '2025年02月14日', '2025-02-14'),
      name: f('姓名', '郑凯'),
      gender: f('性别', '男'),
      birthDate: date('出生日期', '1989年10月10日', '1989-10-10'),
      enrolDate: date('入学日期', '2007年09月01日', '2007-09-01'),
      gradDate: date('毕(结)业日期', '2011年07月01日', '2011-07-01'),
      eduCategory: f('学历类别', '普通高等教育'),
      level: f('层次', '本科'),
      school: f('学校名称', '青川大学'),
      major: f('专业', '计算机科学与技术'),
      duration: f('学制', '4 年'),
      studyMode: f('学习形式', '普通全日制'),
      graduation: f('毕(结)业', '毕业'),
      principal: f('校(院)长姓名', '林远舟'),
      certNo: f('证书编号', '190041201105009155'),
    },
    extra: [{'label':'入学方式','raw':'普通高考'}],
    order: ['fields.updatedAt','fields.name','fields.gender','fields.birthDate','fields.enrolDate','extra.0','fields.gradDate','fields.eduCategory','fields.level','fields.school','fields.major','fields.duration','fields.studyMode','fields.graduation','fields.principal','fields.certNo'],
    warnings: [],
  },
  'xuewei-report-mobile-2024.html': {
    fields: {
      name: f('姓名', '周海涛'),
      gender: f('性别', '男'),
      birthDate: date('出生日期', '1993年09月05日', '1993-09-05'),
      degreeDate: date('获学位日期', '2016年06月30日', '2016-06-30'),
      awardingUnit: f('学位授予单位', '滨海师范学院'),
      degree: f('所授学位', '理学学士学位'),
      major: f('学科/专业', '物理学'),
      certNo: f('学位证书编号', '1900342016006610'),
      updatedAt: date('更新日期', '2025年01月08日', '2025-01-08'),
    },
    warnings: [],
  },
  'xueli-report-mobile-2017.html': {
    fields: {
      name: f('姓名', '刘建国'),
      gender: f('性别', '男'),
      birthDate: date('出生日期', '1981年8月8日', '1981-08-08'),
      enrolDate: date('入学日期', '1999年9月1日', '1999-09-01'),
      gradDate: date('毕(结)业日期', '2004年7月1日', '2004-07-01'),
      school: f('学校名称', '东岭医科大学'),
      major: f('专业', '临床医学'),
      duration: f('学制', '5 年'),
      level: f('层次', '本科'),
      eduCategory: f('学历类别', '普通'),
      studyMode: f('学习形式', '普通全日制'),
      certNo: f('证书编号', '1900 2120 0405 0008 08', '190021200405000808'),
      graduation: f('毕(结)业', '毕业'),
      updatedAt: date('更新日期', '2017年06月02日', '2017-06-02'),
    },
    warnings: [],
  },
  'xuewei-report-mobile-2017.html': {
    fields: {
      name: f('姓名', '阿依古丽·买买提'),
      gender: f('性别', '女'),
      birthDate: date('出生日期', '1989年04月17日', '1989-04-17'),
      degreeDate: date('获学位日期', '2012年06月30日', '2012-06-30'),
      awardingUnit: f('学位授予单位', '东岭医科大学'),
      degree: f('所授学位', '医学学士学位'),
      major: f('学科/专业', '临床医学'),
      certNo: f('学位证书编号', '1900242012004417'),
    },
    warnings: [],
  },
  'xueli-report-mobile-2022.html': {
    fields: {
      name: f('姓名', '吴静'),
      gender: f('性别', '女'),
      birthDate: date('出生日期', '1994年05月23日', '1994-05-23'),
      enrolDate: date('入学日期', '2013年09月01日', '2013-09-01'),
      gradDate: date('毕(结)业日期', '2017年06月30日', '2017-06-30'),
      school: f('学校名称', '滨海师范学院'),
      major: f('专业', '学前教育'),
      duration: f('学制', '4 年'),
      level: f('层次', '本科'),
      eduCategory: f('学历类别', '普通高等教育'),
      studyMode: f('学习形式', '普通全日制'),
      graduation: f('毕(结)业', '毕业'),
      certNo: f('证书编号', '190031201705007023'),
    },
    warnings: [],
  },
  'xueli-report-2017.html': {
    fields: {
      reportDate: date('报告日期', '2017年05月12日', '2017-05-12'),
      validUntil: date('验证期至', '2017年11月12日', '2017-11-12'),
      name: img('姓名'),
      gender: f('性别', '男'),
      birthDate: date('出生日期', '1976年3月14日', '1976-03-14'),
      enrolDate: date('入学时间', '2004年9月1日', '2004-09-01'),
      gradDate: date('毕(结)业日期', '2007年7月1日', '2007-07-01'),
      eduCategory: f('学历类别', '普通'),
      school: f('学校名称', '北辰理工大学'),
      major: f('专业', '化学工艺'),
      duration: f('学制', '3 年'),
      level: f('层次', '硕士研究生'),
      studyMode: f('学习形式', '非全日制'),
      certNo: f('证书编号', '1900 1120 0702 0003 31', '190011200702000331'),
      graduation: img('毕(结)业'),
      principal: f('校(院)长姓名', '何守正'),
    },
    warnings: ['「姓名」在页面上是图片，无法自动读出：请对照页面目视核对。','「毕(结)业」在页面上是图片，无法自动读出：请对照页面目视核对。'],
  },
  'xuewei-report-2017.html': {
    fields: {
      reportDate: date('报告日期', '2023年2月1日', '2023-02-01'),
      validUntil: date('验证期至', '2023年8月1日', '2023-08-01'),
      name: img('姓名'),
      gender: f('性别', '女'),
      birthDate: date('出生日期', '1980年11月2日', '1980-11-02'),
      degreeDate: date('获学位日期', '2002年7月1日', '2002-07-01'),
      awardingUnit: f('学位授予单位', '北辰理工大学'),
      degree: f('所授学位', '工学学士学位'),
      major: f('学科/专业', '机械设计制造及其自动化'),
      certNo: f('学位证书编号', '1900142002000421'),
    },
    warnings: ['「姓名」在页面上是图片，无法自动读出：请对照页面目视核对。'],
  },
  'query-result-xueli.html': {
    fields: {
      name: f('姓名', '梁雪'),
      gender: f('性别', '女'),
      birthDate: date('出生日期', '1999年11月11日', '1999-11-11'),
      enrolDate: date('入学日期', '2017年09月01日', '2017-09-01'),
      gradDate: date('毕(结)业日期', '2021年06月30日', '2021-06-30'),
      school: f('学校名称', '滨海师范学院'),
      major: f('专业', '英语'),
      eduCategory: f('学历类别', '普通高等教育'),
      duration: f('学制', '4 年'),
      studyMode: f('学习形式', '普通全日制'),
      level: f('层次', '本科'),
      graduation: f('毕(结)业', '毕业'),
      certNo: f('证书编号', '190031202105008050'),
    },
    warnings: [],
  },
  'query-result-xuewei.html': {
    fields: {
      name: f('姓名', '孙丽'),
      gender: f('性别', '女'),
      birthDate: date('出生日期', '1990年02月11日', '1990-02-11'),
      awardingUnit: f('学位授予单位', '滨海师范学院'),
      degree: f('所授学位', '文学学士学位'),
      major: f('学科/专业', '汉语言文学'),
      degreeDate: date('获学位日期', '2015年06月20日', '2015-06-20'),
      certNo: f('学位证书编号', '1900342015052019'),
    },
    warnings: [],
  },
  'legacy-degree-result.html': {
    fields: {
      reportNo: f('报告编号', '2019112614270016'),
      name: f('姓名', '林峰'),
      gender: f('性别', '男'),
      birthDate: date('出生日期', '1982年02月28日', '1982-02-28'),
      awardingUnit: f('学位授予单位', '东岭医科大学'),
      degree: f('所授学位', '医学博士学位'),
      degreeField: f('学科门类', '医学'),
      major: f('学科专业', '外科学'),
      degreeDate: f('获学位年份', '2009', null),
      certNo: f('学位证书编号', '1900222009000017'),
    },
    warnings: ['「获学位年份」不是完整的日期（2009），请对照页面目视核对。'],
  },
  'legacy-degree-notfound.html': { fields: {}, warnings: ['网站提示：没有查询到该报告相关信息!'] },
  'archive-page.html': { fields: {}, warnings: ['这是申报人自己的学信档案页面，不是在线验证报告，不能作为查验依据。请让申报人提供在线验证码，打开在线验证报告。'] },
  'error-invalid.html': { fields: {}, warnings: ['网站提示：此在线验证码无效！'] },
  'error-invalid-msgdiv.html': { fields: {}, warnings: ['网站提示：此在线验证码无效。'] },
  'error-malformed.html': {
    fields: {},
    warnings: ['网站提示：系统检测到非法访问，不合要求的在线验证码！', '在线验证码的格式不对（ABC-123）：应为16位大写字母和数字，或12位数字。请让申报人核对在线验证码。'],
  },
  'error-expired.html': { fields: {}, warnings: ['网站提示：在线验证报告已过期，无法在线验证。'] },
  'error-closed.html': { fields: {}, warnings: ['网站提示：在线验证报告已关闭，无法在线验证。'] },
  'rate-limited.html': { fields: {}, warnings: ['网站要求输入验证码才能继续：请在页面上输入验证码并点“继续”，报告出现后会自动读取。'] },
  'obfuscated.html': { fields: {}, warnings: ['这份《教育部学历证书电子注册备案表》的文字用特殊字体显示，读出来的和屏幕上看到的不一样，没有读取。请对照页面手工核对。'] },
  'query-form.html': { fields: {}, warnings: ['这是零散查询的查询页面，还没有结果：填好证书编号、姓名和验证码并点查询，结果出来后会自动读取。'] },
  'query-form-xuewei.html': { fields: {}, warnings: ['这是零散查询的查询页面，还没有结果：填好证书编号、姓名和验证码并点查询，结果出来后会自动读取。'] },
  'unknown-page.html': { fields: {}, warnings: ['这个页面不是学信网或学位网的查验结果，没有读取。请打开在线验证报告或查询结果页面。'] },
};

describe('readPage on every saved-page fixture', () => {
  it('has an expectation for every fixture file and a fixture for every expectation', () => {
    expect(new Set(FIXTURES.map((x) => x.file))).toEqual(new Set(Object.keys(EXPECTED)));
  });

  for (const x of FIXTURES.filter((x) => x.kind !== 'unknown' || x.outcome !== 'refused')) {
    it(`${x.file}: ${x.kind} / ${x.outcome}`, () => {
      const r = read(x);
      expect(PageRead.safeParse(r).success).toBe(true);
      const e = EXPECTED[x.file]!;
      expect(r).toEqual({ kind: x.kind, outcome: x.outcome, vcode: x.vcode, fields: e.fields, extra: e.extra ?? [], order: pageOrderOf(e), warnings: e.warnings });
    });
  }

  it('refuses a report served from a host that is not one of the sites', () => {
    const x = FIXTURES.find((e) => e.outcome === 'refused' && e.kind === 'unknown')!;
    expect(read(x)).toEqual({
      kind: 'unknown',
      outcome: 'refused',
      vcode: null,
      fields: {},
      extra: [],
      order: [],
      warnings: ['这个页面（https://chsi.example.com）不在学信网或学位网上，不读取：只有在学信网、学位网上打开的页面才能作为查验依据。'],
    });
  });

  it('refuses the same report over http, on another port, or at a look-alike host', () => {
    const html = fixtureHtml('xueli-report-items.html');
    for (const url of [
      'http://www.chsi.com.cn/xlcx/bg.do?vcode=A3D7K9M2P5R8T4W6',
      'https://www.chsi.com.cn:8443/xlcx/bg.do?vcode=A3D7K9M2P5R8T4W6',
      'https://www.chsi.com.cn.example.net/xlcx/bg.do?vcode=A3D7K9M2P5R8T4W6',
      'file:///tmp/bg.html',
      'not a url',
    ]) {
      expect(readPage(parsePage(html), url)).toMatchObject({ kind: 'unknown', outcome: 'refused', fields: {} });
    }
  });

  it('classifies error pages before reports even when the tab title names the report', () => {
    const x = entry('error-invalid-msgdiv.html');
    const doc = parsePage(fixtureHtml(x.file));
    expect(doc.title).toContain('教育部学历证书电子注册备案表');
    expect(classifyPage(doc, x.url)?.id).toBe('error-page');
  });

  it('reads the report the same at every URL variant of it', () => {
    const html = fixtureHtml('xueli-report-items.html');
    const base = readPage(parsePage(html), 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A3D7K9M2P5R8T4W6');
    for (const q of ['&srcid=bgcx', '&srcid=archive&trnd=58123467', '&lang=CN', '&from=wap#top']) {
      expect(readPage(parsePage(html), `https://www.chsi.com.cn/xlcx/bg.do?vcode=A3D7K9M2P5R8T4W6${q}`)).toEqual(base);
    }
  });
});

describe('fixtures agree with the sample roster except where index.json says', () => {
  const compared: [ReportFieldKey, (c: ReturnType<typeof sampleCredential>) => string][] = [
    ['name', ({ applicant }) => applicant.name],
    ['gender', ({ applicant }) => applicant.gender],
    ['certNo', ({ credential }) => credential.certNo],
    ['major', ({ credential }) => credential.major],
    ['gradDate', ({ credential }) => (credential.kind === 'xueli' ? credential.gradDate : '')],
    ['enrolDate', ({ credential }) => credential.enrolDate ?? ''],
    ['level', ({ credential }) => (credential.kind === 'xueli' ? credential.level : '')],
    ['school', ({ credential }) => credential.school],
    ['awardingUnit', ({ credential }) => credential.school],
    ['degreeDate', ({ credential }) => (credential.kind === 'xuewei' ? credential.degreeDate : '')],
    ['studyMode', ({ credential }) => credential.studyMode],
  ];
  for (const x of FIXTURES.filter((e) => e.credential && e.outcome === 'report')) {
    it(`${x.file} ↔ ${x.credential}`, () => {
      const sample = sampleCredential(x.credential!);
      expect(sample.applicant.id).toBe(x.applicant);
      const r = read(x);
      const differing: string[] = [];
      let checked = 0;
      for (const [key, expected] of compared) {
        const field = r.fields[key];
        if (!field?.value) continue;
        checked++;
        if (field.value !== expected(sample)) differing.push(key);
      }
      expect(checked).toBeGreaterThanOrEqual(4);
      expect(differing).toEqual(x.mismatch);
    });
  }
});
