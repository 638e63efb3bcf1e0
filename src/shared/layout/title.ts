/** Document type (`THÔNG BÁO` / `BIÊN BẢN`), the summary (trích yếu) and the separator under it. */
import type { DocumentKind, Meeting } from '../model/meeting';
import { MEETING_KIND_LABELS } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { lowerFirst, upperFirst } from '../text/vietnamese';
import { meetingNoun } from './phrases';
import { orBlank, para, plain, rule, run } from './runs';
import { estimateTextWidthTwip } from './textWidth';
import type { LayoutBlock } from './types';

/** `Kết luận của đồng chí <name>, <position> tại buổi làm việc với <host> về <subject>`. */
export function noticeSummary(meeting: Meeting): string {
  const p = meeting.presiding;
  const who = [p.title.trim(), orBlank(p.name)].filter(Boolean).join(' ');
  const position = p.position.trim() ? `, ${p.position.trim()}` : '';
  return `Kết luận của ${who}${position} tại ${meetingNoun(meeting.kind)} với ${orBlank(meeting.host)} về ${orBlank(meeting.subject)}`;
}

/** The minutes' name: the meeting's own title, or `Buổi làm việc của ... với ... về ...`. */
export function minutesSummary(meeting: Meeting): string {
  if (meeting.title.trim()) return meeting.title.trim();
  const p = meeting.presiding;
  const of = p.unit.trim() || [p.title.trim(), p.name.trim()].filter(Boolean).join(' ').trim();
  const parts = [MEETING_KIND_LABELS[meeting.kind]];
  parts.push(`của ${orBlank(of)}`);
  parts.push(`với ${orBlank(meeting.host)}`);
  parts.push(`về ${orBlank(meeting.subject)}`);
  return parts.join(' ');
}

export function layoutTitle(
  meeting: Meeting,
  kind: DocumentKind,
  profile: FormatProfile,
  textWidthTwip: number,
): LayoutBlock[] {
  const t = profile.title;
  const typeText = kind === 'notice' ? profile.labels.notice : profile.labels.minutes;
  const raw = kind === 'notice' ? noticeSummary(meeting) : minutesSummary(meeting);
  const summary = t.summaryCase === 'lower' ? lowerFirst(raw) : upperFirst(raw);
  const blocks: LayoutBlock[] = [
    para([run(typeText, t.documentType)], 'center', {
      role: 'document-type',
      spacingBeforePt: 18,
      spacingAfterPt: 0,
      keepWithNext: true,
    }),
    para([run(summary, t.summary)], 'center', { role: 'summary', spacingAfterPt: 0, keepWithNext: true }),
  ];
  if (t.separator === 'rule') {
    const width = Math.min(estimateTextWidthTwip(summary, t.summary.sizePt, t.summary.bold), textWidthTwip);
    blocks.push(rule(width * t.ruleRatio, 'summary-rule', 12));
  } else {
    blocks.push(
      para([run(t.separatorText, plain(t.summary.sizePt))], 'center', { role: 'summary-dashes', spacingAfterPt: 12 }),
    );
  }
  return blocks;
}
