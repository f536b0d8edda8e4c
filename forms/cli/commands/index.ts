import type { Command } from '../command';
import { check } from './check';
import { route } from './route';
import { workdays } from './workdays';

/** Every `zhicheng` subcommand, in the order `--help` lists them. Add one line per command file. */
export const COMMANDS: Command[] = [check, route, workdays];
