// The roster's columns: one row per applicant, its fields, then column groups for credentials. Every header is a
// label from shared/model; a credential column is `<group>·<label>`, e.g. 学历·证书编号, 第一学位·授予日期.
import {
  APPLICANT_FIELDS,
  CREDENTIAL_KIND_LABELS,
  REVIEW_RESULT_LABELS,
  XUELI_FIELDS,
  XUEWEI_FIELDS,
  type CredentialKind,
  type FieldDef,
} from '../model';
import { normaliseLabel } from '../text/normalize';
import { cellKind, type CellKind } from './schema-kind';

type ApplicantKey = keyof typeof APPLICANT_FIELDS;

/** Applicant fields a row carries: all but the id and the lists (credentials are column groups; histories come from JSON). */
export const ROSTER_APPLICANT_KEYS: readonly ApplicantKey[] = (Object.keys(APPLICANT_FIELDS) as ApplicantKey[]).filter(
  (k) => k !== 'id' && cellKind(APPLICANT_FIELDS[k].schema).type !== 'list',
);

/** Credential fields per group, in column order. The 学位 group has no 入学日期 (a degree has no enrolment). */
export const GROUP_KEYS = {
  xueli: ['certNo', 'school', 'major', 'level', 'studyMode', 'enrolDate', 'gradDate', 'foreign', 'archiveStatement'],
  xuewei: ['certNo', 'school', 'major', 'degree', 'degreeField', 'degreeDate', 'studyMode', 'foreign', 'archiveStatement'],
} as const satisfies { xueli: readonly (keyof typeof XUELI_FIELDS)[]; xuewei: readonly (keyof typeof XUEWEI_FIELDS)[] };

const FIELD_TABLES: Record<CredentialKind, Record<string, FieldDef>> = { xueli: XUELI_FIELDS, xuewei: XUEWEI_FIELDS };

/** Values shown in the roster where the stored value is a code. */
const VALUE_LABELS: Partial<Record<string, Record<string, string>>> = { result: REVIEW_RESULT_LABELS };

/** Identifiers compared without spaces or width: ID and certificate numbers. */
const CODE_KEYS = new Set(['idNumber', 'certNo']);

/** Other headers offices use for a field (the model's label is always accepted). */
const HEADER_ALIASES: Partial<Record<ApplicantKey, string[]>> = {
  idNumber: ['身份证号码', '公民身份号码', '身份证'],
  birthMonth: ['出生日期'],
  employer: ['单位名称', '所在单位'],
};

/** Headers that carry nothing to import and need no warning. */
export const IGNORED_HEADERS = ['序号'];

/** How many groups of each kind the importer looks for. */
export const MAX_SLOTS = 4;

export interface Slot {
  kind: CredentialKind;
  /** 1 = the highest (学历, 学位), 2 = the first (第一学历, 第一学位), 3… = any others. */
  slot: number;
}

export interface Column {
  /** The header written on export. */
  header: string;
  key: string;
  def: FieldDef;
  kind: CellKind;
  group?: Slot;
  valueLabels?: Record<string, string>;
  /** Compared without spaces or width (ID and certificate numbers). */
  code: boolean;
}

export function groupName({ kind, slot }: Slot): string {
  const base = CREDENTIAL_KIND_LABELS[kind];
  return slot === 1 ? base : slot === 2 ? `第一${base}` : `${base}${slot}`;
}

function column(key: string, def: FieldDef, group?: Slot): Column {
  const labels = VALUE_LABELS[key];
  return {
    header: group ? `${groupName(group)}·${def.label}` : def.label,
    key,
    def,
    kind: cellKind(def.schema),
    ...(group ? { group } : {}),
    ...(labels && !group ? { valueLabels: labels } : {}),
    code: CODE_KEYS.has(key),
  };
}

export const APPLICANT_COLUMNS: readonly Column[] = ROSTER_APPLICANT_KEYS.map((k) => column(k, APPLICANT_FIELDS[k]));

const groupCache = new Map<string, Column[]>();

/** One group's columns; the same objects on every call, so columns compare by identity. */
export function groupColumns(group: Slot): Column[] {
  const key = `${group.kind}${group.slot}`;
  let cols = groupCache.get(key);
  if (!cols) {
    const slot = { kind: group.kind, slot: group.slot };
    cols = GROUP_KEYS[group.kind].map((k) => column(k, FIELD_TABLES[group.kind][k]!, slot));
    groupCache.set(key, cols);
  }
  return cols;
}

/** Columns in export order: the applicant's, then 学历 and 学位 of slot 1, then of slot 2, … */
export function rosterColumns(slots: Record<CredentialKind, number>): Column[] {
  const cols = [...APPLICANT_COLUMNS];
  for (let s = 1; s <= Math.max(slots.xueli, slots.xuewei); s++) {
    if (s <= slots.xueli) cols.push(...groupColumns({ kind: 'xueli', slot: s }));
    if (s <= slots.xuewei) cols.push(...groupColumns({ kind: 'xuewei', slot: s }));
  }
  return cols;
}

/** A header as compared: no width, spaces, brackets or separators (学历·证书编号 = 学历证书编号 = 学历-证书编号). */
export const headerKey = (s: string): string => normaliseLabel(s).replace(/[·・•\-_.:：、/\\|()[\]【】]/g, '');

/** Every header the importer understands, by headerKey. */
function buildHeaderIndex(): Map<string, Column> {
  const index = new Map<string, Column>();
  const add = (alias: string, col: Column) => {
    if (!index.has(headerKey(alias))) index.set(headerKey(alias), col);
  };
  for (const col of APPLICANT_COLUMNS) {
    add(col.header, col);
    for (const a of HEADER_ALIASES[col.key as ApplicantKey] ?? []) add(a, col);
  }
  const bare = new Map<string, number>();
  for (const col of APPLICANT_COLUMNS) bare.set(headerKey(col.def.label), 2); // never a bare alias for a credential
  for (const kind of ['xueli', 'xuewei'] as const) {
    for (let slot = 1; slot <= MAX_SLOTS; slot++) {
      for (const col of groupColumns({ kind, slot })) {
        add(col.header, col);
        if (slot === 1) {
          add(`最高${col.header}`, col);
          const k = headerKey(col.def.label);
          bare.set(k, (bare.get(k) ?? 0) + 1);
        }
      }
    }
  }
  // A label used by one slot-1 column only (学校, 层次, 授予日期…) may stand without its group name.
  for (const kind of ['xueli', 'xuewei'] as const) {
    for (const col of groupColumns({ kind, slot: 1 })) if (bare.get(headerKey(col.def.label)) === 1) add(col.def.label, col);
  }
  return index;
}

export const HEADER_INDEX: ReadonlyMap<string, Column> = buildHeaderIndex();
