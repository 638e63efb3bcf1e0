import { cssTwip } from '../../src/renderer/preview/units';
import { mmToTwip, twipToPt, twipToPx } from '../../src/shared/layout/units';

describe('preview units', () => {
  it('turns the A4 sheet in twips into 595 x 842 pt and 794 x 1123 px', () => {
    expect(twipToPt(11906)).toBeCloseTo(595.3, 1);
    expect(twipToPt(16838)).toBeCloseTo(841.9, 1);
    expect(Math.round(twipToPx(11906))).toBe(794);
    expect(Math.round(twipToPx(16838))).toBe(1123);
  });

  it('keeps the official margins: 30 mm left is 85 pt, 20 mm top is 56.7 pt', () => {
    expect(mmToTwip(30)).toBe(1701);
    expect(twipToPt(mmToTwip(30))).toBeCloseTo(85.05, 1);
    expect(twipToPt(mmToTwip(20))).toBeCloseTo(56.7, 1);
  });

  it('writes stable pt lengths', () => {
    expect(cssTwip(1701)).toBe('85.05pt');
    expect(cssTwip(1)).toBe('0.05pt');
  });
});
