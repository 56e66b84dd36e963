import { describe, expect, it } from 'vitest';
import { defaultMix, formatMix, mixPicker, parseMix } from './shopper-mix.js';

describe('the shopper mix', () => {
  it('gives the steps named their weights and every other step none', () => {
    expect(parseMix('browse=3, checkout=1')).toEqual({
      browse: 3,
      search: 0,
      product: 0,
      cart: 0,
      checkout: 1,
      status: 0,
    });
  });

  it('refuses an unknown step, a bad weight and a mix of nothing, naming the problem', () => {
    expect(() => parseMix('browse=1,shop=2')).toThrow(/unknown step "shop"; the steps are browse, search/);
    expect(() => parseMix('browse=-1')).toThrow(/weight of browse must be a number ≥ 0/);
    expect(() => parseMix('browse')).toThrow(/weight of browse/);
    expect(() => parseMix('browse=0')).toThrow(/at least one step/);
  });

  it('picks each step in proportion to its weight and never a step of weight 0', () => {
    const picks = new Map<string, number>();
    let tick = 0;
    // evenly spread random numbers: the proportions come out exactly
    const pick = mixPicker(parseMix('browse=3,search=1'), () => (tick++ % 100) / 100);
    for (let index = 0; index < 400; index++) {
      const step = pick();
      picks.set(step, (picks.get(step) ?? 0) + 1);
    }
    expect(Object.fromEntries(picks)).toEqual({ browse: 300, search: 100 });
  });

  it('writes a mix back as the text it reads', () => {
    expect(parseMix(formatMix(defaultMix))).toEqual(defaultMix);
  });
});
