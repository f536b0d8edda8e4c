// The side panel: the store's applicants and records, the site page in front, and every action on them (import,
// restore, backup, settings, 去查验, judging by eye, resolving a mismatch, the verification sheet). What is decided
// about a credential comes from shared/rules; the pieces shown are components of their own.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES, MAX_ROSTER_BYTES, tooLarge } from '../../shared/limits';
import { Settings, type Applicant, type Backup, type Credential, type VerificationRecord } from '../../shared/model';
import { correctRoster, credentialStatus, judgeByEye, latestRecord, withResolution, type EyeVerdict } from '../../shared/rules';
import { openStore, type Store } from '../../shared/store';
import type { PageState } from '../messaging/page-state';
import { ApplicantList } from './ApplicantList';
import type { Decision } from './ResolveMismatch';
import { backupFileName, parseBackupFile } from './backup-file';
import type { PanelBrowser } from './browser-services';
import type { SheetInput } from './verification-sheet';
import { CurrentPage } from './CurrentPage';
import { ImportPreview, type RosterPreview } from './ImportPreview';
import { RestorePreview } from './RestorePreview';
import { Notice, Section, type NoticeData } from './ui';
import { userMessage } from '../../shared/text/user-message';
import { FilePicker, MIME, SettingsForm, saveBlob } from '../../shared/ui';

interface Data {
  applicants: Applicant[];
  records: VerificationRecord[];
  page: PageState | null;
  settings: Settings;
}

/** The panel keeps data: a failed action leaves it as it was, and a backup is the way to keep it safe. */
const PANEL_UNEXPECTED = '出现意外错误，数据未改动。请重试；如仍出错，请先导出备份，再把问题报告给开发者。';

type Pending =
  | { kind: 'roster'; preview: RosterPreview }
  | { kind: 'restore'; fileName: string; backup: Backup }
  | null;

export function App({ br, open = () => openStore() }: { br: PanelBrowser; open?: () => Promise<Store> }) {
  const [store, setStore] = useState<Store | null>(null);
  const [data, setData] = useState<Data>({ applicants: [], records: [], page: null, settings: Settings.parse({}) });
  const [showSettings, setShowSettings] = useState(false);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState<NoticeData | null>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState(false);

  const fail = (e: unknown, what: string) => {
    console.warn(`[zhicheng] ${what}`, e);
    setNotice({ tone: 'bad', text: userMessage(e, what, PANEL_UNEXPECTED) });
  };

  const reload = useCallback(async (s: Store) => {
    const [applicants, records, page, settings] = await Promise.all([s.listApplicants(), s.listRecords(), br.currentPage(), s.getSettings()]);
    setData({ applicants, records, page, settings });
    setLoaded(true);
  }, [br]);

  const refreshPage = useCallback(async () => {
    const page = await br.currentPage();
    setData((d) => ({ ...d, page }));
  }, [br]);

  useEffect(() => {
    let s: Store | undefined;
    let off = () => {};
    (async () => {
      try {
        const [opened, ui] = await Promise.all([open(), br.loadUi()]);
        s = opened;
        setStore(opened);
        setExpandedId(ui.expandedApplicantId);
        await reload(opened);
        off = br.onBackgroundChange((changed) => {
          // Only a stored record changes the lists; a page read alone (query forms, refusals, duplicates) is re-read
          // by itself instead of every record with its snapshot.
          const refresh = changed.store ? reload(opened) : refreshPage();
          void refresh.catch((e) => fail(e, '刷新数据'));
        });
      } catch (e) {
        setLoaded(true);
        fail(e, '打开本机数据库');
      }
    })();
    return () => {
      off();
      s?.close();
    };
  }, []);

  const expand = (id: string | null) => {
    setExpandedId(id);
    void br.saveUi({ expandedApplicantId: id }).catch((e) => console.warn('[zhicheng] saveUi', e));
  };

  /** What a credential's sheet is made from: its applicant's records as shown, the settings as given. */
  const sheetInput = (applicant: Applicant, credential: Credential, settings = data.settings): SheetInput => ({
    applicant,
    credential,
    records: data.records.filter((r) => r.applicantId === applicant.id),
    settings,
  });

  // The page in front belongs to someone (read now, or read before and shown again): show that person's entry open.
  useEffect(() => {
    const id = data.page?.applicantId;
    if (id && (data.page?.verdict === 'recorded' || data.page?.verdict === 'duplicate')) {
      expand(id);
      // A sheet is usually next: have it made by then.
      const applicant = data.applicants.find((a) => a.id === id);
      const credential = applicant?.credentials.find((c) => c.id === data.page?.credentialId);
      if (applicant && credential) void import('./verification-sheet').then((m) => m.prepareSheet(sheetInput(applicant, credential)));
    } else if (data.page) {
      // On the sites (a query form, most often): a report is coming, so the sheet engine gets ready now.
      const applicant = data.applicants.find((a) => a.credentials.length > 0);
      const input = applicant && sheetInput(applicant, applicant.credentials[0]!);
      void import('./verification-sheet').then((m) => m.warmSheetEngine(input));
    }
    // A hint about the previous page (e.g. "query page opened") is stale now.
    setNotice((n) => (n?.tone === 'info' ? null : n));
  }, [data.page?.capturedAt]);

  const act = async (what: string, fn: (s: Store) => Promise<NoticeData | void>) => {
    if (!store) return;
    setBusy(true);
    try {
      const result = await fn(store);
      if (result) setNotice(result);
      await reload(store);
      void br.announceStoreChange().catch((e) => console.warn('[zhicheng] announceStoreChange', e));
    } catch (e) {
      fail(e, what);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string) => expand(expandedId === id ? null : id);

  const verify = (applicant: Applicant, credential: Credential) =>
    act('打开查询页面', async () => {
      const r = await br.openQuery(applicant, credential);
      if (r.filled?.problem) return { tone: 'bad', text: r.filled.problem };
      return { tone: 'info', text: `已打开查询页面并填入${applicant.name}的证书编号和姓名：请在页面上输入验证码并查询。` };
    });

  const pickRoster = async (file: File) => {
    if (!store) return;
    setBusy(true);
    try {
      // exceljs is most of the panel's code: load it when a roster is actually picked.
      const { importRoster } = await import('../../shared/roster');
      // The same cap importRoster applies, before the whole file is read into the panel's memory.
      if (file.size > MAX_ROSTER_BYTES) throw new Error(tooLarge(`“${file.name}”`, file.size, MAX_ROSTER_BYTES));
      const result = await importRoster(new Uint8Array(await file.arrayBuffer()), file.name);
      const stored = new Set(data.applicants.map((a) => a.idNumber));
      setPending({
        kind: 'roster',
        preview: {
          fileName: file.name,
          applicants: result.applicants,
          errors: result.errors,
          errorRows: result.errorRows,
          omittedErrors: result.omittedErrors,
          warnings: result.warnings,
          total: result.total,
          replacing: result.applicants.filter((a) => stored.has(a.idNumber)).length,
        },
      });
      setNotice(null);
    } catch (e) {
      fail(e, '读取名单文件');
    } finally {
      setBusy(false);
    }
  };

  const acceptRoster = (preview: RosterPreview) =>
    act('保存名单', async (s) => {
      // Joined with what is stored, so a re-import keeps credential ids (and the records attached to them).
      const { mergeRoster } = await import('../../shared/roster');
      await s.putApplicants(mergeRoster(await s.listApplicants(), preview.applicants));
      setPending(null);
      return { tone: 'ok', text: `已导入${preview.applicants.length}名申报人。` };
    });

  const pickBackup = async (file: File) => {
    setBusy(true);
    try {
      if (file.size > MAX_BACKUP_BYTES) throw new Error(tooLarge(`“${file.name}”`, file.size, MAX_BACKUP_BYTES));
      // file.text() rejects when the file went away or is unreadable: say so instead of an unhandled rejection.
      const parsed = parseBackupFile(await file.text());
      if (!parsed.ok) {
        setPending(null);
        setNotice({ tone: 'bad', text: parsed.message });
        return;
      }
      setPending({ kind: 'restore', fileName: file.name, backup: parsed.backup });
      setNotice(null);
    } catch (e) {
      fail(e, '读取备份文件');
    } finally {
      setBusy(false);
    }
  };

  const restore = (backup: Backup, mode: 'replace' | 'merge') =>
    act('恢复备份', async (s) => {
      await s.restore(backup, mode);
      setPending(null);
      return {
        tone: 'ok',
        text: `已${mode === 'replace' ? '替换为' : '合并'}备份数据：申报人${backup.applicants.length}人，查验记录${backup.records.length}条。`,
      };
    });

  const sheet = (applicant: Applicant, credential: Credential) =>
    act('生成查验结果单', async (s) => {
      const { verificationSheet } = await import('./verification-sheet');
      const { bytes, fileName, warnings } = await verificationSheet(sheetInput(applicant, credential, await s.getSettings()));
      saveBlob(new Blob([bytes as BlobPart], { type: MIME.pdf }), fileName);
      // A character the package has no font for is printed as 〓: the clerk hears it before the sheet is signed.
      if (warnings.length) return { tone: 'bad', text: `已生成“${fileName}”，但请先处理：${warnings.join('；')}。` };
      return { tone: 'ok', text: `已生成“${fileName}”：请打印，由查验人签字、单位盖章。` };
    });

  const download = () =>
    act('导出备份', async (s) => {
      const backup = await s.backup();
      const name = backupFileName(new Date());
      saveBlob(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }), name);
      return { tone: 'ok', text: `已导出备份“${name}”（申报人${backup.applicants.length}人，查验记录${backup.records.length}条）。请妥善保管：其中有身份证号。` };
    });

  const remove = (applicant: Applicant) =>
    act('删除申报人', async (s) => {
      const records = await s.listRecords(applicant.id);
      await s.deleteApplicant(applicant.id); // with its records, in one transaction
      return { tone: 'ok', text: `已删除${applicant.name}的名单信息和${records.length}条查验记录。` };
    });

  const confirm = (record: VerificationRecord, key: string, verdict: EyeVerdict) =>
    act('保存目视核对', async (s) => {
      // The stored record, not this panel's copy: another panel may have confirmed another field since we loaded.
      const current = (await s.listRecords(record.applicantId)).find((r) => r.id === record.id);
      const applicant = data.applicants.find((a) => a.id === record.applicantId);
      const credential = applicant?.credentials.find((c) => c.id === record.credentialId);
      if (!current || !applicant || !credential) return { tone: 'bad', text: '找不到此记录对应的申报人或证书，可能已被删除。' };
      const updated = judgeByEye(current, key, verdict, applicant, credential);
      await s.putRecord(updated);
      if (!verdict) return { tone: 'ok', text: '已撤销目视核对，请重新对照页面核对。' };
      return { tone: 'ok', text: `已记录目视核对。查验结果：${updated.outcome === 'verified' ? '各项一致' : '仍有需处理的项目'}。` };
    });

  const resolve = (applicant: Applicant, credential: Credential, decision: Decision) =>
    act('保存处理结果', async (s) => {
      // The stored records, not this panel's copy: the newest lookup is the one the decision is about.
      const latest = latestRecord(await s.listRecords(applicant.id), applicant.id, credential.id);
      if (!latest) return { tone: 'bad', text: '找不到此证书的查验记录，可能已被删除。' };
      const status = credentialStatus(applicant, credential, latest);
      await s.putRecord(withResolution(latest, status, decision, new Date().toISOString()));
      const what = !decision ? '已撤销处理' : decision.action === 'explained' ? '已保存说明，将打印在查验结果单上' : '已改走档案审查';
      return { tone: 'ok', text: `${applicant.name}：${what}。` };
    });

  const correct = (applicant: Applicant, credential: Credential, key: string, value: string) =>
    act('更正名单', async (s) => {
      // The stored applicant, not this panel's copy: a re-import may have changed it since.
      const current = (await s.listApplicants()).find((a) => a.id === applicant.id);
      if (!current) return { tone: 'bad', text: '找不到此申报人，可能已被删除。' };
      const r = correctRoster(current, credential.id, key, value);
      if (!r.ok) return { tone: 'bad', text: `未更正：${r.message}` };
      await s.putApplicants([r.applicant]);
      return { tone: 'ok', text: `已更正${applicant.name}名单中的信息，并与已读取的页面重新比对。请同时改正名单文件，以免下次导入改回。` };
    });

  const recheck = (applicant: Applicant, credential: Credential, record: VerificationRecord) =>
    // A report has an address of its own (its 在线验证码): open it again. A query result has none: query again.
    record.vcode
      ? act('重新打开查验页面', async () => {
          await br.openPage(record.url);
          return { tone: 'info', text: `已重新打开${applicant.name}的在线验证报告：读取后结果会显示在“当前页面”。` };
        })
      : verify(applicant, credential);

  const template = () =>
    act('生成名单模板', async () => {
      const { ROSTER_TEMPLATE_FILE, rosterTemplateXlsx } = await import('../../shared/roster');
      saveBlob(new Blob([(await rosterTemplateXlsx()) as BlobPart], { type: MIME.xlsx }), ROSTER_TEMPLATE_FILE);
      return { tone: 'ok', text: '已下载名单模板：按列填写后用“导入名单”导入。' };
    });

  const saveSettings = (changes: Partial<Settings>) =>
    act('保存设置', async (s) => {
      await s.putSettings({ ...(await s.getSettings()), ...changes });
      setShowSettings(false);
      return { tone: 'ok', text: '设置已保存，之后生成的表格按新设置填写。' };
    });

  return (
    <main class="panel">
      <header class="top">
        <h1>职称核验助手</h1>
        <p class="tagline">学历学位查验 · 数据只存本机</p>
        <div class="toolbar" role="toolbar" aria-label="名单和数据">
          <FilePicker id="roster-file" label="导入名单" accept=".xlsx,.csv" disabled={!store || busy} onFile={pickRoster} />
          <button type="button" disabled={!store || busy} onClick={download}>
            备份
          </button>
          <FilePicker id="backup-file" label="恢复备份" accept=".json,application/json" disabled={!store || busy} onFile={pickBackup} />
          <button
            type="button"
            onClick={() => {
              void br.openGenerator().catch((e) => fail(e, '打开评审材料生成页'));
              if (store) void import('./engine').then((m) => m.renderGeneratorPreviewAhead(store));
            }}
          >
            生成评审材料
          </button>
          <button type="button" aria-expanded={showSettings} disabled={!store} onClick={() => setShowSettings(!showSettings)}>
            设置
          </button>
          <a class="help-link" href="/help.html" target="_blank" rel="noopener">帮助</a>
        </div>
      </header>
      {showSettings && (
        <Section title="设置" id="settings-title">
          <SettingsForm settings={data.settings} busy={busy} onSave={saveSettings} />
        </Section>
      )}
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {pending?.kind === 'roster' && (
        <ImportPreview
          preview={pending.preview}
          busy={busy}
          onAccept={() => acceptRoster(pending.preview)}
          onCancel={() => setPending(null)}
        />
      )}
      {pending?.kind === 'restore' && (
        <RestorePreview
          fileName={pending.fileName}
          backup={pending.backup}
          current={{ applicants: data.applicants.length, records: data.records.length }}
          busy={busy}
          onRestore={(mode) => restore(pending.backup, mode)}
          onBackupFirst={download}
          onCancel={() => setPending(null)}
        />
      )}
      <Section title="当前页面" id="current-title">
        <CurrentPage page={data.page} applicants={data.applicants} records={data.records} onConfirm={confirm} busy={busy} />
      </Section>
      <Section title={`申报人（${data.applicants.length}）`} id="applicants-title">
        {loaded ? (
          <ApplicantList
            applicants={data.applicants}
            records={data.records}
            expandedId={expandedId}
            busy={busy}
            onToggle={toggle}
            onVerify={verify}
            onSheet={sheet}
            onDelete={remove}
            onResolve={resolve}
            onCorrect={correct}
            onRecheck={recheck}
            onBackupFirst={download}
            onTemplate={template}
          />
        ) : (
          <p class="muted">正在读取本机数据…</p>
        )}
      </Section>
    </main>
  );
}
