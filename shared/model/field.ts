import { z } from 'zod';

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

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '不是有效日期');

export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '年月格式应为YYYY-MM');
