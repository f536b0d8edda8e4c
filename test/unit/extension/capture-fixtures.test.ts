// The content script's reading and the background's handling, chained on every saved page of the sites: what the
// extension would store for each (the browser itself is exercised in test/e2e).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCredential, matchPage } from '../../../shared/rules';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { isSiteUrl } from '../../../shared/sites';
import { openStore, type Store } from '../../../shared/store';
import { handleCapture } from '../../../extension/background/capture';
import { pageText, snapshotHtml } from '../../../extension/content/snapshot';
import { canonicalReportUrl, readPage } from '../../../extension/readers';
import { FIXTURES, fixtureHtml, parsePage } from '../readers/fixtures';

const OWN = 'ownextensionidownextensionidabcd';
let store: Store;
let n = 0;

beforeAll(async () => {
  store = await openStore('capture-fixtures');
  await store.putApplicants(SAMPLE_APPLICANTS);
});
afterAll(() => store.close());

async function captureFixture(file: string, url: string) {
  const doc = parsePage(fixtureHtml(file));
  const msg = { type: 'capture', url, read: readPage(doc, url), text: pageText(doc), html: snapshotHtml(doc) };
  const origin = (() => {
    try {
      return new URL(url).origin;
    } catch {
      return undefined;
    }
  })();
  return handleCapture(msg, { id: OWN, url, origin, frameId: 0, tab: { id: 1 } }, {
    ownId: OWN,
    requireOrigin: true,
    store,
    rules: { findCredential, matchPage },
    canonicalUrl: canonicalReportUrl,
    now: () => new Date(),
    newId: () => `fx-${++n}`,
  });
}

describe('every site fixture through content script and background', () => {
  for (const f of FIXTURES) {
    it(`${f.file} at ${f.url}`, async () => {
      const r = await captureFixture(f.file, f.url);
      if (!isSiteUrl(f.url)) {
        expect(r.accepted).toBe(false);
        return;
      }
      expect(r.accepted).toBe(true);
      if (!r.accepted) return;
      const { state } = r;
      expect(state.url).toBe(canonicalReportUrl(f.url));
      if (f.credential && f.outcome === 'report' && f.kind !== 'xueji-report') {
        expect(state).toMatchObject({ verdict: 'recorded', credentialId: f.credential, applicantId: f.applicant });
        expect(state.outcome).toBe(f.mismatch?.length ? 'mismatch' : 'verified');
        const rec = (await store.listRecords(f.applicant!)).find((x) => x.id === state.recordId)!;
        expect(rec.snapshotHtml).toBeDefined();
        expect(rec.snapshotHtml).not.toMatch(/<script/i);
        for (const key of f.mismatch ?? []) {
          expect(rec.comparison.find((c) => c.key === key)?.status).toBe('mismatch');
        }
      } else if (f.outcome === 'refused' || f.kind === 'xueji-report' || f.kind === 'archive-page') {
        expect(state.verdict).toBe('refused');
      } else if (f.outcome === 'unknown' || f.outcome === 'rate-limited') {
        expect(state.verdict).toBe('not-a-result');
      } else {
        // Error pages of codes nobody recorded before: shown, not stored.
        expect(state.verdict).toBe('not-recorded');
      }
      expect(state.advice).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('stores an expired page against the report it replaced, once that report was recorded', async () => {
    const report = FIXTURES.find((f) => f.file === 'xuewei-report.html')!;
    const first = await captureFixture(report.file, report.url);
    expect(first.accepted && first.state.verdict).toMatch(/recorded|duplicate/);
    const expired = await captureFixture('error-expired.html', report.url);
    expect(expired.accepted && expired.state).toMatchObject({ verdict: 'recorded', outcome: 'expired', credentialId: report.credential });
  });
});
