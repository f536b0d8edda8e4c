import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NO_LINE_END, NO_LINE_START, breakLines, canBreakBefore, type BreakChar } from '../../forms/render/linebreak';

/** Full-width characters 1 unit wide, ASCII half a unit. */
const chars = (s: string): BreakChar[] => [...s].map((ch) => ({ ch, w: ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1 }));
const lines = (s: string, width: number): string[] => {
  const c = chars(s);
  return breakLines(c, width).map(([a, b]) => c.slice(a, b).map((x) => x.ch).join(''));
};

describe('breakLines (kinsoku)', () => {
  it('breaks CJK text at the width', () => {
    expect(lines('一二三四五六七八九十', 4)).toEqual(['一二三四', '五六七八', '九十']);
  });

  it('never starts a line with closing punctuation: the character before moves down with it', () => {
    for (const p of '，。、；：？！）」') {
      const out = lines(`一二三四${p}五六`, 4);
      expect(out).toEqual(['一二三', `四${p}五六`]);
    }
  });

  it('never ends a line with opening punctuation: it moves to the next line', () => {
    for (const p of '（「') {
      const out = lines(`一二三${p}四五六`, 4);
      expect(out).toEqual(['一二三', `${p}四五六`]);
    }
  });

  it('keeps —— and …… together', () => {
    // Each mark is half a unit here: at 3.5 units the line would end between the two marks.
    expect(lines('一二三——四五', 3.5)).toEqual(['一二三', '——四五']);
    // 省略号 may not start a line at all: the character before it comes along (and 五 is not left alone at the end).
    expect(lines('一二三……四五', 3.5)).toEqual(['一二', '三……', '四五']);
  });

  it('does not split a Latin word or number that fits on a line of its own', () => {
    expect(lines('证书编号190021201005002207', 10)).toEqual(['证书编号', '190021201005002207']);
    expect(lines('hello world again', 3)).toEqual(['hello ', 'world ', 'again']);
  });

  it('breaks a string longer than the line anywhere (URLs, SHA-256)', () => {
    const sha = 'a'.repeat(64);
    const out = lines(sha, 10);
    expect(out.slice(0, -1).every((l) => l.length === 20)).toBe(true);
    expect(out.join('')).toBe(sha);
  });

  it('keeps every character in order, fits the width, and breaks only where allowed unless forced (property)', () => {
    const alphabet = fc.constantFrom(...'一二三四五六七八九十，。、；：？！）」（「abc1 '.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 80 }), fc.integer({ min: 3, max: 12 }), (arr, width) => {
        const s = arr.join('');
        const c = chars(s);
        const ls = breakLines(c, width);
        expect(ls.map(([a, b]) => c.slice(a, b).map((x) => x.ch).join('')).join('')).toBe(s);
        for (const [i, [a, b]] of ls.entries()) {
          expect(b).toBeGreaterThan(a);
          let end = b;
          while (end > a + 1 && c[end - 1]!.ch === ' ') end--;
          const w = c.slice(a, end).reduce((t, x) => t + x.w, 0);
          // A line with a legal break inside it was not forced: it must fit.
          const hasBreak = Array.from({ length: end - a - 1 }, (_, k) => a + k + 1).some((k) => canBreakBefore(c, k));
          if (hasBreak) expect(w).toBeLessThanOrEqual(width + 1e-9);
          // A break between two characters is legal, or the line before it had no legal break (forced).
          if (i > 0 && !canBreakBefore(c, a)) {
            const [pa, pb] = ls[i - 1]!;
            const prevHasBreak = Array.from({ length: pb - pa - 1 }, (_, k) => pa + k + 1).some((k) => canBreakBefore(c, k));
            expect(prevHasBreak).toBe(false);
          }
          if (i > 0 && NO_LINE_START.has(c[a]!.ch)) expect(canBreakBefore(c, a)).toBe(false);
          if (i > 0 && NO_LINE_END.has(c[a - 1]!.ch)) expect(canBreakBefore(c, a)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('breakLines: no character alone on the last line', () => {
  it('rebalances a label instead of leaving its last character alone (单位推荐意见, 核准备案意见 in their 24 mm column)', () => {
    // The 评定表's label column: 24 mm less 2 × 1.5 mm padding, 10.5 pt characters (3.70 mm): five fit on a line.
    const perLine = (24 - 3) / ((10.5 * 25.4) / 72);
    expect(Math.floor(perLine)).toBe(5);
    expect(lines('单位推荐意见', perLine)).toEqual(['单位推', '荐意见']);
    expect(lines('核准备案意见', perLine)).toEqual(['核准备', '案意见']);
    expect(lines('人力资源社会保障部门审核意见', perLine)).toEqual(['人力资源社', '会保障部门', '审核意见']);
    // A closing bracket does not keep a character company: the seal caption is balanced too.
    expect(lines('（档案管理部门公章）', 8)).toEqual(['（档案管理', '部门公章）']);
  });

  it('takes one more character down in longer text', () => {
    const out = lines('一二三四五六七八九十一二三四五六七八九十一', 5);
    expect(out.at(-1)).toBe('十一');
    expect(out.join('')).toBe('一二三四五六七八九十一二三四五六七八九十一');
  });

  it('never leaves a last line of one character when a legal break exists (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[一二三四五六七八九十]{2,40}$/), fc.integer({ min: 2, max: 12 }), (s, width) => {
        const out = lines(s, width);
        expect(out.join('')).toBe(s);
        for (const l of out) expect([...l].length).toBeLessThanOrEqual(width);
        if (out.length > 1) expect([...out.at(-1)!].length).toBeGreaterThan(1);
      }),
    );
  });
});
