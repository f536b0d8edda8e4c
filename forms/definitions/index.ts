import type { FormDefinition, FormId, FormInput } from './form';
import { archiveReview } from './archive-review';
import { commitmentPersonal, commitmentUnit } from './commitment';
import { publicity, statisticsForm } from './committee';
import { evaluation } from './evaluation';
import { verification } from './verification';

/** Every form, in the order lists show them. */
export const FORMS: readonly FormDefinition<FormInput>[] = [
  evaluation,
  verification,
  archiveReview,
  commitmentPersonal,
  commitmentUnit,
  publicity,
  statisticsForm,
] as FormDefinition<FormInput>[];

export function formById(id: string): FormDefinition<FormInput> | undefined {
  return FORMS.find((f) => f.id === id);
}

export * from './form';
export * from './inputs';
export { reverifyUrl, comparisonText } from './verification';
