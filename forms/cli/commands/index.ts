import type { Command } from '../command';

/** Every `zhicheng` subcommand, in the order `--help` lists them. Add one line per command file. */
export const COMMANDS: Command[] = [];
