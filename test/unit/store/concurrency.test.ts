import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../../shared/model';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { openStore } from '../../../shared/store';
import { freshName, recordFor } from './helpers';

/** The sample applicant `a` as a distinct person: its own id and credential ids. */
function copyOf(a: Applicant, tag: string): Applicant {
  const id = `${a.id}-${tag}`;
  return { ...a, id, credentials: a.credentials.map((c) => ({ ...c, id: `${id}-${c.id}` })) };
}

describe('store: two tabs at once', () => {
  it('loses nothing when two connections write different applicants and records concurrently', async () => {
    const name = freshName('tabs');
    const [tabA, tabB] = await Promise.all([openStore(name), openStore(name)]);
    const forA = SAMPLE_APPLICANTS.map((a) => copyOf(a, 'A'));
    const forB = SAMPLE_APPLICANTS.map((a) => copyOf(a, 'B'));
    // One transaction per applicant and record, interleaved between the two connections.
    await Promise.all([
      ...forA.map((a) => tabA.putApplicants([a]).then(() => Promise.all(a.credentials.map((_, i) => tabA.putRecord(recordFor(a, i)))))),
      ...forB.map((a) => tabB.putApplicants([a]).then(() => Promise.all(a.credentials.map((_, i) => tabB.putRecord(recordFor(a, i)))))),
    ]);
    const all = await tabA.listApplicants();
    expect(all).toHaveLength(forA.length + forB.length);
    expect(all).toEqual([...forA, ...forB].sort((x, y) => x.id.localeCompare(y.id)));
    const credentials = [...forA, ...forB].reduce((n, a) => n + a.credentials.length, 0);
    expect(await tabB.listRecords()).toHaveLength(credentials);
    tabA.close();
    tabB.close();
  });

  it('the same applicant updated by both ends as one whole version, never a mix', async () => {
    const name = freshName('same');
    const [tabA, tabB] = await Promise.all([openStore(name), openStore(name)]);
    const base = SAMPLE_APPLICANTS[0]!;
    const versionA = { ...base, employer: '甲单位（虚构）', specialty: '甲专业', credentials: base.credentials.slice(0, 1) };
    const versionB = { ...base, employer: '乙单位（虚构）', specialty: '乙专业', credentials: base.credentials.slice(1) };
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 25; i++) writes.push(tabA.putApplicants([versionA]), tabB.putApplicants([versionB]));
    await Promise.all(writes);
    const final = await tabA.getApplicant(base.id);
    expect([versionA, versionB]).toContainEqual(final);
    // The last write issued (tab B's) is the one that stays.
    expect(final).toEqual(versionB);
    tabA.close();
    tabB.close();
  });
});
