// Offices are in China: times are shown in UTC+8 whatever the machine's zone (a laptop set to UTC would otherwise
// print a 查验时间 eight hours early, and a late-evening lookup on the wrong day).
const OFFSET_MS = 8 * 3600_000;

/** The parts of an ISO instant in Beijing time, or null when it is not one. */
function parts(iso: string): { y: number; m: number; d: number; hms: string } | null {
  const t = Date.parse(iso);
  if (!/T/.test(iso) || Number.isNaN(t)) return null;
  const s = new Date(t + OFFSET_MS).toISOString();
  return { y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)), hms: s.slice(11, 19) };
}

/** 2026-11-30 14:32:05（北京时间）; anything that is not an ISO instant comes back as it is. */
export function beijingDateTime(iso: string): string {
  const p = parts(iso);
  return p ? `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')} ${p.hms}（北京时间）` : iso;
}

/** 2026年11月30日, for reasons printed on paper. */
export function beijingDay(iso: string): string {
  const p = parts(iso);
  return p ? `${p.y}年${p.m}月${p.d}日` : iso;
}
