/**
 * Style mapping: one layout block -> CSS properties (React style objects, applied through the CSSOM
 * so the CSP needs no 'unsafe-inline'). Every number comes from the layout; nothing is decided here.
 */
import type { CSSProperties } from 'react';
import type {
  LayoutColumns,
  LayoutPage,
  LayoutParagraph,
  LayoutRule,
  LayoutRun,
  OfficialLayout,
} from '../../shared/layout/types';
import { cssPt, cssTwip } from './units';

/**
 * Height of a single-spaced line as a multiple of the font size. Word and LibreOffice take it
 * from the font (ascent + descent + line gap): 1.149 em for Times New Roman and for the
 * metric-compatible Liberation Serif used on Linux.
 */
export const SINGLE_LINE_EM = 1.149;
export const FALLBACK_FONTS = ['Times New Roman', 'Liberation Serif', 'Tinos'];

export function fontStack(family: string | undefined): string {
  const names = [family, ...FALLBACK_FONTS].filter((n): n is string => !!n && n.trim() !== '');
  const unique = [...new Set(names)];
  return [...unique.map((n) => `"${n.replace(/["\\]/g, '')}"`), 'serif'].join(', ');
}

export function runStyle(run: LayoutRun): CSSProperties {
  const style: CSSProperties = {
    fontSize: cssPt(run.sizePt),
    fontWeight: run.bold ? 700 : 400,
    fontStyle: run.italic ? 'italic' : 'normal',
  };
  if (run.underline) style.textDecoration = 'underline';
  if (run.noWrap) style.whiteSpace = 'nowrap';
  return style;
}

/** The paragraph's font size for line height: its largest run, or the body size when empty. */
export function paragraphSizePt(p: LayoutParagraph, bodySizePt: number): number {
  return p.runs.reduce((max, r) => Math.max(max, r.sizePt), p.runs.length ? 0 : bodySizePt) || bodySizePt;
}

export function lineHeightPt(sizePt: number, lineSpacing = 1): number {
  return sizePt * SINGLE_LINE_EM * lineSpacing;
}

/** Spacing uses padding, not margin: Word adds before and after (no collapsing) and measuring stays simple. */
export function paragraphStyle(p: LayoutParagraph, bodySizePt: number): CSSProperties {
  const sizePt = paragraphSizePt(p, bodySizePt);
  const style: CSSProperties = {
    textAlign: p.align,
    fontSize: cssPt(sizePt),
    lineHeight: cssPt(lineHeightPt(sizePt, p.lineSpacing ?? 1)),
    paddingTop: cssPt(p.spacingBeforePt ?? 0),
    paddingBottom: cssPt(p.spacingAfterPt ?? 0),
  };
  if (p.firstLineIndentTwip) style.textIndent = cssTwip(p.firstLineIndentTwip);
  if (p.indentLeftTwip) style.paddingLeft = cssTwip(p.indentLeftTwip);
  return style;
}

/** As Word draws it: the empty line's height plus the border's gap, then the border. */
export function ruleStyle(r: LayoutRule): CSSProperties {
  return {
    width: cssTwip(r.widthTwip),
    marginLeft: 'auto',
    marginRight: 'auto',
    height: cssPt(lineHeightPt(r.emptyLineSizePt) + r.borderGapPt),
    borderBottom: `${cssPt(r.thicknessPt)} solid #000`,
    marginTop: cssPt(r.spacingBeforePt ?? 0),
    marginBottom: cssPt(r.spacingAfterPt ?? 0),
  };
}

export function columnsStyle(c: LayoutColumns): CSSProperties {
  return {
    display: 'grid',
    gridTemplateColumns: c.columns.map((col) => cssTwip(col.widthTwip)).join(' '),
    columnGap: 0,
    alignItems: 'start',
  };
}

/** The page box: exact size, margins as padding so the content box is the text area. */
export function pageBoxStyle(page: LayoutPage): CSSProperties {
  return {
    width: cssTwip(page.widthTwip),
    height: cssTwip(page.heightTwip),
    paddingTop: cssTwip(page.marginTopTwip),
    paddingBottom: cssTwip(page.marginBottomTwip),
    paddingLeft: cssTwip(page.marginLeftTwip),
    paddingRight: cssTwip(page.marginRightTwip),
    boxSizing: 'border-box',
  };
}

export function contentHeightTwip(page: LayoutPage): number {
  return page.heightTwip - page.marginTopTwip - page.marginBottomTwip;
}

/** The page number sits in the top margin at the header distance, centred over the text width. */
export function pageNumberStyle(layout: OfficialLayout): CSSProperties {
  const { page, pageNumbers } = layout;
  return {
    position: 'absolute',
    top: cssTwip(page.headerTwip),
    left: cssTwip(page.marginLeftTwip),
    right: cssTwip(page.marginRightTwip),
    textAlign: 'center',
    fontSize: cssPt(pageNumbers.sizePt),
    lineHeight: cssPt(lineHeightPt(pageNumbers.sizePt)),
  };
}

export function documentStyle(layout: OfficialLayout): CSSProperties {
  return { fontFamily: fontStack(layout.font.family), fontSize: cssPt(layout.body.sizePt), color: '#000' };
}
