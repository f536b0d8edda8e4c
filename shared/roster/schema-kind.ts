// What kind of cell a model field needs, read off its zod schema, so a field added to the model gets a column
// that parses right without touching the roster.
import { z } from 'zod';
import { isoDate, isoMonth } from '../model';

export type CellKind =
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'month' }
  | { type: 'bool' }
  | { type: 'enum'; options: readonly string[] }
  | { type: 'list' };

/** The schema under optional/default wrappers and `.or(z.literal(''))`. */
export function baseSchema(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodUnion) {
      const rest = (s.options as z.ZodType[]).filter((o) => !(o instanceof z.ZodLiteral));
      if (rest.length !== 1) return s;
      s = rest[0]!;
    } else return s;
  }
}

export function cellKind(schema: z.ZodType): CellKind {
  const s = baseSchema(schema);
  if (s === isoDate) return { type: 'date' };
  if (s === isoMonth) return { type: 'month' };
  if (s instanceof z.ZodBoolean) return { type: 'bool' };
  if (s instanceof z.ZodEnum) return { type: 'enum', options: s.options as string[] };
  if (s instanceof z.ZodArray) return { type: 'list' };
  return { type: 'text' };
}

type Blank = { ok: true; value: undefined | '' } | { ok: false };
const blanks = new WeakMap<z.ZodType, Blank>();

/** What an empty cell stands for: nothing (optional or defaulted field), '' (text), or not allowed. */
export function blankValue(schema: z.ZodType): Blank {
  let b = blanks.get(schema);
  if (!b) {
    b = schema.safeParse(undefined).success ? { ok: true, value: undefined } : schema.safeParse('').success ? { ok: true, value: '' } : { ok: false };
    blanks.set(schema, b);
  }
  return b;
}
