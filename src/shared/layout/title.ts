/** Document type (`THÔNG BÁO` / `BIÊN BẢN`), the summary (trích yếu) and the separator under it. */
import type { DocumentKind, Meeting } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { lowerFirst, upperFirst } from '../text/vietnamese';
import { paragraphsOf } from './bodyText';
import { generatedMinutesTitle, generatedNoticeSummary, phraseOr } from './generated';
import { para, plain, rule, run } from './runs';
import { estimateTextWidthTwip } from './textWidth';
import type { LayoutBlock } from './types';

export function layoutTitle(
  meeting: Meeting,
  kind: DocumentKind,
  profile: FormatProfile,
  textWidthTwip: number,
): LayoutBlock[] {
  const t = profile.title;
  const typeText = kind === 'notice' ? profile.labels.notice : profile.labels.minutes;
  // The first letter follows the profile (HD36 lower case, ND30 capital), typed or generated: a format rule.
  const raw =
    kind === 'notice'
      ? phraseOr(meeting.notice.summary, () => generatedNoticeSummary(meeting, profile))
      : phraseOr(meeting.title, () => generatedMinutesTitle(meeting, profile));
  const summary = t.summaryCase === 'lower' ? lowerFirst(raw) : upperFirst(raw);
  const lines = paragraphsOf(summary);
  const blocks: LayoutBlock[] = [
    para([run(typeText, t.documentType)], 'center', {
      role: 'document-type',
      spacingBeforePt: 18,
      spacingAfterPt: 0,
      keepWithNext: true,
    }),
    // A line break typed in the summary starts a new line there.
    ...lines.map((line) =>
      para([run(line, t.summary)], 'center', { role: 'summary', spacingAfterPt: 0, keepWithNext: true }),
    ),
  ];
  if (t.separator === 'rule') {
    const widest = Math.max(0, ...lines.map((line) => estimateTextWidthTwip(line, t.summary.sizePt, t.summary.bold)));
    const width = Math.min(widest, textWidthTwip);
    blocks.push(rule(width * t.ruleRatio, 'summary-rule', 12));
  } else {
    blocks.push(
      para([run(t.separatorText, plain(t.summary.sizePt))], 'center', { role: 'summary-dashes', spacingAfterPt: 12 }),
    );
  }
  return blocks;
}
