/** The minutes' body after Mẫu 1.9 (ND30 Phụ lục III): `Căn cứ` lines, labelled facts, proceedings, closing. */
import type { Meeting, PersonRef } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { formatClockTime, formatOfficialDate, upperFirst } from '../text/vietnamese';
import { bodyParagraph, paragraphsOf } from './bodyText';
import { conclusionParagraphs } from './conclusions';
import { generatedConclusionsHeading, generatedMinutesClosing, phraseOr } from './generated';
import { closingParagraphs } from './noticeBody';
import { groupLabel, isEmptyPerson, minutesMemberPhrase, personPhrase, trimSentenceEnd } from './phrases';
import { BLANK, orBlank } from './runs';
import type { LayoutParagraph } from './types';

const BLANK_TIME = `${BLANK} giờ ${BLANK} phút`;

function fact(profile: FormatProfile, label: string, value: string, role: string): LayoutParagraph {
  return bodyParagraph(
    profile,
    value ? [{ text: `${label} `, bold: true }, { text: value }] : [{ text: label, bold: true }],
    role,
  );
}

/** `đồng chí Nguyễn Văn A - Bí thư.`; an unknown person is the form's blank, never a lone `.`. */
function personFact(p: PersonRef): string {
  return isEmptyPerson(p) ? BLANK : `${trimSentenceEnd(personPhrase(p))}.`;
}

/** A section heading with its number: `3. Ý kiến phát biểu:`. */
function section(profile: FormatProfile, n: number, text: string, role: string): LayoutParagraph {
  return bodyParagraph(profile, [{ text: `${n}. ${text}`, bold: true }], role);
}

export function layoutMinutesBody(meeting: Meeting, profile: FormatProfile): LayoutParagraph[] {
  const l = profile.labels;
  const mi = meeting.minutes;
  const out: LayoutParagraph[] = [];
  for (const t of paragraphsOf(mi.bases)) out.push(bodyParagraph(profile, t, 'basis'));
  const start = formatClockTime(meeting.startTime) || BLANK_TIME;
  out.push(fact(profile, l.startTime, `${start}, ${formatOfficialDate(meeting.date)}.`, 'fact-start'));
  out.push(fact(profile, l.place, meeting.place.trim() ? `${trimSentenceEnd(meeting.place)}.` : BLANK, 'fact-place'));
  out.push(fact(profile, l.attendees, '', 'fact-attendees'));
  for (const g of meeting.attendeeGroups) {
    const heading = groupLabel(g.heading);
    if (heading) out.push(bodyParagraph(profile, [{ text: `${heading}:`, italic: true }], 'attendee-group'));
    const lines = g.members.map((m) => minutesMemberPhrase(m, profile)).filter(Boolean);
    lines.forEach((text, i) => {
      out.push(bodyParagraph(profile, `${trimSentenceEnd(text)}${i === lines.length - 1 ? '.' : ';'}`, 'attendee'));
    });
  }
  out.push(fact(profile, l.presiding, personFact(meeting.presiding), 'fact-presiding'));
  out.push(fact(profile, l.secretaryFact, personFact(meeting.secretary), 'fact-secretary'));

  const summary = paragraphsOf(mi.contentSummary);
  if (summary.length) {
    out.push(fact(profile, l.contentSummary, '', 'fact-content-summary'));
    for (const t of summary) out.push(bodyParagraph(profile, t, 'content-summary'));
  }

  out.push(fact(profile, l.content, '', 'fact-content'));
  let n = 1;
  for (const r of meeting.reports) {
    const head = upperFirst(`${orBlank(r.presenter)} báo cáo ${orBlank(trimSentenceEnd(r.title))}.`);
    out.push(bodyParagraph(profile, [{ text: `${n}. `, bold: true }, { text: head }], 'report'));
    for (const p of paragraphsOf(r.text)) out.push(bodyParagraph(profile, p, 'report-paragraph'));
    n += 1;
  }
  const opinions = meeting.discussion.filter((o) => o.speaker.trim() || o.text.trim());
  if (opinions.length) {
    out.push(section(profile, n, l.opinions, 'opinions'));
    for (const o of opinions) {
      const [first, ...rest] = paragraphsOf(o.text);
      const speaker = orBlank(o.speaker);
      // A speaker with nothing noted yet reads as a sentence, not a dangling `- ...:`.
      out.push(
        bodyParagraph(
          profile,
          first
            ? [{ text: `- ${speaker}: `, italic: true }, { text: first }]
            : [{ text: `- ${speaker}.`, italic: true }],
          'opinion',
        ),
      );
      for (const t of rest) out.push(bodyParagraph(profile, t, 'opinion-text'));
    }
    n += 1;
  }
  const conclusions = conclusionParagraphs(meeting, profile, 'minutes');
  if (conclusions.length) {
    const heading = phraseOr(mi.conclusionsHeading, () => generatedConclusionsHeading(meeting)).trim();
    if (heading) out.push(section(profile, n, heading, 'conclusions'));
    out.push(...conclusions);
  }
  out.push(
    ...closingParagraphs(
      profile,
      phraseOr(mi.closing, () => generatedMinutesClosing(meeting)),
    ),
  );
  return out;
}
