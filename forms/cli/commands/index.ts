import type { Command } from '../command';

/**
 * Every `zhicheng` subcommand, in the order `--help` lists them, loaded only when called: `export` then never loads
 * the form renderers its threads use, nor `check` the spreadsheet library (about 50 MB and a fifth of a second).
 * Add one line per command file; its name here is the name it is called by (main.ts checks it against the file's).
 */
export const COMMANDS: ReadonlyArray<{ name: string; load: () => Promise<Command> }> = [
  { name: 'demo', load: async () => (await import('./demo')).demoCommand },
  { name: 'import', load: async () => (await import('./import')).importCommand },
  { name: 'template', load: async () => (await import('./template')).templateCommand },
  { name: 'check', load: async () => (await import('./check')).check },
  { name: 'route', load: async () => (await import('./route')).route },
  { name: 'workdays', load: async () => (await import('./workdays')).workdays },
  { name: 'read-page', load: async () => (await import('./read-page')).readPageCommand },
  { name: 'export', load: async () => (await import('./export')).exportCommand },
  { name: 'verify-export', load: async () => (await import('./verify-export')).verifyExportCommand },
  { name: 'forms', load: async () => (await import('./forms')).formsCommand },
  { name: 'template-check', load: async () => (await import('./template-check')).templateCheckCommand },
  { name: 'template-fields', load: async () => (await import('./template-fields')).templateFieldsCommand },
];
