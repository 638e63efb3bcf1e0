/** Unit conversions for the page renderer. Word measures in twips (1/1440 in); CSS px are 1/96 in. */
export const TWIP_PER_PT = 20;
export const TWIP_PER_INCH = 1440;
export const MM_PER_INCH = 25.4;
export const CSS_PX_PER_INCH = 96;
/** 1440 / 96: twips in one CSS pixel. */
export const TWIP_PER_PX = TWIP_PER_INCH / CSS_PX_PER_INCH;

export const twipToPt = (twip: number): number => twip / TWIP_PER_PT;
export const twipToMm = (twip: number): number => (twip / TWIP_PER_INCH) * MM_PER_INCH;
export const twipToPx = (twip: number): number => twip / TWIP_PER_PX;
export const ptToPx = (pt: number): number => (pt * CSS_PX_PER_INCH) / 72;
export const pxToPt = (px: number): number => (px * 72) / CSS_PX_PER_INCH;
export const mmToPt = (mm: number): number => (mm / MM_PER_INCH) * 72;

/** CSS length in points, trimmed to 3 decimals so style strings stay stable and short. */
export const cssPt = (pt: number): string => `${Math.round(pt * 1000) / 1000}pt`;
export const cssTwip = (twip: number): string => cssPt(twipToPt(twip));
export const cssPx = (px: number): string => `${Math.round(px * 1000) / 1000}px`;
