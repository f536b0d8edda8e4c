import { MSG } from './messages';
import { reportReader } from './report-page';

/** 《教育部学籍在线验证报告》: proves enrolment, never a diploma, so it always carries that note. */
export const xuejiReport = reportReader('xueji-report', ['name', 'school', 'status'], [MSG.xueji]);
