// 公民身份号码 (GB 11643-1999): 17 digits + ISO 7064 MOD 11-2 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdNumberProblem = { ok: true } | { ok: false; reason: string };

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export function checkIdNumber(raw: string): IdNumberProblem {
  const id = raw.trim().toUpperCase();
  if (id.length !== 18) return { ok: false, reason: `身份证号应为18位，实际为${id.length}位` };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: '身份证号前17位应为数字，最后一位为数字或X' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, reason: `身份证号中的出生日期${id.slice(6, 14)}不是有效日期` };
  }
  const expected = idCheckChar(id);
  if (id[17] !== expected) return { ok: false, reason: `身份证号校验位错误：应为${expected}，实际为${id[17]}` };
  return { ok: true };
}

/** Birth date encoded in a valid ID number, as YYYY-MM-DD. */
export function idBirthDate(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Gender encoded in a valid ID number: the 17th digit is odd for men, even for women. */
export const idGender = (id: string): '男' | '女' => (Number(id[16]) % 2 === 1 ? '男' : '女');
