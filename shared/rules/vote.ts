// The committee's vote (人社部令第40号《职称评审管理暂行规定》): at least 2/3 of the members attend, and an applicant
// passes with 同意 from at least 2/3 of the members present. Numbers are the roster's; blank means not recorded.
import type { Applicant } from '../model';

export interface Vote {
  committeeSize: number | null;
  present: number | null;
  votesFor: number | null;
  votesAgainst: number | null;
  abstentions: number | null;
}

const num = (s: string): number | null => (s === '' ? null : Number(s));

export function voteOf(a: Pick<Applicant, 'committeeSize' | 'present' | 'votesFor' | 'votesAgainst' | 'abstentions'>): Vote {
  return {
    committeeSize: num(a.committeeSize),
    present: num(a.present),
    votesFor: num(a.votesFor),
    votesAgainst: num(a.votesAgainst),
    abstentions: num(a.abstentions),
  };
}

/** a ≥ 2/3 of b, in integers. */
const twoThirds = (a: number, b: number) => 3 * a >= 2 * b;

/**
 * What is wrong with an applicant's vote and result, in Chinese, each naming the applicant; empty when consistent.
 * A 通过 the numbers do not carry, or a 未通过 they do, is an error, never a silent pass.
 */
export function voteProblems(a: Pick<Applicant, 'name' | 'result' | 'committeeSize' | 'present' | 'votesFor' | 'votesAgainst' | 'abstentions'>): string[] {
  const v = voteOf(a);
  const out: string[] = [];
  const who = `${a.name}：`;
  if (v.present !== null && v.committeeSize !== null) {
    if (v.present > v.committeeSize) out.push(`${who}出席人数（${v.present}）多于评委会总人数（${v.committeeSize}）`);
    else if (!twoThirds(v.present, v.committeeSize)) {
      out.push(`${who}出席人数（${v.present}）不足评委会总人数（${v.committeeSize}）的三分之二，评审会议无效`);
    }
  }
  const cast = [v.votesFor, v.votesAgainst, v.abstentions];
  if (v.present !== null && cast.every((x) => x !== null)) {
    const sum = cast.reduce((s, x) => s! + x!, 0)!;
    if (sum !== v.present) out.push(`${who}同意、不同意、弃权人数之和（${sum}）与出席人数（${v.present}）不符`);
  }
  if (v.present !== null && v.votesFor !== null) {
    const passes = twoThirds(v.votesFor, v.present);
    if (a.result === 'passed' && !passes) out.push(`${who}评审结果为“通过”，但同意人数（${v.votesFor}）不足出席人数（${v.present}）的三分之二`);
    if (a.result === 'failed' && passes) out.push(`${who}评审结果为“未通过”，但同意人数（${v.votesFor}）已达出席人数（${v.present}）的三分之二`);
  }
  if ((a.result === 'pending' || a.result === 'absent') && v.votesFor !== null) {
    out.push(`${who}已填写表决人数，但评审结果为“${a.result === 'pending' ? '待评审' : '未参评'}”`);
  }
  return out;
}

/** What a vote problem does to the paperwork, said beside each problem wherever one is found before the export. */
export const VOTE_PROBLEM_EFFECT = '评定表不印评定结论，公示名单和统计表不计为通过，导出前须改正';

/** voteProblems, each with what it does to the paperwork: the warnings of import and forms. */
export const voteWarnings = (a: Parameters<typeof voteProblems>[0]): string[] => voteProblems(a).map((p) => `${p}（${VOTE_PROBLEM_EFFECT}）`);

/** A recorded 通过 that its numbers (where given) carry: the only case a conclusion may be printed. */
export const passedByVote = (a: Parameters<typeof voteProblems>[0]): boolean => a.result === 'passed' && voteProblems(a).length === 0;
