import { CREDENTIAL_KIND_LABELS } from '../../shared/model';
import type { PrefillData, PrefillResult } from '../messaging/messages';
import { QUERY_PAGES, queryPageKind, queryPageLabel } from '../messaging/query-pages';

export interface FillOptions {
  /** A prefill the page asked for on load fills only empty inputs: it never overwrites what the user typed. */
  onlyEmpty: boolean;
}

/**
 * Types the certificate number and the name into a 零散查询 form as a user would (input and change events), then
 * puts the cursor in the captcha box. It never touches the captcha and never submits.
 */
export function fillQueryForm(doc: Document, url: string, data: PrefillData, opts: FillOptions): PrefillResult {
  const pageKind = queryPageKind(url);
  if (pageKind === null) return { filled: [], problem: '当前页面不是学信网的零散查询页面，未填入。' };
  if (pageKind !== data.kind) {
    return {
      filled: [],
      problem: `当前页面是${queryPageLabel(pageKind)}，不能填入${CREDENTIAL_KIND_LABELS[data.kind]}证书编号。`,
    };
  }
  const page = QUERY_PAGES[pageKind];
  const filled: string[] = [];
  const missing: string[] = [];
  const targets = [
    ['certNo', page.certNoInput, data.certNo, '证书编号'],
    ['name', page.nameInput, data.name, '姓名'],
  ] as const;
  for (const [key, selector, value, label] of targets) {
    const input = doc.querySelector<HTMLInputElement>(selector);
    if (!input) {
      missing.push(`${label}（${selector}）`);
      continue;
    }
    if (opts.onlyEmpty && input.value.trim() !== '' && input.value !== value) continue;
    typeInto(doc, input, value);
    filled.push(key);
  }
  doc.querySelector<HTMLInputElement>(page.captchaInput)?.focus();
  return missing.length
    ? { filled, problem: `页面上找不到输入框：${missing.join('、')}。页面可能已改版，请手工填写。` }
    : { filled };
}

function typeInto(doc: Document, input: HTMLInputElement, value: string): void {
  const EventCtor = doc.defaultView?.Event ?? Event;
  input.value = value;
  input.dispatchEvent(new EventCtor('input', { bubbles: true }));
  input.dispatchEvent(new EventCtor('change', { bubbles: true }));
}
