import { z } from 'zod';
import { Credential } from './credential';
import { field, isoDate, isoMonth, objectOf, requiredText, text } from './field';
import { checkIdNumber } from './id-number';
import { nameProblem } from '../text/xml';

export const TITLE_LEVELS = ['正高级', '副高级', '中级', '初级'] as const;
export type TitleLevel = (typeof TITLE_LEVELS)[number];
/** Levels the notice's pass-rate cap applies to. */
export const SENIOR_LEVELS: readonly TitleLevel[] = ['正高级', '副高级'];

export const GENDERS = ['男', '女'] as const;

/**
 * 取得方式: 评审 (a committee evaluates and votes), 考试 (the national exam, 以考代评), 认定 (a graduate's first title
 * after the probation year). Only 评审 applicants go before a committee (../shared/forms.md §6).
 */
export const TITLE_WAYS = ['评审', '考试', '认定'] as const;
export type TitleWay = (typeof TITLE_WAYS)[number];

/** The committee's result for one applicant (for 公示 and statistics). */
export const REVIEW_RESULTS = ['pending', 'passed', 'failed', 'absent'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];
export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = {
  pending: '待评审',
  passed: '通过',
  failed: '未通过',
  absent: '未参评',
};

const required = requiredText;
/** A head count of the vote; '' when not (yet) known. */
const count = z.string().trim().regex(/^(\d{1,3})?$/, '应为人数（0至999的整数）').default('');

export const idNumber = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((s, ctx) => {
    const r = checkIdNumber(s);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
  });

/** History rows of the 评定表: as many as the data has. */
const period = { from: field('起始年月', isoMonth), to: field('终止年月', isoMonth.or(z.literal('至今'))) };
export const STUDY_FIELDS = { ...period, school: field('学校', required()), major: field('专业', text()), credential: field('学历/学位', text(40)) };
export const WORK_FIELDS = { ...period, employer: field('单位', required()), work: field('从事专业技术工作', text()), post: field('职务', text(60)) };
export const TRAINING_FIELDS = { ...period, content: field('学习内容', required()), hours: field('学时', text(20)) };
export const ACHIEVEMENT_FIELDS = { text: field('业绩', required(2000)) };
export const PAPER_FIELDS = { title: field('题目', required()), publication: field('刊物或出版社', text()), date: field('时间', isoMonth.or(z.literal(''))), role: field('本人作用', text(40)) };
export const AWARD_FIELDS = { date: field('时间', isoMonth.or(z.literal(''))), name: field('奖项名称', required()), grantor: field('授奖单位', text()), rank: field('等级、排名', text(40)) };

export const APPLICANT_FIELDS = {
  id: field('编号', z.string().min(1)),
  name: field(
    '姓名',
    required(50).superRefine((s, ctx) => {
      const why = nameProblem(s);
      if (why) ctx.addIssue({ code: 'custom', message: `姓名${why}` });
    }),
  ),
  gender: field('性别', z.enum(GENDERS, { error: '性别应为男或女' })),
  idNumber: field('身份证号', idNumber, '18位，最后一位可为X'),
  birthMonth: field('出生年月', isoMonth, 'YYYY-MM，留空则按身份证号'),
  ethnicity: field('民族', text(20)),
  employer: field('工作单位', required()),
  workStart: field('参加工作时间', isoMonth.or(z.literal(''))),
  adminPost: field('行政职务', text(60)),
  currentTitle: field('现专业技术资格', text(60)),
  currentTitleDate: field('现资格取得时间', isoMonth.or(z.literal(''))),
  currentPost: field('现聘专业技术职务', text(60)),
  series: field('申报系列', required(60), '如：工程、卫生、教育'),
  specialty: field('申报专业', required(60)),
  level: field('申报级别', z.enum(TITLE_LEVELS, { error: `申报级别应为：${TITLE_LEVELS.join('、')}` })),
  /** Blank: from the series × level table (shared/rules/titles.ts). */
  way: field('取得方式', z.enum(TITLE_WAYS, { error: `取得方式应为：${TITLE_WAYS.join('、')}` }).or(z.literal('')).default(''), '评审、考试或认定；留空则按系列和级别确定'),
  /** Blank: from the series × level table (shared/rules/titles.ts). */
  titleName: field('申报资格名称', text(60).default(''), '如：高级工程师、副主任医师、一级教师；留空则按系列和级别确定'),
  committee: field('评审委员会', text(100)),
  result: field('评审结果', z.enum(REVIEW_RESULTS).default('pending')),
  meetingDate: field('评审会议日期', isoDate.or(z.literal('')).default('')),
  committeeSize: field('评委会总人数', count),
  present: field('出席人数', count),
  votesFor: field('同意人数', count),
  votesAgainst: field('不同意人数', count),
  abstentions: field('弃权人数', count),
  credentials: field('学历学位', z.array(Credential)),
  study: field('主要学习经历', z.array(objectOf(STUDY_FIELDS)).default([])),
  work: field('主要工作经历', z.array(objectOf(WORK_FIELDS)).default([])),
  training: field('继续教育', z.array(objectOf(TRAINING_FIELDS)).default([])),
  achievements: field('任现职以来主要专业技术工作业绩', z.array(objectOf(ACHIEVEMENT_FIELDS)).default([])),
  papers: field('论文、著作', z.array(objectOf(PAPER_FIELDS)).default([])),
  awards: field('获奖情况', z.array(objectOf(AWARD_FIELDS)).default([])),
};

export const Applicant = objectOf(APPLICANT_FIELDS);
export type Applicant = z.infer<typeof Applicant>;
/** What a caller may pass before defaults are applied. */
export type ApplicantInput = z.input<typeof Applicant>;
