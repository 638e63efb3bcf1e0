/**
 * The conclusions as an outline, shared by the notice and the minutes: headed parts (`I. ĐÁNH GIÁ
 * CHUNG`), items (`1.`), sub-items (`1.1.`), each with its paragraphs and `- ` bullets as typed,
 * then the paragraphs after the tasks. Numbering styles come from the profile, per document.
 */
import type { DocumentKind, Meeting, Task } from '../model/meeting';
import type { FormatProfile, NumberingStyle } from '../profile/schema';
import { bodyParagraph, paragraphsOf, type BodySegment } from './bodyText';
import { assignmentText } from './generated';
import { isBoldNumber, numberLabel } from './numbering';
import type { LayoutParagraph } from './types';

/** An entry's paragraphs as they print: the typed lines, the assignment sentence (when on) after the last. */
export function entryLines(text: string, task: Task): string[] {
  const lines = paragraphsOf(text);
  const assignment = assignmentText(task, text);
  if (!assignment) return lines;
  if (!lines.length) return [assignment];
  return [...lines.slice(0, -1), `${lines[lines.length - 1]!} ${assignment}`];
}

function numbered(
  profile: FormatProfile,
  style: NumberingStyle,
  label: string,
  lines: string[],
  role: string,
): LayoutParagraph[] {
  const [first = '', ...rest] = lines;
  const head: BodySegment[] = [{ text: first ? `${label} ` : label, bold: isBoldNumber(style) }];
  if (first) head.push({ text: first });
  return [bodyParagraph(profile, head, role), ...rest.map((t) => bodyParagraph(profile, t, `${role}-text`))];
}

export function conclusionParagraphs(meeting: Meeting, profile: FormatProfile, kind: DocumentKind): LayoutParagraph[] {
  const styles = profile.content[kind];
  const out: LayoutParagraph[] = [];
  let partNo = 0;
  let itemNo = 0;
  for (const part of meeting.conclusions.parts) {
    const heading = part.heading.trim();
    if (heading) {
      partNo += 1;
      itemNo = 0; // items are numbered afresh under each headed part
      out.push(
        bodyParagraph(profile, [{ text: `${numberLabel(styles.part, partNo, '')} ${heading}`, bold: true }], 'part'),
      );
    }
    for (const t of paragraphsOf(part.text)) out.push(bodyParagraph(profile, t, 'part-text'));
    for (const item of part.items) {
      const subs = item.items.map((s) => entryLines(s.text, s.task)).filter((l) => l.length);
      const lines = entryLines(item.text, item.task);
      if (!lines.length && !subs.length) continue; // an empty item prints nothing (the pre-export check names it)
      itemNo += 1;
      out.push(...numbered(profile, styles.item, numberLabel(styles.item, itemNo, ''), lines, 'item'));
      subs.forEach((sub, i) => {
        out.push(
          ...numbered(profile, styles.subItem, numberLabel(styles.subItem, i + 1, String(itemNo)), sub, 'sub-item'),
        );
      });
    }
  }
  for (const t of paragraphsOf(meeting.conclusions.after)) out.push(bodyParagraph(profile, t, 'after'));
  return out;
}
