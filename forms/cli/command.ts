import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  /** `--json`: print one JSON document on stdout and nothing else there. */
  json: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One `zhicheng` subcommand, in its own file under forms/cli/commands/. */
export interface Command {
  name: string;
  /** One line, Chinese, for `zhicheng --help`. */
  summary: string;
  /** Usage lines after `zhicheng <name>`, Chinese. */
  usage: string;
  options?: OptionSpec;
  /** Only options: a word besides them is a wrong call (refused in main, before run). */
  noPositionals?: true;
  /** Resolves to the exit code. */
  run(ctx: CommandContext): Promise<number>;
}

/** A wrong call: exit 2, message in Chinese. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Input that cannot be used (missing file, corrupt roster…): exit 1, message in Chinese. */
export class InputError extends Error {
  override name = 'InputError';
}
