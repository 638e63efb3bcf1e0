/** Body paragraphs share one style from the profile: justified, first-line indent, spacing, line height. */
import type { FormatProfile } from '../profile/schema';
import { para, plain, run } from './runs';
import type { LayoutParagraph, LayoutRun } from './types';
import { TWIP_PER_CM } from './units';

export interface BodySegment {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export function bodyParagraph(
  profile: FormatProfile,
  segments: BodySegment[] | string,
  role = 'body',
  indent = true,
): LayoutParagraph {
  const b = profile.body;
  const segs = typeof segments === 'string' ? [{ text: segments }] : segments;
  const runs: LayoutRun[] = segs.map((s) => run(s.text, plain(b.sizePt, { bold: !!s.bold, italic: !!s.italic })));
  return para(runs, 'justify', {
    role,
    firstLineIndentTwip: indent ? Math.round(b.firstLineIndentCm * TWIP_PER_CM) : 0,
    spacingAfterPt: b.spacingAfterPt,
    lineSpacing: b.lineSpacing,
  });
}

/**
 * Split typed text on line breaks into paragraphs, dropping empty ones. A line starting `- ` is a
 * bullet and prints as typed, dash included, so nothing is added or lost.
 */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}
