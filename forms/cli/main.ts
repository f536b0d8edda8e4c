import { parseArgs } from 'node:util';
import { InputError, UsageError, type Command, type CommandContext } from './command';
import { COMMANDS } from './commands/index';
import { fileProblem } from './input';
import { writeProblem } from './safe-write';

const out = (t: string) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`);
const err = (t: string) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`);

async function help(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const w = Math.max(...commands.map((c) => c.name.length));
  return [
    '职称核验助手 zhicheng — 学历学位查验、表单生成与评委会导出（数据只在本机处理）',
    '',
    '用法：zhicheng <命令> [参数] [--json]',
    '',
    '命令：',
    ...commands.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    '每个命令加 --help 查看详细用法；加 --json 输出机器可读的 JSON。',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [`zhicheng ${c.name} — ${c.summary}`, '', '用法：', ...c.usage.split('\n').map((l) => `  zhicheng ${c.name} ${l}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(await help());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    out('0.1.0');
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    err(`未知命令：${name}\n\n${await help()}`);
    return 2;
  }
  const cmd = await entry.load();
  if (cmd.name !== entry.name) throw new Error(`command ${entry.name} loads ${cmd.name}`);
  try {
    // Negative numbers (`workdays 2026-10-12 -5`) are values, not options.
    const args = rest.map((a) => (/^-\d+$/.test(a) ? `\u2212${a.slice(1)}` : a));
    const parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...cmd.options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    const values = parsed.values;
    const positionals = parsed.positionals.map((p) => p.replace(/^\u2212(?=\d+$)/, '-'));
    if (values.help) {
      out(commandHelp(cmd));
      return 0;
    }
    const ctx: CommandContext = { positionals, values, json: values.json === true, stdout: out, stderr: err };
    return await cmd.run(ctx);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const msg = e instanceof UsageError ? e.message : `参数有误：${(e as Error).message}`;
      err(`${msg}\n\n${commandHelp(cmd)}`);
      return 2;
    }
    if (e instanceof InputError) {
      err(`错误：${e.message}`);
      return 1;
    }
    const sys = e as NodeJS.ErrnoException;
    if (typeof sys?.code === 'string' && typeof sys.syscall === 'string') {
      // An I/O error that no command turned into a message: still the user's to act on, never a stack trace.
      const reading = ['open', 'read', 'scandir', 'stat', 'lstat'].includes(sys.syscall);
      err(`错误：${sys.path ? `“${sys.path}”` : '文件操作'}${reading ? '无法读取' : '无法写入'}：${reading ? fileProblem(e) : writeProblem(e)}`);
      err(`(${sys.syscall} ${sys.code})`);
      return 1;
    }
    err(`内部错误，请把下面的信息报告给开发者。\nInternal error: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

// `zhicheng … --json | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
