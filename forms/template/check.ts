// What `zhicheng template-check` and the generator page say about a template: every placeholder and loop found, the
// names no table has (with the known names spelt most alike), and which placeholders the given applicants would
// leave blank.
import { distance } from 'fastest-levenshtein';
import type { Applicant } from '../../shared/model';
import { headerKey } from '../../shared/roster/columns';
import { lookupName, templateTags, type TagNode } from './docx';
import { CREDENTIAL_FIELDS, TEMPLATE_ALIASES, TEMPLATE_FIELDS, type FieldKind, type TemplateField, type TemplateItem } from './fields';
import type { PreparedTemplate } from './open';

export interface PlaceholderReport {
  /** As written in the template. */
  name: string;
  /** How the template uses it: a value, or a section ({#…}…{/…}, a loop or a condition). */
  use: 'text' | 'section';
  /** The loops it sits in, outermost first (by the names written). */
  within: string[];
  known: boolean;
  /** The table's name it stands for (an alias gives the column's name), when known. */
  field?: string;
  kind?: FieldKind;
  /** Known names spelt most alike (拼写相近的字段), for an unknown one. */
  suggestions: string[];
  /** A raw-XML tag ({@…}): never filled. */
  raw?: boolean;
}

export interface BlankReport {
  name: string;
  within: string[];
  /** The applicants for whom it prints nothing. */
  applicants: string[];
}

export interface TemplateCheck {
  placeholders: PlaceholderReport[];
  unknown: PlaceholderReport[];
  blanks: BlankReport[];
  /** How many applicants the blanks were worked out for. */
  checkedApplicants: number;
}

interface Scope {
  fields: readonly TemplateField<never>[];
}

const TOP: Scope = { fields: TEMPLATE_FIELDS as readonly TemplateField<never>[] };

/** The field a name stands for in a chain of scopes (innermost last), by name or alias. */
function fieldOf(scopes: readonly Scope[], name: string): TemplateField<never> | undefined {
  const key = headerKey(name);
  const alias = TEMPLATE_ALIASES.get(key);
  for (let i = scopes.length - 1; i >= 0; i--) {
    const hit = scopes[i]!.fields.find((f) => headerKey(f.name) === key) ?? scopes[i]!.fields.find((f) => alias !== undefined && headerKey(f.name) === alias);
    if (hit) return hit;
  }
  return undefined;
}

const MAX_SUGGESTIONS = 3;

/** Known names within a few edits of `name` (or containing it, or contained in it), nearest first. */
export function suggestionsFor(scopes: readonly Scope[], name: string): string[] {
  const key = headerKey(name);
  if (!key) return [];
  const names = [...new Set(scopes.flatMap((s) => s.fields.map((f) => f.name)))];
  const scored = names
    .map((n) => {
      const k = headerKey(n);
      const d = distance(key, k);
      const near = d <= Math.max(1, Math.min(3, Math.floor(Math.max(key.length, k.length) / 3)));
      const contains = key.length >= 2 && (k.includes(key) || key.includes(k)) && k.length >= 2;
      return { n, d: contains ? Math.min(d, 1.5) : d, ok: near || contains };
    })
    .filter((x) => x.ok)
    .sort((a, b) => a.d - b.d || a.n.length - b.n.length);
  return scored.slice(0, MAX_SUGGESTIONS).map((x) => x.n);
}

/** A form made per credential (the 查验结果单) names that credential's values at the top as well. */
const PER_CREDENTIAL: Scope = { fields: CREDENTIAL_FIELDS as readonly TemplateField<never>[] };

/** The placeholders of a parsed template against the table, each once per place (name and loops it is in). */
function placeholders(nodes: readonly TagNode[], top: Scope[]): PlaceholderReport[] {
  const out = new Map<string, PlaceholderReport>();
  const walk = (list: readonly TagNode[], scopes: Scope[], within: string[]) => {
    for (const n of list) {
      const field = n.kind === 'raw' ? undefined : fieldOf(scopes, n.name);
      const id = `${within.join('>')}|${n.name}|${n.kind}`;
      if (!out.has(id)) {
        out.set(id, {
          name: n.name,
          use: n.kind === 'section' ? 'section' : 'text',
          within,
          known: field !== undefined,
          ...(field ? { field: field.name, kind: field.kind } : {}),
          suggestions: field ? [] : suggestionsFor(scopes, n.name),
          ...(n.kind === 'raw' ? { raw: true } : {}),
        });
      }
      if (n.kind === 'section') {
        // A loop's items bring their own names; a condition keeps the scope it is in.
        const inner = field?.kind === 'loop' && field.items ? [...scopes, { fields: field.items }] : scopes;
        walk(n.children, inner, [...within, n.name]);
      }
    }
  };
  walk(nodes, top, []);
  return [...out.values()];
}

/** Which placeholders print nothing for one applicant's data (a section not shown prints nothing inside it). */
function printedNames(nodes: readonly TagNode[], data: TemplateItem): Set<string> {
  const printed = new Set<string>();
  const walk = (list: readonly TagNode[], scopes: unknown[], within: string[]) => {
    for (const n of list) {
      const id = `${within.join('>')}|${n.name}`;
      const v = n.kind === 'raw' ? undefined : lookupName(scopes, n.name);
      if (n.kind !== 'section') {
        if (typeof v === 'string' && v !== '') printed.add(id);
        continue;
      }
      const path = [...within, n.name];
      if (Array.isArray(v)) {
        if (v.length) printed.add(id);
        if (n.inverted) {
          if (!v.length) walk(n.children, scopes, path);
        } else for (const item of v) walk(n.children, [...scopes, item], path);
      } else {
        const shown = n.inverted ? !v : Boolean(v);
        printed.add(id); // a condition is never "blank": it is true or false
        if (shown) walk(n.children, scopes, path);
      }
    }
  };
  walk(nodes, [data], []);
  return printed;
}

/**
 * Checks a template against the table, and (when given) which placeholders these applicants' data leave blank.
 * `perCredential`: the template is for a form made once per credential (its values are named without a loop).
 */
export function checkTemplate(t: PreparedTemplate, people: readonly { applicant: Applicant; data: TemplateItem }[] = [], perCredential = false): TemplateCheck {
  const nodes = templateTags(t);
  const list = placeholders(nodes, perCredential ? [TOP, PER_CREDENTIAL] : [TOP]);
  const blanks: BlankReport[] = [];
  if (people.length) {
    const printed = people.map((p) => printedNames(nodes, p.data));
    for (const p of list) {
      if (!p.known || p.kind === 'condition') continue;
      const id = `${p.within.join('>')}|${p.name}`;
      const names = people.filter((_, i) => !printed[i]!.has(id)).map((x) => x.applicant.name);
      if (names.length) blanks.push({ name: p.name, within: p.within, applicants: names });
    }
  }
  return { placeholders: list, unknown: list.filter((p) => !p.known), blanks, checkedApplicants: people.length };
}
