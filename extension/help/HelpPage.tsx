// 使用说明 for HR clerks and committee-office staff: install, first run, daily work, states, backup, privacy, trouble.
// The state names come from the rules (CREDENTIAL_STATE_LABELS), never retyped here; the screenshots are the e2e's.
import { useState } from 'preact/hooks';
import { MIME, saveBlob } from '../../shared/ui';
import { CREDENTIAL_STATE_LABELS, CREDENTIAL_STATES, ROUTE_LABELS, type CredentialState } from '../../shared/rules';

/** What each state means for the clerk, and what to do next. The label itself is the rules'. */
export const STATE_MEANINGS: Record<CredentialState, string> = {
  pending: '还没有在线查验，或上次查到的页面已过期、出错，需要重新查。点“去查验”。',
  confirm: '页面把姓名等信息画成了图片，程序读不出来：请对照页面看一眼，点“一致”或“不一致”。',
  match: '页面上的信息与名单一致，可以下载并打印查验结果单。',
  mismatch: '页面上有信息与名单不同（面板用红色标出）。先核对名单：名单录错的，在该项旁点“名册有误，已更正”改正；确属写法差异的写“说明”；拿不准的点“重新查验”再看一次，或转档案审查。',
  explained: '不一致之处已写明原因，说明会印在查验结果单上，由查验人签字负责。',
  'not-found': '网上查不到这份证书：按文件规定转档案审查，查验结果单写明在哪个网站、哪天查的。',
  archive: '2002年以前的学历、2008年9月1日以前授予的学位、国（境）外学历学位，或查验人选择转档案审查的：由人事档案管理部门出具《个人学历、学位信息审查情况材料》。',
};

export const HELP_SHOTS: { file: string; caption: string }[] = [
  { file: 'help/panel-imported.png', caption: '侧边栏：导入名单后，每人每份证书的查验方式和状态' },
  { file: 'help/panel-mismatch.png', caption: '查验页面读出后：逐项比对，不一致的一项标红' },
  { file: 'help/generator.png', caption: '评审材料生成页：选人、预览、下载表格和导出给评委会的压缩包' },
];

async function downloadSample(): Promise<void> {
  const [{ exportRosterXlsx }, { SAMPLE_APPLICANTS }] = await Promise.all([import('../../shared/roster'), import('../../shared/sample/applicants')]);
  saveBlob(new Blob([(await exportRosterXlsx(SAMPLE_APPLICANTS)) as BlobPart], { type: MIME.xlsx }), '示例名册（虚构人员）.xlsx');
}

function SampleButton() {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const run = () => {
    setState('busy');
    downloadSample().then(
      () => setState('done'),
      (e: unknown) => {
        console.warn('[zhicheng] sample roster', e);
        setState('failed');
      },
    );
  };
  return (
    <p>
      <button type="button" disabled={state === 'busy'} onClick={run}>
        下载示例名册（20位虚构申报人）
      </button>{' '}
      {state === 'done' && <span role="status">已下载，在面板中点“导入名单”选择它。</span>}
      {state === 'failed' && <span role="alert">生成示例名册失败，请刷新本页后再试。</span>}
    </p>
  );
}

export function HelpPage() {
  return (
    <main class="help">
      <header>
        <h1>职称核验助手 · 使用说明</h1>
        <p class="lead">
          在学信网和学位查验网站上查验申报人的学历、学位，自动比对名单，生成要打印、签字、盖章的表格（抚人社发〔2019〕60号）。
          <strong>所有数据只存在本机浏览器里</strong>，不上传、不需要账号。
        </p>
        <nav aria-label="目录">
          <a href="#install">安装</a> · <a href="#first">第一次使用</a> · <a href="#daily">日常查验</a> · <a href="#states">状态说明</a> ·{' '}
          <a href="#backup">备份与恢复</a> · <a href="#privacy">隐私</a> · <a href="#trouble">页面读不出来怎么办</a>
        </nav>
      </header>

      <section id="install" aria-labelledby="h-install">
        <h2 id="h-install">一、安装</h2>
        <p>
          国内无法直接访问 Chrome 应用商店，请用下面任一种方式安装（安装包由本单位信息管理人员或系统管理员分发）。浏览器须为 Chromium 103
          或更新的内核（Edge、Chrome 及多数国产浏览器），或 Firefox 115 ESR 或更新版本。
        </p>
        <ol>
          <li>
            <strong>Microsoft Edge</strong>：如本助手已在 Edge 加载项网站上架，在 Edge 的“扩展 → 获取 Microsoft Edge 扩展”中搜索“职称核验助手”安装；尚未上架时按下一条从文件安装。
          </li>
          <li>
            <strong>Edge、Chrome、360安全/极速浏览器、QQ浏览器、奇安信可信浏览器等（从文件安装）</strong>：把 <code>zhicheng-desk-版本-chrome.zip</code>{' '}
            解压到一个固定的文件夹（以后不要删除或移动它）→ 在浏览器地址栏打开扩展管理页（Edge 为 <code>edge://extensions</code>，Chrome 与多数国产浏览器为{' '}
            <code>chrome://extensions</code>，也可从菜单“扩展程序/管理扩展”进入）→ 打开“开发者模式”→ 点“加载已解压的扩展程序”→ 选择刚才解压出的文件夹。
          </li>
          <li>
            <strong>Firefox ESR（信创系统常见）</strong>：临时试用：地址栏打开 <code>about:debugging</code> → “此 Firefox” → “临时载入附加组件”→ 选择{' '}
            <code>zhicheng-desk-版本-firefox.xpi</code>（关闭浏览器后即卸载，数据随之清除，只用于试用）。长期使用：由管理员在 <code>about:config</code> 中把{' '}
            <code>xpinstall.signatures.required</code> 设为 false（仅 ESR 版有效），再在“附加组件和主题”页点齿轮 →“从文件安装附加组件”。
          </li>
          <li>
            <strong>由信息管理部门统一安装</strong>：Edge/Chrome 用组策略 <code>ExtensionInstallForcelist</code>（安装包放在内网）；Firefox ESR 用{' '}
            <code>policies.json</code> 的 <code>ExtensionSettings</code>（<code>install_url</code> 指向内网的 .xpi）。
          </li>
        </ol>
        <p>
          安装后浏览器工具栏上出现“职称核验助手”按钮（找不到时点拼图形状的“扩展”按钮把它固定出来）。点它打开面板：新版浏览器在右侧边栏中打开；
          没有侧边栏的较旧浏览器内核会在浏览器右侧打开一个窄窗口，用法完全相同。
        </p>
      </section>

      <section id="first" aria-labelledby="h-first">
        <h2 id="h-first">二、第一次使用：用示例试一遍</h2>
        <ol>
          <li>
            在面板上点“生成评审材料”，在打开的页面上点“载入示例名册”：20位虚构申报人，可以预览、下载每一种表格，看看最后要打印的是什么。
          </li>
          <li>
            想在面板里试导入：下载示例名册，在面板上点“导入名单”选择它，先看预览，再点“导入有效的…行”。试完可以逐人“删除此人数据”。
            <SampleButton />
          </li>
          <li>正式使用时，在面板的申报人列表中点“下载名单模板”，按列填好本单位的名单再导入。</li>
        </ol>
      </section>

      <section id="daily" aria-labelledby="h-daily">
        <h2 id="h-daily">三、日常查验：导入 → 去查验 → 核对 → 打印 → 盖章</h2>
        <ol>
          <li>
            <strong>导入名单</strong>：面板上点“导入名单”，选 Excel（.xlsx）或 CSV 名单。有错的行会列出第几行、哪一列、错在哪里；改好再导入，或只导入有效的行。
          </li>
          <li>
            <strong>去查验</strong>：展开申报人，每份证书旁标明查验方式（{ROUTE_LABELS['chsi-online']}、{ROUTE_LABELS['degree-online']}或
            {ROUTE_LABELS['archive-review']}）。点“去查验”，助手打开对应的查询页并填好证书编号和姓名；<strong>验证码由您自己输入</strong>，然后点查询。
          </li>
          <li>
            <strong>核对</strong>：查询结果页打开后，面板“当前页面”一栏逐项比对页面与名单，并自动保存查验记录（页面地址、时间、页面文字的校验值）。
            对照页面看一眼面板的结论；需要目视核对的点“一致”或“不一致”；不一致的，名单录错就点“名册有误，已更正”，写法差异就写说明，否则转档案审查。
          </li>
          <li>
            <strong>打印</strong>：点证书旁的“查验结果单”下载 PDF 并打印；全部申报人查完后，点“生成评审材料”生成评定表、承诺书、公示名单等。
          </li>
          <li>
            <strong>签字盖章</strong>：查验结果单由查验人签字、单位盖章。表格只写页面上查到的内容，请不要手工改动。
          </li>
        </ol>
        <figure>
          <img src={HELP_SHOTS[0]!.file} alt={HELP_SHOTS[0]!.caption} width="380" />
          <img src={HELP_SHOTS[1]!.file} alt={HELP_SHOTS[1]!.caption} width="380" />
          <figcaption>
            左：{HELP_SHOTS[0]!.caption}；右：{HELP_SHOTS[1]!.caption}
          </figcaption>
        </figure>
        <figure>
          <img src={HELP_SHOTS[2]!.file} alt={HELP_SHOTS[2]!.caption} class="wide" />
          <figcaption>{HELP_SHOTS[2]!.caption}</figcaption>
        </figure>
      </section>

      <section id="states" aria-labelledby="h-states">
        <h2 id="h-states">四、每种状态的意思</h2>
        <table class="states">
          <thead>
            <tr>
              <th scope="col">状态</th>
              <th scope="col">意思和下一步</th>
            </tr>
          </thead>
          <tbody>
            {CREDENTIAL_STATES.map((s) => (
              <tr key={s} data-state={s}>
                <th scope="row">{CREDENTIAL_STATE_LABELS[s]}</th>
                <td>{STATE_MEANINGS[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section id="backup" aria-labelledby="h-backup">
        <h2 id="h-backup">五、备份与恢复</h2>
        <ul>
          <li>数据只在这台电脑的这个浏览器里。清除浏览器数据、卸载助手或换电脑前，先在面板上点“备份”，得到一个 .json 文件，存到单位指定的位置。</li>
          <li>恢复：点“恢复备份”选择备份文件。“合并到本机数据”保留本机已有的内容；“替换本机全部数据”会先再确认一次，并提示先备份当前数据。</li>
          <li>备份文件含申报人姓名和身份证号，请按单位的保密要求保管，不要通过聊天软件或邮箱外发。</li>
        </ul>
      </section>

      <section id="privacy" aria-labelledby="h-privacy">
        <h2 id="h-privacy">六、隐私</h2>
        <ul>
          <li>名单、身份证号、查验记录只存在本机浏览器中；助手自己不联网、不上传任何内容，没有账号。</li>
          <li>助手只在学信网和学位查验网站的页面上工作，只读取查验结果、填写查询表单，别的网站一概不读。</li>
          <li>生成表格、导出压缩包都在本机完成。</li>
        </ul>
      </section>

      <section id="trouble" aria-labelledby="h-trouble">
        <h2 id="h-trouble">七、页面读不出来怎么办</h2>
        <ul>
          <li>先看面板“当前页面”一栏的提示：它会说明这是什么页面、为什么没有记录、下一步做什么。</li>
          <li>面板没有反应：确认查询结果页是在学信网（chsi.com.cn）或学位网站打开的；刷新一次结果页；关闭再打开面板。</li>
          <li>
            “学信档案”页面、学籍报告、文字被加密显示的页面不能作为查验依据，助手会拒绝记录：请改用“零散查询”或在线验证报告的查询页，用证书编号查。
          </li>
          <li>“未找到该证书”等结果会记为未查到，按规定转档案审查；验证码错误、查询过于频繁时，稍等片刻重新查询即可。</li>
          <li>仍读不出来：把该页面“另存为”网页文件，连同面板的提示文字交给本单位信息管理人员，不要手工填写查验结果单。</li>
        </ul>
      </section>
    </main>
  );
}
