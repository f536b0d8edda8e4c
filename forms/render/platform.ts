/** True in Node (CLI, export, tests); false in the extension and the static page, where `location` is defined. */
export function runsInNode(): boolean {
  const g = globalThis as { process?: { versions?: { node?: string } }; location?: unknown };
  return Boolean(g.process?.versions?.node) && !g.location;
}
