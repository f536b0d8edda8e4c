// An office's template as a command reads it: from a regular file within the cap, opened by the same checks as the
// generator page (macros refused, external links stripped).
import { basename } from 'node:path';
import { MAX_TEMPLATE_BYTES } from '../../shared/limits';
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
