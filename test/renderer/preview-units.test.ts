import { cssTwip, mmToPt, ptToPx, twipToMm, twipToPt, twipToPx } from '../../src/renderer/preview/units';
import { mmToTwip } from '../../src/shared/layout/types';

describe('preview units', () => {
  it('turns the A4 sheet in twips into 210 x 297 mm, 595 x 842 pt and 794 x 1123 px', () => {
    expect(twipToMm(11906)).toBeCloseTo(210, 0);
    expect(twipToMm(16838)).toBeCloseTo(297, 0);
    expect(twipToPt(11906)).toBeCloseTo(595.3, 1);
    expect(twipToPt(16838)).toBeCloseTo(841.9, 1);
    expect(Math.round(twipToPx(11906))).toBe(794);
    expect(Math.round(twipToPx(16838))).toBe(1123);
  });

  it('keeps the official margins: 30 mm left is 85 pt, 20 mm top is 56.7 pt', () => {
    expect(twipToPt(mmToTwip(30))).toBeCloseTo(mmToPt(30), 1);
    expect(twipToPt(mmToTwip(30))).toBeCloseTo(85.05, 1);
    expect(twipToPt(mmToTwip(20))).toBeCloseTo(56.7, 1);
  });

  it('converts points to CSS pixels at 96 dpi and writes stable pt lengths', () => {
    expect(ptToPx(12)).toBe(16);
    expect(ptToPx(14)).toBeCloseTo(18.667, 3);
    expect(cssTwip(1701)).toBe('85.05pt');
    expect(cssTwip(1)).toBe('0.05pt');
  });
});
