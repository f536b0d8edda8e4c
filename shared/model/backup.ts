import { z } from 'zod';
import { Applicant, TITLE_LEVELS } from './applicant';
import { SCHEMA_VERSION, VerificationRecord } from './record';

export const Settings = z.object({
  /** 查验单位 on verification sheets when the office does the lookups itself; blank: each applicant's 工作单位. */
  unitName: z.string().max(200).default(''),
  /** Person who does the lookups (查验人). */
  checker: z.string().max(50).default(''),
  committee: z.string().max(100).default(''),
  /** 公示期 in working days (人社部令第40号: at least 5). */
  publicityDays: z.number().int().min(5, '公示期不少于5个工作日').max(30).default(5),
  /** Where objections go during the 公示 (电话、地址), printed on it. */
  publicityContact: z.string().max(200).default(''),
  /** Title names an office adds or overrides (series × level, optionally only for specialties containing a word). */
  titleNames: z
    .array(z.object({ series: z.string().min(1).max(60), level: z.enum(TITLE_LEVELS), specialtyContains: z.string().max(30).default(''), title: z.string().min(1).max(60) }))
    .default([]),
  /** Working-day schedules an office added for years the holiday library does not know yet. */
  extraHolidayYears: z
    .record(z.string().regex(/^\d{4}$/), z.object({ holidays: z.array(z.string()), workdays: z.array(z.string()) }))
    .default({}),
});
export type Settings = z.infer<typeof Settings>;

/** One JSON file holding everything the store holds: backup, restore, and the export's `--records` input. */
export const Backup = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  app: z.literal('zhicheng-desk'),
  exportedAt: z.iso.datetime({ offset: true }),
  applicants: z.array(Applicant),
  records: z.array(VerificationRecord),
  settings: Settings,
});
export type Backup = z.infer<typeof Backup>;
