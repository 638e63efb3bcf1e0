/** The notice's body: opening, lead-in, the conclusions' outline, closing with the mark once. */
import type { Meeting } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { withClosingMark } from '../text/vietnamese';
import { bodyParagraph, paragraphsOf } from './bodyText';
import { conclusionParagraphs } from './conclusions';
import { generatedLeadIn, generatedNoticeClosing, generatedOpening, phraseOr } from './generated';
import type { LayoutParagraph } from './types';

/** Typed or generated text as paragraphs (a typed line break is a paragraph). */
function paragraphs(profile: FormatProfile, text: string, role: string): LayoutParagraph[] {
  return paragraphsOf(text).map((t) => bodyParagraph(profile, t, role));
}

/** The closing's paragraphs, the last one carrying the closing mark and travelling with the signature. */
export function closingParagraphs(profile: FormatProfile, text: string): LayoutParagraph[] {
  const lines = paragraphsOf(text);
  if (!lines.length) return [];
  lines[lines.length - 1] = withClosingMark(lines[lines.length - 1]!, profile.body.closingMark);
  return lines.map((t) => ({ ...bodyParagraph(profile, t, 'closing'), keepWithNext: true }));
}

export function layoutNoticeBody(meeting: Meeting, profile: FormatProfile): LayoutParagraph[] {
  const n = meeting.notice;
  return [
    ...paragraphs(
      profile,
      phraseOr(n.opening, () => generatedOpening(meeting)),
      'opening',
    ),
    ...paragraphs(
      profile,
      phraseOr(n.leadIn, () => generatedLeadIn(meeting)),
      'lead-in',
    ),
    ...conclusionParagraphs(meeting, profile, 'notice'),
    ...closingParagraphs(
      profile,
      phraseOr(n.closing, () => generatedNoticeClosing(meeting)),
    ),
  ];
}
