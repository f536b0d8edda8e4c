import { z } from 'zod';
import { xmlInvalidChar } from '../text/xml';

/** One field, defined once: its Chinese label and its validation. Forms, imports and readers all take labels from here. */
export interface FieldDef<S extends z.ZodType = z.ZodType> {
  label: string;
  schema: S;
  /** What a user should type, for import errors and the template. */
  hint?: string;
}

export const field = <S extends z.ZodType>(label: string, schema: S, hint?: string): FieldDef<S> => ({
  label,
  schema,
  ...(hint ? { hint } : {}),
});

type Shape<F extends Record<string, FieldDef>> = { [K in keyof F]: F[K]['schema'] };

export function objectOf<F extends Record<string, FieldDef>>(fields: F): z.ZodObject<Shape<F>> {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.schema]));
  return z.object(shape as Shape<F>);
}

/** Free text: trimmed, capped, and only characters a DOCX/XLSX can hold (refused here, so at import with row and column). */
export const text = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, `不超过${max}个字`)
    .superRefine((s, ctx) => {
      const bad = xmlInvalidChar(s);
      if (bad) ctx.addIssue({ code: 'custom', message: `含有表格和文档无法保存的字符（${bad}，多来自复制粘贴或CSV文件）；请删去后重新输入` });
    });
export const requiredText = (max = 200) => text(max).min(1, '不能为空');

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '不是有效日期');

export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '年月格式应为YYYY-MM');
