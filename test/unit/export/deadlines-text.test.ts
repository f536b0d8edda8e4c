import { describe, expect, it } from 'vitest';
import { chineseDate, deadlinesText } from '../../../forms/export/deadlines-text';
import { deadlines } from '../../../shared/rules';

describe('deadlinesText', () => {
  it('writes each deadline with its date, weekday and rule, for Notepad (BOM, CRLF)', () => {
    const list = deadlines('2026-10-12');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(deadlinesText('2026-10-12', list));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toContain('评审会议日期：2026年10月12日（星期一）');
    for (const d of list) expect(text).toContain(`${d.label}：最迟${chineseDate(d.date)}（${d.rule}）`);
  });

  it('counts working days across the National Day holiday', () => {
    // 2026-10-01…07 are holidays; Saturday 2026-10-10 is a make-up working day: 10-08, 10-09, 10-10.
    const passed = deadlines('2026-09-30').find((d) => d.key === 'passedList')!;
    expect(passed.date).toBe('2026-10-10');
    expect(chineseDate(passed.date)).toBe('2026年10月10日（星期六）');
  });
});
