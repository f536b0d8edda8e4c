import type { FormDefinition, FormId, FormInput } from './form';
import { archiveReview } from './archive-review';
import { checklist } from './checklist';
import { examRegistration, graduateDetermination } from './way-forms';
import { commitmentPersonal, commitmentUnit } from './commitment';
import { publicity, statisticsForm } from './committee';
import { evaluation } from './evaluation';
import { verification } from './verification';

/** Every form, in the order lists show them. */
export const FORMS: readonly FormDefinition<FormInput>[] = [
  evaluation,
  examRegistration,
  graduateDetermination,
  verification,
  archiveReview,
  commitmentPersonal,
  commitmentUnit,
  publicity,
  statisticsForm,
  checklist,
] as FormDefinition<FormInput>[];

export function formById(id: string): FormDefinition<FormInput> | undefined {
  return FORMS.find((f) => f.id === id);
}

/** A document's file name without extension: the form's name, and its suffix where one person has several. */
export function documentName(formId: FormId | string, data: unknown): string {
  const def = formById(formId);
  if (!def) throw new Error(`form not defined: ${formId}`);
  const suffix = def.fileSuffix?.(data as never);
  return suffix ? `${def.fileName}-${suffix}` : def.fileName;
}

export * from './form';
export * from './inputs';
export { reverifyUrl, comparisonText, sheetValues, checkingUnit } from './verification';
