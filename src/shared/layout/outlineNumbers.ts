/**
 * The numbers the conclusions print with, keyed by part, item and sub-item id, so the editor shows
 * each entry's number as the document will (`I.`, `2.`, `2.1.`, `a)`, `-`, `Một là,`). Follows
 * conclusionParagraphs: parts without a heading have no number, items restart under each headed
 * part, and an entry that prints nothing takes no number (and gets none here).
 */
import type { Conclusions, DocumentKind, Task } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { assignmentText } from './generated';
import { numberLabel } from './numbering';

/**
 * Whether an entry prints anything (as entryLines would give lines): typed text, or an assignment
 * sentence. The text test comes first, so the sentence is only generated for an empty entry: this
 * runs on every keystroke in the outline.
 */
const prints = (text: string, task: Task) => /\S/.test(text) || assignmentText(task, text) !== '';

export function outlineNumbers(c: Conclusions, profile: FormatProfile, kind: DocumentKind): Map<string, string> {
  const styles = profile.content[kind];
  const out = new Map<string, string>();
  let partNo = 0;
  let itemNo = 0;
  for (const part of c.parts) {
    if (part.heading.trim()) {
      partNo += 1;
      itemNo = 0;
      out.set(part.id, numberLabel(styles.part, partNo, ''));
    }
    for (const item of part.items) {
      const subs = item.items.filter((s) => prints(s.text, s.task));
      if (!prints(item.text, item.task) && !subs.length) continue;
      itemNo += 1;
      out.set(item.id, numberLabel(styles.item, itemNo, ''));
      subs.forEach((s, i) => out.set(s.id, numberLabel(styles.subItem, i + 1, String(itemNo))));
    }
  }
  return out;
}
