#!/usr/bin/env node
// The one way the CLI runs: forms/cli/main.ts as built by scripts/build-cli.mjs into dist/cli/ (at install, and again
// here when a source file changed since).
import { pathToFileURL } from 'node:url';
import { CLI_BUILD, buildCli } from '../scripts/build-cli.mjs';

let built;
try {
  built = await buildCli(CLI_BUILD);
} catch (e) {
  process.stderr.write(`错误：命令行程序未能构建，请在项目目录重新运行 npm ci。\nCLI build failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
await import(pathToFileURL(built.main).href);
