// Pass rates per series and level, for 年度职称评审结果统计表. The notice caps senior pass rates at 50 % "in principle":
// a flag for the office, never a refusal.
import { SENIOR_LEVELS, TITLE_LEVELS, type Applicant, type TitleLevel } from '../model';
import { committeeApplicants } from './plan';
import { passedByVote } from './vote';

export const SENIOR_PASS_RATE_CAP = 0.5;

export interface PassCounts {
  passed: number;
  participated: number;
}

/** passed / participated, or null when nobody took part. */
export function passRate(stats: PassCounts): number | null {
  return stats.participated > 0 ? stats.passed / stats.participated : null;
}

/** True when a 正高级/副高级 group's pass rate is over the cap. Other levels are never capped. */
export function seniorCapExceeded(level: TitleLevel, passed: number, participated: number): boolean {
  if (!SENIOR_LEVELS.includes(level)) return false;
  const rate = passRate({ passed, participated });
  return rate !== null && rate > SENIOR_PASS_RATE_CAP;
}

export interface GroupStatistics extends PassCounts {
  series: string;
  level: TitleLevel;
  /** 申报: everyone in the group. */
  declared: number;
  /** 参评: everyone whose result is not 'absent'. */
  participated: number;
  /** 通过: a recorded 通过 the vote carries. */
  passed: number;
  /** 未通过: a recorded 未通过. */
  failed: number;
  /** 通过率, 0–1, null when nobody took part. */
  passRate: number | null;
  overCap: boolean;
}

/** One row per series and level present, series in first-seen order, levels from 正高级 down. Only 评审 applicants count. */
export function statistics(all: readonly Applicant[]): GroupStatistics[] {
  const applicants = committeeApplicants(all);
  const groups = new Map<string, GroupStatistics>();
  const seriesOrder: string[] = [];
  for (const a of applicants) {
    const key = `${a.series}\u0000${a.level}`;
    let g = groups.get(key);
    if (!g) {
      if (!seriesOrder.includes(a.series)) seriesOrder.push(a.series);
      g = { series: a.series, level: a.level, declared: 0, participated: 0, passed: 0, failed: 0, passRate: null, overCap: false };
      groups.set(key, g);
    }
    g.declared++;
    if (a.result !== 'absent') g.participated++;
    // As the 公示名单 and the 评定表 decide a pass: a 通过 its vote's numbers contradict is not one (nor a 未通过:
    // like a pending result, it stays in 参评 until corrected, and every place that shows it says so).
    if (passedByVote(a)) g.passed++;
    if (a.result === 'failed') g.failed++;
  }
  const rows = [...groups.values()].map((g) => ({
    ...g,
    passRate: passRate(g),
    overCap: seniorCapExceeded(g.level, g.passed, g.participated),
  }));
  return rows.sort(
    (x, y) => seriesOrder.indexOf(x.series) - seriesOrder.indexOf(y.series) || TITLE_LEVELS.indexOf(x.level) - TITLE_LEVELS.indexOf(y.level),
  );
}
