/** The minutes' body after Mẫu 1.9 (ND30 Phụ lục III): labelled facts, proceedings, closing. */
import type { Meeting } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { formatClockTime, formatOfficialDate, upperFirst, withClosingMark } from '../text/vietnamese';
import { bodyParagraph, paragraphsOf } from './bodyText';
import { conclusionParagraphs } from './conclusions';
import { groupLabel, minutesMemberPhrase, personPhrase, trimSentenceEnd } from './phrases';
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

/** `Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 23 tháng 02 năm 2021./.` */
export function minutesClosingText(meeting: Meeting, profile: FormatProfile): string {
  const custom = meeting.minutes.closing.trim();
  if (custom) return withClosingMark(custom, profile.body.closingMark);
  const noun = meeting.kind === 'conference' ? 'Hội nghị' : 'Cuộc họp';
  const time = formatClockTime(meeting.endTime) || BLANK_TIME;
  return withClosingMark(
    `${noun} kết thúc vào ${time}, ${formatOfficialDate(meeting.date)}.`,
    profile.body.closingMark,
  );
}

export function layoutMinutesBody(meeting: Meeting, profile: FormatProfile): LayoutParagraph[] {
  const l = profile.labels;
  const out: LayoutParagraph[] = [];
  const start = formatClockTime(meeting.startTime) || BLANK_TIME;
  out.push(fact(profile, l.startTime, `${start}, ${formatOfficialDate(meeting.date)}.`, 'fact-start'));
  out.push(fact(profile, l.place, `${orBlank(trimSentenceEnd(meeting.place))}.`, 'fact-place'));
  out.push(fact(profile, l.attendees, '', 'fact-attendees'));
  for (const g of meeting.attendeeGroups) {
    const label = groupLabel(g.label);
    if (label) out.push(bodyParagraph(profile, [{ text: `${label}:`, italic: true }], 'attendee-group'));
    g.members.forEach((m, i) => {
      const text = trimSentenceEnd(minutesMemberPhrase(m));
      if (text) out.push(bodyParagraph(profile, `- ${text}${i === g.members.length - 1 ? '.' : ';'}`, 'attendee'));
    });
  }
  out.push(fact(profile, l.presiding, `${trimSentenceEnd(personPhrase(meeting.presiding))}.`, 'fact-presiding'));
  out.push(fact(profile, l.secretaryFact, `${trimSentenceEnd(personPhrase(meeting.secretary))}.`, 'fact-secretary'));
  out.push(fact(profile, l.content, '', 'fact-content'));

  let section = 1;
  for (const r of meeting.reports) {
    const head = upperFirst(`${orBlank(r.presenter)} báo cáo ${orBlank(trimSentenceEnd(r.title))}.`);
    out.push(bodyParagraph(profile, [{ text: `${section}. `, bold: true }, { text: head }], 'report'));
    for (const p of r.paragraphs.flatMap(paragraphsOf)) out.push(bodyParagraph(profile, p, 'report-paragraph'));
    section += 1;
  }
  const opinions = meeting.discussion.filter((o) => o.speaker.trim() || o.gist.trim());
  if (opinions.length) {
    out.push(bodyParagraph(profile, [{ text: `${section}. Ý kiến phát biểu:`, bold: true }], 'opinions'));
    for (const o of opinions) {
      const gist = paragraphsOf(o.gist).join(' ');
      out.push(
        bodyParagraph(profile, [{ text: `- ${orBlank(o.speaker)}: `, italic: true }, { text: gist }], 'opinion'),
      );
    }
    section += 1;
  }
  const conclusions = conclusionParagraphs(meeting, profile, 1);
  if (conclusions.length) {
    const chair = [meeting.presiding.title.trim(), orBlank(meeting.presiding.name)].filter(Boolean).join(' ');
    out.push(bodyParagraph(profile, [{ text: `${section}. Kết luận của ${chair}:`, bold: true }], 'conclusions'));
    // Inside the minutes the conclusions are a subsection: number them a), b)... rather than 1., 2.
    out.push(...conclusions.map(renumberAsSub));
  }
  // The closing sentence travels with the signatures.
  out.push({ ...bodyParagraph(profile, minutesClosingText(meeting, profile), 'closing'), keepWithNext: true });
  return out;
}

/** `1. ` -> `a) `, `2.3. ` -> `- `: conclusions nested under the minutes' own numbering. */
function renumberAsSub(p: LayoutParagraph): LayoutParagraph {
  const first = p.runs[0];
  if (!first) return p;
  const top = /^(\d+)\. $/.exec(first.text);
  const sub = /^\d+\.\d+\. $/.test(first.text);
  if (!top && !sub) return p;
  const text = top ? `${String.fromCharCode(96 + Number(top[1]))}) ` : '- ';
  return { ...p, runs: [{ ...first, text }, ...p.runs.slice(1)] };
}
