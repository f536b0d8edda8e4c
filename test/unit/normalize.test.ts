import { describe, expect, it } from 'vitest';
import { hasPrivateUse, normaliseCertNo, normaliseDate, normaliseLabel, normaliseMonth } from '../../shared/text/normalize';

describe('normalise', () => {
  it('reads the dates the sites print', () => {
    expect(normaliseDate('2022年06月30日')).toBe('2022-06-30');
    expect(normaliseDate('2022年6月3日')).toBe('2022-06-03');
    expect(normaliseDate('２０２２－０６－３０')).toBe('2022-06-30');
    expect(normaliseDate('2022/6/30')).toBe('2022-06-30');
    expect(normaliseDate('20220630')).toBe('2022-06-30');
    expect(normaliseDate('2022年02月30日')).toBeNull();
    expect(normaliseDate('六月')).toBeNull();
  });
  it('reads months', () => {
    expect(normaliseMonth('2019年7月')).toBe('2019-07');
    expect(normaliseMonth('2019.07')).toBe('2019-07');
    expect(normaliseMonth('2019-13')).toBeNull();
  });
  it('strips CHSI grouping and width from certificate numbers', () => {
    expect(normaliseCertNo('1044 6120 1905 0042 20')).toBe('104461201905004220');
    expect(normaliseCertNo('１０４４６ 1201905004220')).toBe('104461201905004220');
  });
  it('compares labels without width, spaces and colon', () => {
    expect(normaliseLabel('毕（结）业日期：')).toBe('毕(结)业日期');
    expect(normaliseLabel(' 姓 名 ')).toBe('姓名');
  });
  it('spots private-use code points', () => {
    expect(hasPrivateUse('张\uE123')).toBe(true);
    expect(hasPrivateUse('张三𠮷')).toBe(false);
  });
});
