import { reportReader } from './report-page';

/** 《中国高等教育学位在线验证报告》 on CHSI (since 2022-08-15; same verification URL, inferred). */
export const xueweiReport = reportReader('xuewei-report', ['name', 'certNo']);
