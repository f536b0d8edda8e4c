// An office's template as a command reads it: from a regular file within the cap, opened by the same checks as the
// generator page (macros refused, external links stripped).
import { basename } from 'node:path';
import { MAX_TEMPLATE_BYTES } from '../../shared/limits';
import { checkTemplate } from '../template/check';
import { unknownWarning } from '../template/index';
import { TemplateError, openTemplate, type PreparedTemplate } from '../template/open';
import { InputError } from './command';
import { readInput } from './input';

export async function readTemplate(file: string): Promise<PreparedTemplate> {
  try {
    return await openTemplate(await readInput(file, '模板', MAX_TEMPLATE_BYTES), basename(file));
  } catch (e) {
    if (e instanceof TemplateError) throw new InputError(e.message);
    throw e;
  }
}

/** A fill's warning about names no table has (they print nothing), or null; a template that does not parse is refused. */
export function unknownNames(t: PreparedTemplate, perCredential = false): string | null {
  try {
    return unknownWarning(checkTemplate(t, [], perCredential), t.fileName);
  } catch (e) {
    if (e instanceof TemplateError) throw new InputError(e.message);
    throw e;
  }
}
