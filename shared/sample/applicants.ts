// Fictional applicants for tests, fixtures, demos and benchmarks. Every person, unit and school here is made up; ID
// numbers are fake but carry a valid check character. Each applicant exists to cover a case (see the comment on it).
import {
  APPLICANT_FIELDS,
  Applicant,
  DEGREE_LEVEL_CODES,
  XUELI_LEVEL_CODES,
  idCheckChar,
  type ApplicantInput,
  type DegreeLevel,
  type XueliLevel,
} from '../model';

type Gender = '男' | '女';

/** A fake 18-character ID number: region + birth date + sequence whose last digit carries the gender (odd = male). */
export function fakeIdNumber(region: string, birth: string, seq: number, gender: Gender): string {
  const genderDigit = (seq % 5) * 2 + (gender === '男' ? 1 : 0);
  const first17 = `${region}${birth.replace(/-/g, '')}${String(seq % 100).padStart(2, '0')}${genderDigit}`;
  return first17 + idCheckChar(first17);
}

/** 学历证书编号: school code, 办学类型, graduation year, 培养层次, 6-digit sequence (../shared/rules.md §2). */
const xueliNo = (school: string, type: number, year: number, level: XueliLevel, seq: number): string =>
  `${school}${type}${year}${XUELI_LEVEL_CODES[level]}${String(seq).padStart(6, '0')}`;

/** 学位证书编号: unit code, level digit, conferral year, 6-character sequence (../shared/rules.md §3). */
const xueweiNo = (unit: string, degree: DegreeLevel, year: number, seq: number | string): string =>
  `${unit}${DEGREE_LEVEL_CODES[degree]}${year}${typeof seq === 'number' ? String(seq).padStart(6, '0') : seq}`;

// Fictional schools and their (made-up) 5-digit codes.
const S = {
  beichen: { name: '北辰理工大学', code: '19001' },
  dongling: { name: '东岭医科大学', code: '19002' },
  binhai: { name: '滨海师范学院', code: '19003' },
  qingchuan: { name: '青川大学', code: '19004' },
  liaodong: { name: '辽东职业技术学院', code: '19005' },
} as const;

const FUSHUN = '210402';
const SHENYANG = '210103';
const DALIAN = '210202';
const KASHGAR = '653101';

interface Person {
  id: string;
  name: string;
  gender: Gender;
  region: string;
  birth: string;
  seq: number;
}

/** The identity part of an applicant: ID number and 出生年月 derived from one birth date, so they cannot disagree. */
function person(p: Person): Pick<ApplicantInput, 'id' | 'name' | 'gender' | 'idNumber' | 'birthMonth'> {
  return {
    id: p.id,
    name: p.name,
    gender: p.gender,
    idNumber: fakeIdNumber(p.region, p.birth, p.seq, p.gender),
    birthMonth: p.birth.slice(0, 7),
  };
}

/** The committee's vote on an applicant: meeting date, members, present, 同意, 不同意, 弃权. */
const vote = (meetingDate: string, size: number, present: number, yes: number, no: number, abstain: number) => ({
  meetingDate,
  committeeSize: String(size),
  present: String(present),
  votesFor: String(yes),
  votesAgainst: String(no),
  abstentions: String(abstain),
});

const work = (from: string, to: string, employer: string, work: string, post = '') => ({ from, to, employer, work, post });
const study = (from: string, to: string, school: string, major: string, credential: string) => ({ from, to, school, major, credential });

/** The long-history applicant: ≥ 40 work rows and ≥ 40 achievements, so every history table spans pages. */
function longWork(): ApplicantInput['work'] {
  const rows: NonNullable<ApplicantInput['work']> = [];
  for (let i = 0; i < 44; i++) {
    const y = 2004 + Math.floor(i / 2);
    const half = i % 2;
    const from = `${y}-${half ? '07' : '01'}`;
    const to = i === 43 ? '至今' : `${y}-${half ? '12' : '06'}`;
    rows.push(work(from, to, `抚顺市第${(i % 3) + 1}人民医院（虚构）`, `心血管内科临床诊疗，第${i + 1}阶段轮转`, i < 20 ? '住院医师' : '主治医师'));
  }
  return rows;
}

function longAchievements(): ApplicantInput['achievements'] {
  const topics = ['急性心肌梗死绿色通道', '心力衰竭随访管理', '高血压社区筛查', '冠脉介入围术期护理协作', '房颤抗凝规范化'];
  return Array.from({ length: 42 }, (_, i) => ({
    text: `${2014 + Math.floor(i / 5)}年，牵头${topics[i % topics.length]}项目第${i + 1}期，完成病例${120 + i * 7}例，制定科室诊疗流程并在院内推广。`,
  }));
}

/** Optional-in-practice text fields an applicant may leave blank. */
const BLANKS = { ethnicity: '', workStart: '', adminPost: '', currentTitle: '', currentTitleDate: '', currentPost: '', committee: '' };

type Blank = keyof typeof BLANKS;
type SampleInput = Omit<ApplicantInput, Blank> & Partial<Pick<ApplicantInput, Blank>>;

const RAW_APPLICANTS: SampleInput[] = [
  // Pre-2002 diploma and pre-2008 degree (both archive review, no numbers); a 2007 master's: diploma online, degree archive.
  {
    ...person({ id: 'a01', name: '张伟民', gender: '男', region: FUSHUN, birth: '1976-03-14', seq: 31 }),
    ethnicity: '汉族',
    employer: '抚顺市北岭化工设计院（虚构）',
    workStart: '1999-08',
    adminPost: '总工程师',
    currentTitle: '高级工程师',
    currentTitleDate: '2012-12',
    currentPost: '高级工程师',
    series: '工程',
    specialty: '化工工艺',
    level: '正高级',
    committee: '辽宁省工程系列正高级评审委员会（示例）',
    result: 'passed',
    credentials: [
      { id: 'a01-xl1', kind: 'xueli', certNo: '', school: S.beichen.name, major: '化学工程', studyMode: '普通全日制', enrolDate: '1995-09-01', level: '本科', gradDate: '1999-07-01', archiveStatement: true },
      { id: 'a01-xw1', kind: 'xuewei', certNo: '', school: S.beichen.name, major: '化学工程', studyMode: '普通全日制', degree: '学士', degreeField: '工学', degreeDate: '1999-07-01', archiveStatement: true },
      { id: 'a01-xl2', kind: 'xueli', certNo: xueliNo(S.beichen.code, 1, 2007, '硕士研究生', 331), school: S.beichen.name, major: '化学工艺', studyMode: '非全日制', enrolDate: '2004-09-01', level: '硕士研究生', gradDate: '2007-07-01' },
      { id: 'a01-xw2', kind: 'xuewei', certNo: xueweiNo(S.beichen.code, '硕士', 2007, 118), school: S.beichen.name, major: '化学工艺', studyMode: '非全日制', degree: '硕士', degreeField: '工学', degreeDate: '2007-06-30', archiveStatement: true },
    ],
    study: [study('1995-09', '1999-07', S.beichen.name, '化学工程', '本科/学士'), study('2004-09', '2007-07', S.beichen.name, '化学工艺', '硕士研究生/硕士')],
    work: [work('1999-08', '2008-12', '抚顺市北岭化工设计院（虚构）', '工艺设计', '工程师'), work('2009-01', '至今', '抚顺市北岭化工设计院（虚构）', '工艺设计与技术管理', '总工程师')],
    training: [{ from: '2023-03', to: '2023-06', content: '化工过程安全管理', hours: '72' }],
    achievements: [{ text: '主持年产5万吨精细化工装置工艺包设计（虚构项目），装置一次开车成功。' }],
    papers: [{ title: '精馏塔节能改造的工程实践', publication: '化工设计通讯（示例）', date: '2019-05', role: '第一作者' }],
    awards: [{ date: '2020-11', name: '市科技进步奖', grantor: '抚顺市人民政府（示例）', rank: '二等奖，排名第1' }],
  },
  // Graduated in 2002 exactly: online (2002届). Degree of 2002: archive.
  {
    ...person({ id: 'a02', name: '李秀英', gender: '女', region: SHENYANG, birth: '1980-11-02', seq: 12 }),
    ethnicity: '汉族',
    employer: '沈阳市东塔机械研究所（虚构）',
    workStart: '2002-08',
    currentTitle: '高级工程师',
    currentTitleDate: '2014-12',
    currentPost: '高级工程师',
    series: '工程',
    specialty: '机械设计',
    level: '正高级',
    committee: '辽宁省工程系列正高级评审委员会（示例）',
    result: 'failed',
    ...vote('2026-11-13', 25, 21, 9, 10, 2),
    credentials: [
      { id: 'a02-xl1', kind: 'xueli', certNo: xueliNo(S.beichen.code, 1, 2002, '本科', 421), school: S.beichen.name, major: '机械设计制造及其自动化', studyMode: '普通全日制', enrolDate: '1998-09-01', level: '本科', gradDate: '2002-07-01' },
      { id: 'a02-xw1', kind: 'xuewei', certNo: xueweiNo(S.beichen.code, '学士', 2002, 421), school: S.beichen.name, major: '机械设计制造及其自动化', studyMode: '普通全日制', degree: '学士', degreeField: '工学', degreeDate: '2002-07-01' },
    ],
    study: [study('1998-09', '2002-07', S.beichen.name, '机械设计制造及其自动化', '本科/学士')],
    work: [work('2002-08', '至今', '沈阳市东塔机械研究所（虚构）', '机械结构设计', '室主任')],
  },
  // CJK Extension A name (䶮 U+4DAE); degree conferred exactly on 2008-09-01 (online).
  {
    ...person({ id: 'a03', name: '王䶮', gender: '男', region: FUSHUN, birth: '1985-06-20', seq: 47 }),
    ethnicity: '汉族',
    employer: '抚顺市石化设备检测中心（虚构）',
    workStart: '2008-07',
    currentTitle: '工程师',
    currentTitleDate: '2015-12',
    currentPost: '工程师',
    series: '工程',
    specialty: '压力容器检验',
    level: '副高级',
    committee: '抚顺市工程系列高级评审委员会（示例）',
    result: 'passed',
    ...vote('2026-11-13', 25, 21, 18, 2, 1),
    credentials: [
      { id: 'a03-xl1', kind: 'xueli', certNo: xueliNo(S.beichen.code, 1, 2008, '本科', 1573), school: S.beichen.name, major: '过程装备与控制工程', studyMode: '普通全日制', enrolDate: '2004-09-01', level: '本科', gradDate: '2008-07-01' },
      { id: 'a03-xw1', kind: 'xuewei', certNo: xueweiNo(S.beichen.code, '学士', 2008, 1573), school: S.beichen.name, major: '过程装备与控制工程', studyMode: '普通全日制', degree: '学士', degreeField: '工学', degreeDate: '2008-09-01' },
    ],
    study: [study('2004-09', '2008-07', S.beichen.name, '过程装备与控制工程', '本科/学士')],
    work: [work('2008-07', '至今', '抚顺市石化设备检测中心（虚构）', '压力容器定期检验', '检验组长')],
    papers: [{ title: '在役压力容器缺陷评定方法比较', publication: '石化设备检验（示例）', date: '2021-08', role: '独著' }],
  },
  // CJK Extension B name (𠮷 U+20BB7); master's with a regular 16-digit number.
  {
    ...person({ id: 'a04', name: '陈𠮷祥', gender: '女', region: DALIAN, birth: '1987-01-09', seq: 5 }),
    ethnicity: '汉族',
    employer: '抚顺市中心医院（虚构）',
    workStart: '2013-08',
    currentTitle: '主治医师',
    currentTitleDate: '2018-06',
    currentPost: '主治医师',
    series: '卫生',
    specialty: '内科学',
    level: '副高级',
    committee: '抚顺市卫生系列高级评审委员会（示例）',
    result: 'passed',
    credentials: [
      { id: 'a04-xl1', kind: 'xueli', certNo: xueliNo(S.dongling.code, 1, 2010, '本科', 2207), school: S.dongling.name, major: '临床医学', studyMode: '普通全日制', enrolDate: '2005-09-01', level: '本科', gradDate: '2010-07-01' },
      { id: 'a04-xw1', kind: 'xuewei', certNo: xueweiNo(S.dongling.code, '学士', 2010, 2207), school: S.dongling.name, major: '临床医学', studyMode: '普通全日制', degree: '学士', degreeField: '医学', degreeDate: '2010-06-30' },
      { id: 'a04-xl2', kind: 'xueli', certNo: xueliNo(S.dongling.code, 1, 2013, '硕士研究生', 356), school: S.dongling.name, major: '内科学', studyMode: '普通全日制', enrolDate: '2010-09-01', level: '硕士研究生', gradDate: '2013-07-01' },
      { id: 'a04-xw2', kind: 'xuewei', certNo: xueweiNo(S.dongling.code, '硕士', 2013, 356), school: S.dongling.name, major: '内科学', studyMode: '普通全日制', degree: '硕士', degreeField: '医学', degreeDate: '2013-06-28' },
    ],
    study: [study('2005-09', '2010-07', S.dongling.name, '临床医学', '本科/学士'), study('2010-09', '2013-07', S.dongling.name, '内科学', '硕士研究生/硕士')],
    work: [work('2013-08', '至今', '抚顺市中心医院（虚构）', '内科临床', '主治医师')],
    training: [{ from: '2022-09', to: '2022-12', content: '内科住院医师规范化培训带教', hours: '90' }],
  },
  // The long history (≥ 40 work and achievement rows); master's degree conferred 2008-08-31, the day before the cut-off.
  {
    ...person({ id: 'a05', name: '刘建国', gender: '男', region: FUSHUN, birth: '1981-08-08', seq: 63 }),
    ethnicity: '满族',
    employer: '抚顺市第一人民医院（虚构）',
    workStart: '2004-01',
    adminPost: '科室副主任',
    currentTitle: '主治医师',
    currentTitleDate: '2012-12',
    currentPost: '主治医师',
    series: '卫生',
    specialty: '心血管内科',
    level: '副高级',
    committee: '抚顺市卫生系列高级评审委员会（示例）',
    result: 'passed',
    credentials: [
      { id: 'a05-xl1', kind: 'xueli', certNo: xueliNo(S.dongling.code, 1, 2004, '本科', 808), school: S.dongling.name, major: '临床医学', studyMode: '普通全日制', enrolDate: '1999-09-01', level: '本科', gradDate: '2004-07-01' },
      { id: 'a05-xw1', kind: 'xuewei', certNo: '', school: S.dongling.name, major: '临床医学', studyMode: '普通全日制', degree: '学士', degreeField: '医学', degreeDate: '2004-06-30' },
      { id: 'a05-xl2', kind: 'xueli', certNo: xueliNo(S.dongling.code, 1, 2008, '硕士研究生', 863), school: S.dongling.name, major: '内科学', studyMode: '非全日制', enrolDate: '2005-09-01', level: '硕士研究生', gradDate: '2008-07-01' },
      { id: 'a05-xw2', kind: 'xuewei', certNo: xueweiNo(S.dongling.code, '硕士', 2008, 863), school: S.dongling.name, major: '内科学', studyMode: '非全日制', degree: '硕士', degreeField: '医学', degreeDate: '2008-08-31' },
    ],
    study: [study('1999-09', '2004-07', S.dongling.name, '临床医学', '本科/学士'), study('2005-09', '2008-07', S.dongling.name, '内科学', '硕士研究生/硕士（非全日制）')],
    work: longWork(),
    training: Array.from({ length: 12 }, (_, i) => ({ from: `${2012 + i}-03`, to: `${2012 + i}-05`, content: `心血管专科继续医学教育第${i + 1}期`, hours: String(40 + i) })),
    achievements: longAchievements(),
    papers: Array.from({ length: 15 }, (_, i) => ({ title: `心血管病例报告与临床分析（${i + 1}）`, publication: '辽东临床医学杂志（示例）', date: `${2010 + i}-0${(i % 9) + 1}`, role: i % 2 ? '通讯作者' : '第一作者' })),
    awards: Array.from({ length: 8 }, (_, i) => ({ date: `${2012 + i * 2}-12`, name: `医疗新技术引进奖（${i + 1}）`, grantor: '抚顺市卫生健康委员会（示例）', rank: `三等奖，排名第${(i % 3) + 1}` })),
  },
  // A name with a middle dot (少数民族 name), 维吾尔族.
  {
    ...person({ id: 'a06', name: '阿依古丽·买买提', gender: '女', region: KASHGAR, birth: '1989-04-17', seq: 28 }),
    ethnicity: '维吾尔族',
    employer: '抚顺市妇幼保健院（虚构）',
    workStart: '2012-09',
    currentTitle: '主治医师',
    currentTitleDate: '2018-12',
    currentPost: '主治医师',
    series: '卫生',
    specialty: '妇产科学',
    level: '副高级',
    committee: '抚顺市卫生系列高级评审委员会（示例）',
    result: 'failed',
    credentials: [
      { id: 'a06-xl1', kind: 'xueli', certNo: xueliNo(S.dongling.code, 1, 2012, '本科', 4417), school: S.dongling.name, major: '临床医学', studyMode: '普通全日制', enrolDate: '2007-09-01', level: '本科', gradDate: '2012-06-30' },
      { id: 'a06-xw1', kind: 'xuewei', certNo: xueweiNo(S.dongling.code, '学士', 2012, 4417), school: S.dongling.name, major: '临床医学', studyMode: '普通全日制', degree: '学士', degreeField: '医学', degreeDate: '2012-06-30' },
    ],
    study: [study('2007-09', '2012-06', S.dongling.name, '临床医学', '本科/学士')],
    work: [work('2012-09', '至今', '抚顺市妇幼保健院（虚构）', '妇产科临床', '主治医师')],
  },
  // 2001 diploma with a 17-digit number: archive review (before 2002届).
  {
    ...person({ id: 'a07', name: '赵文博', gender: '男', region: SHENYANG, birth: '1979-12-30', seq: 74 }),
    ethnicity: '汉族',
    employer: '抚顺市第二中学（虚构）',
    workStart: '2001-08',
    currentTitle: '一级教师',
    currentTitleDate: '2010-09',
    currentPost: '一级教师',
    series: '教育',
    specialty: '中学数学',
    level: '副高级',
    committee: '抚顺市中小学教师高级职务评审委员会（示例）',
    result: 'failed',
    credentials: [
      { id: 'a07-xl1', kind: 'xueli', certNo: `${S.binhai.code}1200105${'00137'}`, school: S.binhai.name, major: '数学与应用数学', studyMode: '普通全日制', enrolDate: '1997-09-01', level: '本科', gradDate: '2001-07-01' },
    ],
    study: [study('1997-09', '2001-07', S.binhai.name, '数学与应用数学', '本科')],
    work: [work('2001-08', '至今', '抚顺市第二中学（虚构）', '高中数学教学', '教研组长')],
  },
  // 自学考试 diploma (办学类型 6) and a later degree.
  {
    ...person({ id: 'a08', name: '孙丽', gender: '女', region: FUSHUN, birth: '1990-02-11', seq: 19 }),
    ethnicity: '汉族',
    employer: '抚顺市实验小学（虚构）',
    workStart: '2010-09',
    currentTitle: '一级教师',
    currentTitleDate: '2017-09',
    currentPost: '一级教师',
    series: '教育',
    specialty: '小学语文',
    level: '副高级',
    committee: '抚顺市中小学教师高级职务评审委员会（示例）',
    result: 'passed',
    credentials: [
      { id: 'a08-xl1', kind: 'xueli', certNo: xueliNo(S.binhai.code, 6, 2014, '本科', 52019), school: S.binhai.name, major: '汉语言文学', studyMode: '自学考试', level: '本科', gradDate: '2014-12-30' },
      { id: 'a08-xw1', kind: 'xuewei', certNo: xueweiNo(S.binhai.code, '学士', 2015, 52019), school: S.binhai.name, major: '汉语言文学', studyMode: '自学考试', degree: '学士', degreeField: '文学', degreeDate: '2015-06-20' },
    ],
    study: [study('2011-04', '2014-12', `${S.binhai.name}（自学考试主考学校）`, '汉语言文学', '本科/学士')],
    work: [work('2010-09', '至今', '抚顺市实验小学（虚构）', '小学语文教学', '班主任')],
  },
  // 学历证书编号 whose encoded year (2015) contradicts the graduation date (2016).
  {
    ...person({ id: 'a09', name: '周海涛', gender: '男', region: FUSHUN, birth: '1993-09-05', seq: 81 }),
    ethnicity: '汉族',
    employer: '抚顺市第十二中学（虚构）',
    workStart: '2016-08',
    currentTitle: '二级教师',
    currentTitleDate: '2017-09',
    currentPost: '二级教师',
    series: '教育',
    specialty: '中学物理',
    level: '中级',
    committee: '抚顺市中小学教师中级职务评审委员会（示例）',
    result: 'passed',
    credentials: [
      { id: 'a09-xl1', kind: 'xueli', certNo: xueliNo(S.binhai.code, 1, 2015, '本科', 6610), school: S.binhai.name, major: '物理学', studyMode: '普通全日制', enrolDate: '2012-09-01', level: '本科', gradDate: '2016-06-30' },
      { id: 'a09-xw1', kind: 'xuewei', certNo: xueweiNo(S.binhai.code, '学士', 2016, 6610), school: S.binhai.name, major: '物理学', studyMode: '普通全日制', degree: '学士', degreeField: '理学', degreeDate: '2016-06-30' },
    ],
    study: [study('2012-09', '2016-06', S.binhai.name, '物理学', '本科/学士')],
    work: [work('2016-08', '至今', '抚顺市第十二中学（虚构）', '初中物理教学', '')],
  },
  // 学位证书编号 whose level digit (3 = 硕士) contradicts the degree (学士).
  {
    ...person({ id: 'a10', name: '吴静', gender: '女', region: FUSHUN, birth: '1994-05-23', seq: 36 }),
    ethnicity: '汉族',
    employer: '抚顺市育才幼儿园（虚构）',
    workStart: '2017-08',
    currentTitle: '二级教师',
    currentTitleDate: '2018-09',
    series: '教育',
    specialty: '学前教育',
    level: '中级',
    committee: '抚顺市中小学教师中级职务评审委员会（示例）',
    result: 'absent',
    credentials: [
      { id: 'a10-xl1', kind: 'xueli', certNo: xueliNo(S.binhai.code, 1, 2017, '本科', 7023), school: S.binhai.name, major: '学前教育', studyMode: '普通全日制', enrolDate: '2013-09-01', level: '本科', gradDate: '2017-06-30' },
      { id: 'a10-xw1', kind: 'xuewei', certNo: xueweiNo(S.binhai.code, '硕士', 2017, 7023), school: S.binhai.name, major: '学前教育', studyMode: '普通全日制', degree: '学士', degreeField: '教育学', degreeDate: '2017-06-30' },
    ],
    study: [study('2013-09', '2017-06', S.binhai.name, '学前教育', '本科/学士')],
    work: [work('2017-08', '至今', '抚顺市育才幼儿园（虚构）', '幼儿教育', '')],
  },
  // A foreign master's (manual review, 留服中心) beside a domestic bachelor's.
  {
    ...person({ id: 'a11', name: '郑凯', gender: '男', region: SHENYANG, birth: '1989-10-10', seq: 55 }),
    ethnicity: '汉族',
    employer: '沈阳市浑南软件园某信息技术公司（虚构）',
    workStart: '2014-03',
    currentTitle: '助理工程师',
    currentTitleDate: '2016-12',
    series: '工程',
    specialty: '计算机应用',
    level: '中级',
    committee: '沈阳市工程系列中级评审委员会（示例）',
    result: 'passed',
    credentials: [
      { id: 'a11-xl1', kind: 'xueli', certNo: xueliNo(S.qingchuan.code, 1, 2011, '本科', 9155), school: S.qingchuan.name, major: '计算机科学与技术', studyMode: '普通全日制', enrolDate: '2007-09-01', level: '本科', gradDate: '2011-07-01' },
      { id: 'a11-xw1', kind: 'xuewei', certNo: '', school: 'Northbridge University (fictional)', major: 'Computer Science', studyMode: '全日制', degree: '硕士', degreeField: '工学', degreeDate: '2013-12-15', foreign: true, archiveStatement: true },
    ],
    study: [study('2007-09', '2011-07', S.qingchuan.name, '计算机科学与技术', '本科/学士'), study('2012-09', '2013-12', 'Northbridge University (fictional)', 'Computer Science', '硕士')],
    work: [work('2014-03', '至今', '沈阳市浑南软件园某信息技术公司（虚构）', '软件开发', '项目经理')],
  },
  // 专业学位 master's: a 17-character degree number with the letter prefix Z.
  {
    ...person({ id: 'a12', name: '冯晓燕', gender: '女', region: DALIAN, birth: '1993-07-07', seq: 42 }),
    ethnicity: '汉族',
    employer: '大连湾港口工程咨询有限公司（虚构）',
    workStart: '2019-07',
    currentTitle: '助理工程师',
    currentTitleDate: '2020-12',
    series: '工程',
    specialty: '港口与航道工程',
    level: '中级',
    committee: '大连市工程系列中级评审委员会（示例）',
    result: 'failed',
    credentials: [
      { id: 'a12-xl1', kind: 'xueli', certNo: xueliNo(S.qingchuan.code, 1, 2019, '硕士研究生', 1207), school: S.qingchuan.name, major: '土木水利', studyMode: '普通全日制', enrolDate: '2016-09-01', level: '硕士研究生', gradDate: '2019-06-30' },
      { id: 'a12-xw1', kind: 'xuewei', certNo: `Z${xueweiNo(S.qingchuan.code, '硕士', 2019, 1207)}`, school: S.qingchuan.name, major: '土木水利', studyMode: '普通全日制', degree: '硕士', degreeField: '工学', degreeDate: '2019-06-30' },
    ],
    study: [study('2016-09', '2019-06', S.qingchuan.name, '土木水利', '硕士研究生/硕士（专业学位）')],
    work: [work('2019-07', '至今', '大连湾港口工程咨询有限公司（虚构）', '港口工程设计咨询', '')],
  },
  // 专科 (高职), 初级.
  {
    ...person({ id: 'a13', name: '黄磊', gender: '男', region: FUSHUN, birth: '1999-03-03', seq: 90 }),
    ethnicity: '汉族',
    employer: '抚顺市东洲区市政工程处（虚构）',
    workStart: '2020-08',
    series: '工程',
    specialty: '市政工程',
    level: '初级',
    // A graduate's first title after the probation year: 认定, no committee.
    way: '认定',
    titleName: '助理工程师',
    credentials: [
      { id: 'a13-xl1', kind: 'xueli', certNo: xueliNo(S.liaodong.code, 1, 2020, '专科', 3312), school: S.liaodong.name, major: '市政工程技术', studyMode: '普通全日制', enrolDate: '2017-09-01', level: '专科', gradDate: '2020-07-01' },
    ],
    study: [study('2017-09', '2020-07', S.liaodong.name, '市政工程技术', '专科')],
    work: [work('2020-08', '至今', '抚顺市东洲区市政工程处（虚构）', '市政道路施工技术', '技术员')],
  },
  // 成人高等教育 (办学类型 5), 函授.
  {
    ...person({ id: 'a14', name: '何娜', gender: '女', region: FUSHUN, birth: '1991-12-12', seq: 24 }),
    ethnicity: '回族',
    employer: '抚顺市望花区社区卫生服务中心（虚构）',
    workStart: '2011-07',
    currentTitle: '护师',
    currentTitleDate: '2016-05',
    series: '卫生',
    specialty: '护理学',
    level: '中级',
    // 卫生 中级 is earned by the national exam (the way comes from the table).
    credentials: [
      { id: 'a14-xl1', kind: 'xueli', certNo: xueliNo(S.dongling.code, 5, 2016, '本科', 15016), school: S.dongling.name, major: '护理学', studyMode: '函授', enrolDate: '2013-03-01', level: '本科', gradDate: '2016-01-10' },
    ],
    study: [study('2013-03', '2016-01', S.dongling.name, '护理学', '本科（函授）')],
    work: [work('2011-07', '至今', '抚顺市望花区社区卫生服务中心（虚构）', '社区护理', '护士长')],
  },
  // 网络教育 (办学类型 7); did not take part (absent).
  {
    ...person({ id: 'a15', name: '罗志强', gender: '男', region: FUSHUN, birth: '1998-08-18', seq: 67 }),
    ethnicity: '汉族',
    employer: '抚顺市顺城区卫生院（虚构）',
    workStart: '2018-09',
    series: '卫生',
    specialty: '医学检验技术',
    level: '初级',
    // 卫生 初级: the national exam.
    credentials: [
      { id: 'a15-xl1', kind: 'xueli', certNo: xueliNo(S.qingchuan.code, 7, 2021, '专科', 27015), school: S.qingchuan.name, major: '医学检验技术', studyMode: '网络教育', enrolDate: '2018-09-01', level: '专科', gradDate: '2021-01-15' },
    ],
    study: [study('2018-09', '2021-01', `${S.qingchuan.name}网络教育学院`, '医学检验技术', '专科（网络教育）')],
    work: [work('2018-09', '至今', '抚顺市顺城区卫生院（虚构）', '临床检验', '检验士')],
  },
  // 第二学士学位: level code 04 and a degree number with S in position 11.
  {
    ...person({ id: 'a16', name: '高媛', gender: '女', region: SHENYANG, birth: '1988-06-06', seq: 15 }),
    ethnicity: '锡伯族',
    employer: '抚顺市国有资产经营有限公司（虚构）',
    workStart: '2012-08',
    currentTitle: '助理会计师',
    currentTitleDate: '2014-05',
    series: '会计',
    specialty: '会计',
    level: '中级',
    // 会计 中级: the national exam (以考代评), never a committee.
    credentials: [
      { id: 'a16-xl1', kind: 'xueli', certNo: xueliNo(S.qingchuan.code, 1, 2010, '本科', 6016), school: S.qingchuan.name, major: '英语', studyMode: '普通全日制', enrolDate: '2006-09-01', level: '本科', gradDate: '2010-07-01' },
      { id: 'a16-xl2', kind: 'xueli', certNo: xueliNo(S.qingchuan.code, 1, 2012, '第二学士学位', 216), school: S.qingchuan.name, major: '会计学', studyMode: '普通全日制', enrolDate: '2010-09-01', level: '第二学士学位', gradDate: '2012-07-01' },
      { id: 'a16-xw2', kind: 'xuewei', certNo: xueweiNo(S.qingchuan.code, '学士', 2012, 'S00216'), school: S.qingchuan.name, major: '会计学', studyMode: '普通全日制', degree: '学士', degreeField: '管理学', degreeDate: '2012-07-01' },
    ],
    study: [study('2006-09', '2010-07', S.qingchuan.name, '英语', '本科/学士'), study('2010-09', '2012-07', S.qingchuan.name, '会计学', '第二学士学位')],
    work: [work('2012-08', '至今', '抚顺市国有资产经营有限公司（虚构）', '财务核算', '主管会计')],
  },
  // 博士: level code 01 and degree digit 2.
  {
    ...person({ id: 'a17', name: '林峰', gender: '男', region: DALIAN, birth: '1982-02-28', seq: 11 }),
    ethnicity: '汉族',
    employer: '抚顺市中心医院（虚构）',
    workStart: '2009-08',
    adminPost: '副院长',
    currentTitle: '主任医师',
    currentTitleDate: '2018-12',
    currentPost: '主任医师',
    series: '卫生',
    specialty: '神经外科',
    level: '正高级',
    committee: '辽宁省卫生系列正高级评审委员会（示例）',
    result: 'failed',
    credentials: [
      { id: 'a17-xl1', kind: 'xueli', certNo: xueliNo(S.dongling.code, 1, 2009, '博士研究生', 17), school: S.dongling.name, major: '外科学', studyMode: '普通全日制', enrolDate: '2006-09-01', level: '博士研究生', gradDate: '2009-07-01' },
      { id: 'a17-xw1', kind: 'xuewei', certNo: xueweiNo(S.dongling.code, '博士', 2009, 17), school: S.dongling.name, major: '外科学', studyMode: '普通全日制', degree: '博士', degreeField: '医学', degreeDate: '2009-06-30' },
    ],
    study: [study('2006-09', '2009-07', S.dongling.name, '外科学', '博士研究生/博士')],
    work: [work('2009-08', '至今', '抚顺市中心医院（虚构）', '神经外科临床', '科主任')],
  },
  // 专业学位 master's with a letter in position 11 (no prefix).
  {
    ...person({ id: 'a18', name: '梁雪', gender: '女', region: FUSHUN, birth: '1999-11-11', seq: 50 }),
    ethnicity: '汉族',
    employer: '抚顺市第五十中学（虚构）',
    workStart: '2024-08',
    series: '教育',
    specialty: '中学英语',
    level: '初级',
    committee: '抚顺市中小学教师初级职务评审委员会（示例）',
    result: 'pending',
    credentials: [
      { id: 'a18-xl1', kind: 'xueli', certNo: xueliNo(S.binhai.code, 1, 2021, '本科', 8050), school: S.binhai.name, major: '英语', studyMode: '普通全日制', enrolDate: '2017-09-01', level: '本科', gradDate: '2021-06-30' },
      { id: 'a18-xw1', kind: 'xuewei', certNo: xueweiNo(S.binhai.code, '学士', 2021, 8050), school: S.binhai.name, major: '英语', studyMode: '普通全日制', degree: '学士', degreeField: '文学', degreeDate: '2021-06-30' },
      { id: 'a18-xl2', kind: 'xueli', certNo: xueliNo(S.binhai.code, 1, 2024, '硕士研究生', 1150), school: S.binhai.name, major: '学科教学（英语）', studyMode: '非全日制', enrolDate: '2021-09-01', level: '硕士研究生', gradDate: '2024-06-30' },
      { id: 'a18-xw2', kind: 'xuewei', certNo: xueweiNo(S.binhai.code, '硕士', 2024, 'J01150'), school: S.binhai.name, major: '学科教学（英语）', studyMode: '非全日制', degree: '硕士', degreeField: '教育学', degreeDate: '2024-06-30' },
    ],
    study: [study('2017-09', '2021-06', S.binhai.name, '英语', '本科/学士'), study('2021-09', '2024-06', S.binhai.name, '学科教学（英语）', '硕士研究生/硕士（专业学位）')],
    work: [work('2024-08', '至今', '抚顺市第五十中学（虚构）', '初中英语教学', '')],
  },
  // 2002 专科 with a 17-digit number (some schools still used 17 in 2002); later 成人 本科.
  {
    ...person({ id: 'a19', name: '宋宇航', gender: '男', region: FUSHUN, birth: '1981-05-05', seq: 39 }),
    ethnicity: '汉族',
    employer: '抚顺市城建设计研究院（虚构）',
    workStart: '2002-08',
    currentTitle: '工程师',
    currentTitleDate: '2013-12',
    currentPost: '工程师',
    series: '工程',
    specialty: '给排水工程',
    level: '副高级',
    committee: '抚顺市工程系列高级评审委员会（示例）',
    result: 'failed',
    credentials: [
      { id: 'a19-xl1', kind: 'xueli', certNo: `${S.liaodong.code}1200206${'02139'}`, school: S.liaodong.name, major: '给水排水工程', studyMode: '普通全日制', enrolDate: '1999-09-01', level: '专科', gradDate: '2002-07-01' },
      { id: 'a19-xl2', kind: 'xueli', certNo: xueliNo(S.beichen.code, 5, 2006, '本科', 50039), school: S.beichen.name, major: '给水排水工程', studyMode: '业余', enrolDate: '2003-03-01', level: '本科', gradDate: '2006-01-10' },
    ],
    study: [study('1999-09', '2002-07', S.liaodong.name, '给水排水工程', '专科'), study('2003-03', '2006-01', S.beichen.name, '给水排水工程', '本科（业余）')],
    work: [work('2002-08', '至今', '抚顺市城建设计研究院（虚构）', '给排水设计', '专业负责人')],
  },
  // 同等学力 master's: a 17-character degree number with the letter prefix T.
  {
    ...person({ id: 'a20', name: '韩梅', gender: '女', region: SHENYANG, birth: '1986-09-09', seq: 20 }),
    ethnicity: '朝鲜族',
    employer: '抚顺市统计局数据中心（虚构）',
    workStart: '2009-08',
    currentTitle: '助理统计师',
    currentTitleDate: '2011-10',
    series: '经济',
    specialty: '统计',
    level: '中级',
    // 经济 中级: the national exam.
    credentials: [
      { id: 'a20-xl1', kind: 'xueli', certNo: xueliNo(S.qingchuan.code, 1, 2009, '本科', 9020), school: S.qingchuan.name, major: '统计学', studyMode: '普通全日制', enrolDate: '2005-09-01', level: '本科', gradDate: '2009-07-01' },
      { id: 'a20-xw1', kind: 'xuewei', certNo: xueweiNo(S.qingchuan.code, '学士', 2009, 9020), school: S.qingchuan.name, major: '统计学', studyMode: '普通全日制', degree: '学士', degreeField: '理学', degreeDate: '2009-07-01' },
      { id: 'a20-xw2', kind: 'xuewei', certNo: `T${xueweiNo(S.qingchuan.code, '硕士', 2016, 3020)}`, school: S.qingchuan.name, major: '应用统计', studyMode: '同等学力', degree: '硕士', degreeField: '经济学', degreeDate: '2016-12-20' },
    ],
    study: [study('2005-09', '2009-07', S.qingchuan.name, '统计学', '本科/学士'), study('2013-09', '2016-12', S.qingchuan.name, '应用统计', '硕士（同等学力）')],
    work: [work('2009-08', '至今', '抚顺市统计局数据中心（虚构）', '统计分析', '科员')],
  },
];

/** The sample roster, validated at load: a bad sample fails loudly. */
export const SAMPLE_APPLICANTS: Applicant[] = RAW_APPLICANTS.map((a) => Applicant.parse({ ...BLANKS, ...a }));

/** One sample applicant by id ('a01'…'a20'); throws for an unknown id so a typo in a test fails loudly. */
export function sampleApplicant(id: string): Applicant {
  const a = SAMPLE_APPLICANTS.find((x) => x.id === id);
  if (!a) throw new Error(`No sample applicant ${id}`);
  return a;
}

/** One sample credential by id (e.g. 'a03-xw1'), with its applicant. */
export function sampleCredential(credentialId: string): { applicant: Applicant; credential: Applicant['credentials'][number] } {
  for (const applicant of SAMPLE_APPLICANTS) {
    const credential = applicant.credentials.find((c) => c.id === credentialId);
    if (credential) return { applicant, credential };
  }
  throw new Error(`No sample credential ${credentialId}`);
}

/** A roster row as a user types it: Chinese column labels (from the model) → raw cell text. */
export type RawRow = Record<string, string>;

const L = (k: keyof typeof APPLICANT_FIELDS) => APPLICANT_FIELDS[k].label;

function rawRow(a: Applicant): RawRow {
  return {
    [L('name')]: a.name,
    [L('gender')]: a.gender,
    [L('idNumber')]: a.idNumber,
    [L('birthMonth')]: a.birthMonth,
    [L('ethnicity')]: a.ethnicity,
    [L('employer')]: a.employer,
    [L('series')]: a.series,
    [L('specialty')]: a.specialty,
    [L('level')]: a.level,
  };
}

/** Last character of an ID number replaced by a wrong check character. */
function breakCheckChar(id: string): string {
  const right = id[17]!;
  return id.slice(0, 17) + (right === '0' ? '1' : '0');
}

/**
 * Rows the schema must refuse (for import tests): each with the field at fault and why. Not in SAMPLE_APPLICANTS,
 * since Applicant.parse rejects them.
 */
export const SAMPLE_BROKEN_ROWS: { id: string; field: keyof typeof APPLICANT_FIELDS; problem: string; row: RawRow }[] = [
  {
    id: 'b01',
    field: 'idNumber',
    problem: 'wrong ID check character',
    row: { ...rawRow(sampleApplicant('a02')), [L('name')]: '钱校验', [L('idNumber')]: breakCheckChar(sampleApplicant('a02').idNumber) },
  },
  {
    id: 'b02',
    field: 'level',
    problem: 'unknown title level',
    row: { ...rawRow(sampleApplicant('a13')), [L('name')]: '孙级别', [L('level')]: '高级' },
  },
  {
    id: 'b03',
    field: 'birthMonth',
    problem: 'month 13',
    row: { ...rawRow(sampleApplicant('a09')), [L('name')]: '李月份', [L('birthMonth')]: '1993-13' },
  },
  {
    id: 'b04',
    field: 'name',
    problem: 'empty name',
    row: { ...rawRow(sampleApplicant('a10')), [L('name')]: '' },
  },
];
