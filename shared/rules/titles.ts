// How a title is obtained (取得方式) and what it is called (申报资格名称), by series and level: tables held as data so an
// office can extend them (Settings.titleNames) and a roster column can override them (../shared/forms.md §6).
import { TITLE_LEVELS, type Applicant, type Settings, type TitleLevel, type TitleWay } from '../model';

/** Series whose 初级 and 中级 are earned by the national exam (以考代评). Every other title defaults to 评审. */
export const EXAM_WAYS: readonly { series: string; levels: readonly TitleLevel[] }[] = [
  { series: '会计', levels: ['初级', '中级'] },
  { series: '经济', levels: ['初级', '中级'] },
  { series: '审计', levels: ['初级', '中级'] },
  { series: '统计', levels: ['初级', '中级'] },
  { series: '卫生', levels: ['初级', '中级'] },
];

/** Titles from 正高级 down to 初级, in TITLE_LEVELS order. */
type Ladder = readonly [string, string, string, string];

/** 卫生 titles by 专业类别: 医 / 护 / 药 / 技, told by a word in the specialty (医 when none matches). */
const HEALTH: readonly { words: readonly string[]; ladder: Ladder }[] = [
  { words: ['护理', '护士'], ladder: ['主任护师', '副主任护师', '主管护师', '护师'] },
  { words: ['药'], ladder: ['主任药师', '副主任药师', '主管药师', '药师'] },
  { words: ['检验', '影像', '技术', '康复', '病理技', '放射'], ladder: ['主任技师', '副主任技师', '主管技师', '技师'] },
  { words: [], ladder: ['主任医师', '副主任医师', '主治医师', '医师'] },
];

/** The series × level table (series names as rosters write them; aliases share a ladder). */
export const TITLE_LADDERS: readonly { series: readonly string[]; ladder: Ladder }[] = [
  { series: ['工程'], ladder: ['正高级工程师', '高级工程师', '工程师', '助理工程师'] },
  { series: ['中小学教育', '中小学教师', '教育'], ladder: ['正高级教师', '高级教师', '一级教师', '二级教师'] },
  { series: ['经济'], ladder: ['正高级经济师', '高级经济师', '经济师', '助理经济师'] },
  { series: ['会计'], ladder: ['正高级会计师', '高级会计师', '会计师', '助理会计师'] },
  { series: ['审计'], ladder: ['正高级审计师', '高级审计师', '审计师', '助理审计师'] },
  { series: ['统计'], ladder: ['正高级统计师', '高级统计师', '统计师', '助理统计师'] },
  { series: ['农业'], ladder: ['正高级农艺师', '高级农艺师', '农艺师', '助理农艺师'] },
];

type Who = Pick<Applicant, 'series' | 'level' | 'specialty'>;
const rung = (ladder: Ladder, level: TitleLevel) => ladder[TITLE_LEVELS.indexOf(level)]!;

/** The way the tables give a series and level. */
export function defaultWay(a: Pick<Applicant, 'series' | 'level'>): TitleWay {
  return EXAM_WAYS.some((e) => e.series === a.series.trim() && e.levels.includes(a.level)) ? '考试' : '评审';
}

/** 取得方式: the roster's column, else the table's. */
export const titleWay = (a: Pick<Applicant, 'way' | 'series' | 'level'>): TitleWay => a.way || defaultWay(a);

/** The title the tables name for a series, level and specialty; '' when none does. Office entries come first. */
export function defaultTitleName(a: Who, settings?: Pick<Settings, 'titleNames'>): string {
  const series = a.series.trim();
  const own = settings?.titleNames.find((t) => t.series === series && t.level === a.level && (!t.specialtyContains || a.specialty.includes(t.specialtyContains)));
  if (own) return own.title;
  if (series === '卫生') return rung(HEALTH.find((h) => !h.words.length || h.words.some((w) => a.specialty.includes(w)))!.ladder, a.level);
  const row = TITLE_LADDERS.find((r) => r.series.includes(series));
  return row ? rung(row.ladder, a.level) : '';
}

/** 申报资格名称: the roster's column, else the tables'; '' when neither names it. */
export const titleName = (a: Who & Pick<Applicant, 'titleName'>, settings?: Pick<Settings, 'titleNames'>): string =>
  a.titleName || defaultTitleName(a, settings);

/** 高级工程师（副高级): the title with its level, as forms print it; the level alone when no title is named. */
export const titleAndLevel = (title: string, level: string, lineBreak = false): string =>
  title ? `${title}${lineBreak ? '\n' : ''}（${level}）` : level;
