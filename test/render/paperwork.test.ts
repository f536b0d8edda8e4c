// The paperwork says exactly what the evidence says: every applicant's planned forms rendered to PDF and read back with
// poppler, then checked against the one state each credential has (shared/rules/credential-state).
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossierJobs, committeeJobs } from '../../forms/export/dossier';
import { renderPdf } from '../../forms/render/index';
import { Applicant, Settings, type VerificationRecord } from '../../shared/model';
import { CREDENTIAL_STATE_LABELS, credentialStatus, planApplicant, verificationMethod } from '../../shared/rules';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../shared/sample/applicants';
import { SAMPLE_RECORDS } from '../../shared/sample/records';
import { savePdf, squash } from './poppler';

/** No office-wide 查验单位: each sheet must name the applicant's own employer. */
const SETTINGS = Settings.parse({});
const texts = new Map<string, string>();
const key = (applicantId: string, name: string) => `${applicantId}/${name}`;
let committee: Record<string, string> = {};

/** Text in content-stream order (a cell's lines stay together), without spaces. */
async function textOf(id: string, formId: string, data: unknown): Promise<string> {
  const file = savePdf(id.replace(/[/]/g, '-'), await renderPdf(formId, data as never, { date: new Date('2026-11-01T00:00:00Z') }));
  return squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

beforeAll(async () => {
  for (const a of SAMPLE_APPLICANTS) {
    for (const job of dossierJobs(a, SAMPLE_RECORDS, SETTINGS)) {
      texts.set(key(a.id, job.credentialId ? `${job.formId}/${job.credentialId}` : job.formId), await textOf(`paper-${a.id}-${job.name}`, job.formId, job.data));
    }
  }
  const jobs = committeeJobs(SAMPLE_APPLICANTS, SAMPLE_RECORDS, SETTINGS, { meeting: '2026-11-13' });
  committee = Object.fromEntries(await Promise.all(jobs.map(async (j) => [j.formId, await textOf(`paper-${j.formId}`, j.formId, j.data)] as const)));
}, 300_000);

const text = (applicantId: string, form: string) => texts.get(key(applicantId, form));

describe('the paperwork over the sample', () => {
  it('prints no conclusion before a recorded pass, and names the person and the title after one', () => {
    for (const id of ['a10', 'a02', 'a18']) {
      expect(text(id, 'evaluation'), id).toBeDefined();
      expect(text(id, 'evaluation'), id).not.toContain('同志具备');
    }
    expect(text('a03', 'evaluation')).toContain('经抚顺市工程系列高级评审委员会（示例）评审，王䶮同志具备压力容器检验专业高级工程师（副高级）专业技术资格。');
    expect(text('a03', 'evaluation')).toContain('同意18人，不同意2人，弃权1人');
  });

  it('lists each credential in the 评定表 as its sheet states it', () => {
    for (const a of SAMPLE_APPLICANTS) {
      const plan = planApplicant(a, SAMPLE_RECORDS, SETTINGS);
      const evaluation = text(a.id, 'evaluation');
      for (const s of plan.credentials) {
        if (evaluation) expect(evaluation, `${a.id} ${s.credential.id}`).toContain(squash(verificationMethod(s)));
        const sheet = text(a.id, `verification/${s.credential.id}`);
        if (s.route.route === 'archive-review') {
          expect(sheet, s.credential.id).toBeUndefined();
          continue;
        }
        expect(sheet, s.credential.id).toContain(`查验结论${CREDENTIAL_STATE_LABELS[s.state]}`);
      }
    }
  });

  it('never says 一致 while an image field awaits the eye, and prints the clerk\'s 说明 for an explained mismatch', () => {
    const waiting = text('a04', 'verification/a04-xl2')!;
    expect(waiting).toContain('查验结论待目视核对');
    expect(waiting).not.toContain('查验结论一致');
    const explained = text('a06', 'verification/a06-xl1')!;
    expect(explained).toContain('查验结论不一致（已说明）');
    expect(explained).toContain('查验人说明专业名称含培养方向，与毕业证书一致');
  });

  it('names each applicant\'s own employer as 查验单位, and where to check a degree not yet looked up', () => {
    for (const a of SAMPLE_APPLICANTS) {
      for (const [k, t] of texts) if (k.startsWith(`${a.id}/verification/`)) expect(t, k).toContain(`查验单位${squash(a.employer)}`);
    }
    const pending = text('a09', 'verification/a09-xw1')!;
    expect(pending).toContain('查验网站学信网（《中国高等教育学位在线验证报告》）');
    expect(pending).toContain('学位在线查验结果单');
    expect(pending).not.toContain('学位网');
  });

  it('has an archive-review sheet exactly for applicants with an archive-routed credential, stating the real reason', () => {
    for (const a of SAMPLE_APPLICANTS) {
      const archived = planApplicant(a, SAMPLE_RECORDS, SETTINGS).credentials.filter((s) => s.route.route === 'archive-review');
      const sheet = text(a.id, 'archive-review');
      expect(sheet !== undefined, a.id).toBe(archived.length > 0);
      for (const s of archived) expect(sheet, s.credential.id).toContain(squash(s.route.reason));
      if (sheet) expect(sheet, a.id).not.toContain('属2002届及以后的学历');
    }
    expect(text('a08', 'archive-review')).toContain('在线验证码无效');
  });

  it('gives exam and 认定 applicants no 评定表 and keeps them out of the statistics and the 公示', () => {
    for (const id of ['a14', 'a15', 'a16', 'a20']) {
      expect(text(id, 'evaluation'), id).toBeUndefined();
      expect(text(id, 'exam-registration'), id).toBeDefined();
    }
    expect(text('a13', 'graduate-determination')).toContain('助理工程师（初级）');
    for (const id of ['a13', 'a14', 'a15', 'a16', 'a20']) {
      const name = squash(sampleApplicant(id).name);
      expect(committee.publicity, id).not.toContain(name);
    }
    expect(committee.statistics).not.toContain('会计');
    expect(committee.statistics).toContain('未通过人数');
    expect(committee.publicity).toContain('高级工程师（副高级）');
    expect(committee.publicity).toContain('公示期为5个工作日');
  });

  it('prints a re-comparison at once when the roster is corrected', async () => {
    const a09 = sampleApplicant('a09');
    const corrected = Applicant.parse({ ...a09, credentials: a09.credentials.map((c) => (c.id === 'a09-xl1' ? { ...c, school: '滨海师范大学' } : c)) });
    const record = SAMPLE_RECORDS.find((r) => r.credentialId === 'a09-xl1') as VerificationRecord;
    expect(text('a09', 'verification/a09-xl1')).toContain('查验结论不一致');
    expect(credentialStatus(corrected, corrected.credentials[0]!, record).state).toBe('match');
    const fresh = await textOf('paper-a09-corrected', 'verification', { applicant: corrected, credential: corrected.credentials[0]!, record, settings: SETTINGS });
    expect(fresh).toContain('查验结论一致');
    expect(fresh).not.toContain('学校名称不一致');
  });

  it('withholds the unit pledge while the dossier is blocked', () => {
    expect(text('a09', 'commitment-unit')).toBeUndefined();
    expect(text('a02', 'commitment-unit')).toContain('一票否决');
    expect(committee.checklist).toContain('单位诚信承诺书暂不生成');
  });
});
