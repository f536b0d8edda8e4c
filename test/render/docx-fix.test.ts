// The one-pass attribute writer that replaces docx's own (forms/render/docx/docx-fix.ts) must give the same objects.
import { NextAttributeComponent } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributesInOnePass, stockPrepForXml } from '../../forms/render/docx/docx-fix';

const KEYS = ['w:val', 'w:w', 'w:type', 'w:color', 'w:sz', 'w:space'];

describe('docx attribute fix', () => {
  it('is what the renderer uses', () => {
    expect(NextAttributeComponent.prototype.prepForXml).toBe(attributesInOnePass);
    expect(stockPrepForXml).not.toBe(attributesInOnePass);
  });

  it('writes the same attributes, in the same order, as docx’s own, undefined values and repeated keys included', () => {
    const value = fc.oneof(fc.constant(undefined), fc.integer(), fc.string(), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 8 }), (pairs) => {
        const root = Object.fromEntries(pairs.map(([key, v], i) => [`p${i}`, { key, value: v }]));
        const component = new NextAttributeComponent(root as never);
        const ours = attributesInOnePass.call(component as never);
        const theirs = stockPrepForXml.call(component, {} as never) as { _attr: Record<string, unknown> };
        expect(Object.entries(ours._attr)).toEqual(Object.entries(theirs._attr));
      }),
      { numRuns: 2000 },
    );
  });
});
