/**
 * Every unit conversion of the layout and of its two renderers (DOCX writer, HTML preview).
 * Word measures lengths in twips (1/20 pt, 1/1440 in); CSS pixels are 1/96 in.
 */
export const PT_PER_INCH = 72;
export const TWIP_PER_PT = 20;
export const TWIP_PER_INCH = PT_PER_INCH * TWIP_PER_PT;
export const CSS_PX_PER_INCH = 96;
/** 1440 / 96: twips in one CSS pixel. */
export const TWIP_PER_PX = TWIP_PER_INCH / CSS_PX_PER_INCH;
/** Rounded (exactly 56.69): every margin the app has ever written was converted with it (30 mm = 1701 twips). */
export const TWIP_PER_MM = 56.7;
export const TWIP_PER_CM = 567;

export const mmToTwip = (mm: number): number => Math.round(mm * TWIP_PER_MM);
export const ptToTwip = (pt: number): number => Math.round(pt * TWIP_PER_PT);
export const twipToPt = (twip: number): number => twip / TWIP_PER_PT;
export const twipToPx = (twip: number): number => twip / TWIP_PER_PX;

/** OOXML's own units: font sizes in half-points, border widths in eighths of a point. */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
export const ptToEighthPoints = (pt: number): number => Math.round(pt * 8);
