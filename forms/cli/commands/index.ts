import type { Command } from '../command';
import { check } from './check';
import { demoCommand } from './demo';
import { formsCommand } from './forms';
import { exportCommand } from './export';
import { importCommand } from './import';
import { readPageCommand } from './read-page';
import { route } from './route';
import { templateCommand } from './template';
import { verifyExportCommand } from './verify-export';
import { workdays } from './workdays';

/** Every `zhicheng` subcommand, in the order `--help` lists them. Add one line per command file. */
export const COMMANDS: Command[] = [demoCommand, importCommand, templateCommand, check, route, workdays, readPageCommand, exportCommand, verifyExportCommand, formsCommand];
