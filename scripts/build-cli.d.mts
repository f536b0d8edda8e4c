/** See build-cli.mjs. */
export interface CliBuild<Name extends string = string> {
  root: string;
  outdir: string;
  /** Output name → entry file. */
  entries: Record<Name, string>;
  force?: boolean;
}
export const CLI_BUILD: CliBuild<'main' | 'render-worker'>;
/** The output file of each entry. */
export function buildCli<Name extends string>(build: CliBuild<Name>): Promise<Record<Name, string>>;
