/** Small builders for layout blocks; every text goes through cleanText here, once. */
import type { TextStyle } from '../profile/schema';
import { cleanText } from '../text/vietnamese';
import type { Align, LayoutParagraph, LayoutRule, LayoutRun } from './types';

/** What a missing fact prints as: the dotted blank an official form leaves for the pen. */
export const BLANK = '.....';

export function orBlank(text: string | undefined | null): string {
  const t = (text ?? '').trim();
  return t || BLANK;
}

export function run(text: string, style: TextStyle, extra: Partial<LayoutRun> = {}): LayoutRun {
  const r: LayoutRun = { text: cleanText(text), sizePt: style.sizePt };
  if (style.bold) r.bold = true;
  if (style.italic) r.italic = true;
  if (style.underline) r.underline = true;
  return { ...r, ...extra };
}

export function plain(sizePt: number, extra: Partial<TextStyle> = {}): TextStyle {
  return { sizePt, bold: false, italic: false, underline: false, ...extra };
}

export function para(runs: LayoutRun[], align: Align, extra: Partial<LayoutParagraph> = {}): LayoutParagraph {
  return { type: 'paragraph', runs, align, ...extra };
}

export function emptyPara(sizePt: number, role?: string): LayoutParagraph {
  return para([{ text: '', sizePt }], 'center', role ? { role, spacingAfterPt: 0 } : { spacingAfterPt: 0 });
}

/**
 * Every rule of the header and title, as both renderers draw it: a 0.75 pt hairline (the usual one
 * of official headers) under a 1 pt empty line, 1 pt below it, 3 pt under the text above: enough
 * to clear Vietnamese descenders and dots below (ạ, ộ).
 */
export const RULE_GEOMETRY = { thicknessPt: 0.75, emptyLineSizePt: 1, borderGapPt: 1, spacingBeforePt: 3 } as const;

export function rule(widthTwip: number, role: string, spacingAfterPt = 0): LayoutRule {
  return {
    type: 'rule',
    widthTwip: Math.max(1, Math.round(widthTwip)),
    align: 'center',
    ...RULE_GEOMETRY,
    spacingAfterPt,
    role,
  };
}
