import { reportReader } from './report-page';

/** 《教育部学历证书电子注册备案表》, all three layouts (tables, div pairs, label/value items). */
export const xueliReport = reportReader('xueli-report', ['name', 'certNo']);
