import { z } from 'zod';
import { Applicant } from './applicant';
import { SCHEMA_VERSION, VerificationRecord } from './record';

export const Settings = z.object({
  /** 查验单位 printed on verification sheets. */
  unitName: z.string().max(200).default(''),
  /** Person who does the lookups (查验人). */
  checker: z.string().max(50).default(''),
  committee: z.string().max(100).default(''),
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
