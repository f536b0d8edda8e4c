import { parseArgs } from 'node:util';
import { distance } from 'fastest-levenshtein';
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
  // A usage line in （…） is a note on the lines above, not a way to call the command.
  const lines = c.usage.split('\n').map((l) => (l.startsWith('（') ? `  ${l}` : `  zhicheng ${c.name} ${l}`));
  return [`zhicheng ${c.name} — ${c.summary}`, '', '用法：', ...lines].join('\n');
}

/** The nearest of `names` to a misspelt `typed`, if near enough to be what was meant. */
function nearest(typed: string, names: readonly string[]): string | undefined {
  const [best] = names.map((n) => ({ n, d: distance(typed, n) })).sort((a, b) => a.d - b.d);
  return best && best.d <= Math.max(1, Math.floor(typed.length / 3)) ? best.n : undefined;
}

/** node:util parseArgs's complaints, in Chinese; its English goes to no user. */
function argsProblem(e: Error & { code?: string }, cmd: Command): string {
  const option = /'(?:-\w, )?(--?[^' ]+)/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const known = [...Object.keys(cmd.options ?? {}), 'json', 'help'].map((o) => `--${o}`);
      const meant = nearest(option, known);
      return `没有选项 ${option}${meant ? `，是不是 ${meant}？` : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // "argument missing", or "ambiguous" when the next word is another option (`--roster --records b.json`).
      return /does not take an argument/.test(e.message) ? `选项 ${option} 不带值` : `选项 ${option} 后面缺少值`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return '多余的参数';
    default:
      return '参数有误';
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  // Asked for JSON, a refusal is JSON too: {ok: false, message}, with the same exit code.
  const wantsJson = rest.includes('--json');
  const refuse = (code: 1 | 2, message: string, human: string) => {
    if (wantsJson) out(JSON.stringify({ ok: false, message }));
    err(human);
    return code;
  };
  if (name === 'help' && rest[0] && COMMANDS.some((c) => c.name === rest[0])) return main([rest[0], '--help']);
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
    const meant = nearest(name, COMMANDS.map((c) => c.name));
    const message = `未知命令：${name}${meant ? `，是不是 ${meant}？` : ''}`;
    return refuse(2, message, `${message}\n\n${await help()}`);
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
    if (cmd.noPositionals && positionals.length) throw new UsageError(`多余的参数：${positionals.join(' ')}`);
    const ctx: CommandContext = { positionals, values, json: values.json === true, stdout: out, stderr: err };
    return await cmd.run(ctx);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const msg = e instanceof UsageError ? e.message : argsProblem(e as Error, cmd);
      return refuse(2, msg, `${msg}\n\n${commandHelp(cmd)}`);
    }
    if (e instanceof InputError) return refuse(1, e.message, `错误：${e.message}`);
    const sys = e as NodeJS.ErrnoException;
    if (typeof sys?.code === 'string' && typeof sys.syscall === 'string') {
      // An I/O error that no command turned into a message: still the user's to act on, never a stack trace.
      const reading = ['open', 'read', 'scandir', 'stat', 'lstat'].includes(sys.syscall);
      const message = `${sys.path ? `“${sys.path}”` : '文件操作'}${reading ? '无法读取' : '无法写入'}：${reading ? fileProblem(e) : writeProblem(e)}`;
      return refuse(1, message, `错误：${message}\n(${sys.syscall} ${sys.code})`);
    }
    return refuse(1, '内部错误，请把终端上的信息报告给开发者', `内部错误，请把下面的信息报告给开发者。\nInternal error: ${(e as Error).stack ?? String(e)}`);
  }
}

// `zhicheng … --json | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
