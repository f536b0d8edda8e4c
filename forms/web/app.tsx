// The generator page: roster and backup in, the applicants with their states, previews, office templates and the
// committee export; its settings (inside the extension, the store's).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Settings, type Backup } from '../../shared/model';
import { ROSTER_TEMPLATE_FILE } from '../../shared/roster/template-file';
import { SAMPLE_APPLICANTS } from '../../shared/sample/applicants';
import { latestRecords } from '../../shared/rules';
import { mergeRosterAndBackup } from '../export/merge';
import { userMessage } from '../../shared/text/user-message';
import { ApplicantTable } from './components/ApplicantTable';
import { ExportPanel } from './components/ExportPanel';
import { ImportPanel, type LoadedRoster } from './components/ImportPanel';
import { PreviewPane } from './components/PreviewPane';
import { TemplatePanel } from './components/TemplatePanel';
import type { Engine } from './engine';
import { MIME, SettingsForm, saveBlob, type EditableSettings } from '../../shared/ui';

/** Inside the extension: the panel's store (the same IndexedDB), read again whenever asked (the page shows it live). */
export interface LocalData {
  read(): Promise<Backup>;
  /** The settings saved where the panel reads them too. */
  saveSettings(settings: Settings): Promise<void>;
  /** Calls back whenever the panel or the background changed the store; returns the unsubscribe. */
  onChange(cb: () => void): () => void;
}
const LOCAL_NAME = '本机扩展中的数据';

export function App({ engine, local, firstRead }: { engine: Engine; local?: LocalData; firstRead?: Promise<Backup> }) {
  const [roster, setRoster] = useState<LoadedRoster | null>(null);
  const [backup, setBackup] = useState<{ fileName: string; backup: Backup } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [meeting, setMeeting] = useState('');
  const [committee, setCommittee] = useState('');
  const [showSettings, setShowSettings] = useState(false);
  /** The static page keeps no store: settings changed here hold for this page until it is closed. */
  const [pageSettings, setPageSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [templates, setTemplates] = useState(false);

  const merged = useMemo(() => mergeRosterAndBackup(roster?.result.applicants ?? null, backup?.backup ?? null), [roster, backup]);
  const data = useMemo(() => (pageSettings ? { ...merged, settings: pageSettings } : merged), [merged, pageSettings]);
  const latest = useMemo(() => latestRecords(data.records), [data.records]);
  const info = useMemo(() => ({ ...(meeting ? { meeting } : {}), ...(committee ? { committee } : {}) }), [meeting, committee]);
  const templateSource = useMemo(() => ({ ...data, ...(meeting ? { meeting: { date: meeting } } : {}) }), [data, meeting]);

  // Inside the extension the page shows the panel's data as it is now (the first read, begun by mountGenerator): read
  // again when it changes and when the page comes back into view.
  useEffect(() => {
    if (!local) return;
    const read = (r = local.read()) => void load('读取本机数据', () => r, (b) => setBackup({ fileName: LOCAL_NAME, backup: b }));
    read(firstRead);
    const onVisible = () => document.visibilityState === 'visible' && read();
    document.addEventListener('visibilitychange', onVisible);
    const off = local.onChange(read);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      off();
    };
  }, [local]);

  // A valid selection at every render (not set by an effect a render later, which would first preview a committee
  // form): the chosen applicant while listed, else the first one after an import, none when the list is empty.
  const [chosen, setSelected] = useState<string | null>(null);
  const selected = data.applicants.some((a) => a.id === chosen) ? chosen : (data.applicants[0]?.id ?? null);

  async function load<T>(label: string, what: () => Promise<T>, done: (v: T) => void) {
    setBusy(true);
    setError(null);
    try {
      done(await what());
    } catch (e) {
      console.warn(`[zhicheng] ${label}`, e);
      setError(userMessage(e, label));
    } finally {
      setBusy(false);
    }
  }

  const saveSettings = (changes: EditableSettings) =>
    load(
      '保存设置',
      async () => {
        const next = Settings.parse({ ...data.settings, ...changes });
        if (local) await local.saveSettings(next);
        return { next, fresh: local ? await local.read() : null };
      },
      ({ next, fresh }) => {
        if (fresh) setBackup({ fileName: LOCAL_NAME, backup: fresh });
        else setPageSettings(next);
        setShowSettings(false);
        setSaved(local ? '设置已保存，侧边栏和本页共用。' : '设置已用于本页，关闭页面后不保留；要长期保存，请在扩展的侧边栏中设置并导出备份。');
      },
    );

  return (
    <div class="app">
      <header class="top">
        <h1>职称核验助手 · 评审材料生成</h1>
        <p class="privacy">全部在本机浏览器中处理：名单、身份证号不会上传，也不联网。</p>
        <button type="button" class="settings-toggle" aria-expanded={showSettings} onClick={() => setShowSettings(!showSettings)}>
          设置
        </button>
        <button type="button" class="open-templates" onClick={() => setTemplates(true)}>
          用贵单位的表格（Word 模板）
        </button>
        <a class="help-link" href="help.html" target="_blank" rel="noopener">帮助</a>
      </header>
      {templates && (
        <div class="modal" role="dialog" aria-modal="true" aria-labelledby="h-templates">
          <section class="card">
            <h2 id="h-templates">用贵单位的表格填写（{data.applicants.length} 人）</h2>
            <TemplatePanel source={templateSource} applicantId={selected} onClose={() => setTemplates(false)} />
          </section>
        </div>
      )}
      <main class="columns">
        <div class="column left">
          {showSettings && (
            <section class="card" aria-labelledby="h-settings">
              <h2 id="h-settings">设置{local ? '（与侧边栏共用）' : '（仅本页）'}</h2>
              <SettingsForm settings={data.settings} busy={busy} onSave={saveSettings} />
            </section>
          )}
          {saved && (
            <p class="notice notice-ok" role="status">
              {saved}
            </p>
          )}
          <section class="card" aria-labelledby="h-import">
            <h2 id="h-import">1. 导入申报人</h2>
            <ImportPanel
              roster={roster}
              backup={backup && { fileName: backup.fileName, applicants: backup.backup.applicants.length, records: backup.backup.records.length }}
              busy={busy}
              unmatchedRecords={data.unmatchedRecords}
              onRoster={(f) => load('读取名册', () => engine.importRoster(f), (result) => setRoster({ fileName: f.name, result }))}
              onBackup={(f) => load('读取备份', () => engine.importBackup(f), (b) => setBackup({ fileName: f.name, backup: b }))}
              onSample={() =>
                setRoster({ fileName: '示例名册', result: { applicants: SAMPLE_APPLICANTS, errors: [], errorRows: 0, omittedErrors: 0, warnings: [], total: SAMPLE_APPLICANTS.length } })
              }
              onTemplate={() => load('生成名册模板', () => engine.rosterTemplate(), (bytes) => saveBlob(new Blob([bytes as BlobPart], { type: MIME.xlsx }), ROSTER_TEMPLATE_FILE))}
            />
            {error && (
              <p class="notice notice-bad" role="alert">
                {error}
              </p>
            )}
          </section>
          <section class="card fill" aria-labelledby="h-list">
            <h2 id="h-list">2. 申报人及学历学位（{data.applicants.length} 人）</h2>
            <ApplicantTable applicants={data.applicants} latest={latest} selected={selected} onSelect={setSelected} />
          </section>
        </div>
        <div class="column right">
          <section class="card" aria-labelledby="h-export">
            <h2 id="h-export">3. 导出评审材料</h2>
            <ExportPanel engine={engine} data={data} meeting={meeting} committee={committee} onMeeting={setMeeting} onCommittee={setCommittee} />
          </section>
          <section class="card fill" aria-labelledby="h-preview">
            <h2 id="h-preview">4. 预览和下载单份表单</h2>
            <PreviewPane
              engine={engine}
              applicants={data.applicants}
              records={data.records}
              settings={data.settings}
              info={info}
              applicantId={selected}
              onApplicant={setSelected}
            />
          </section>
        </div>
      </main>
    </div>
  );
}
