/** CSS lengths for the page renderer; the conversions themselves live with the layout (shared/layout/units). */
import { twipToPt } from '../../shared/layout/units';

/** CSS length in points, trimmed to 3 decimals so style strings stay stable and short. */
export const cssPt = (pt: number): string => `${Math.round(pt * 1000) / 1000}pt`;
export const cssTwip = (twip: number): string => cssPt(twipToPt(twip));
export const cssPx = (px: number): string => `${Math.round(px * 1000) / 1000}px`;
