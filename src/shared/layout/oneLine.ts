/**
 * One-line fields (names, positions, units, labels, numbers, bodies) print on one line: a tab or a
 * line break pasted into one (from Word, Excel or an e-mail) would print as a wide gap or a stray
 * break. The layout reads them folded to a single space; the saved text stays as typed, and the
 * editor never touches a field while it is focused.
 */
import type { Item, Meeting, PersonRef, Signer, SubItem, Task } from '../model/meeting';

// Only white space XML allows: a vertical tab or a form feed is not folded but dropped with the other
// characters XML forbids (cleanText), as it is when the meeting is saved.
const BREAKS = /[ \u00A0]*[\t\n\r\u0085\u2028\u2029][ \u00A0\t\n\r\u0085\u2028\u2029]*/gu;

/** `Nguyễn Văn A\t\tBí thư` -> `Nguyễn Văn A Bí thư`. */
export function foldOneLine(text: string): string {
  return text.replace(BREAKS, ' ');
}

/**
 * A field whose typed line breaks are where its lines break (an issuing body's name, a signature
 * heading): each line folded, the breaks kept.
 */
export function foldLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => foldOneLine(l))
    .join('\n');
}

const phrase = (p: string | null): string | null => (p === null ? null : foldOneLine(p));

const person = <P extends PersonRef>(p: P): P => ({
  ...p,
  name: foldOneLine(p.name),
  position: foldOneLine(p.position),
  unit: foldOneLine(p.unit),
  title: foldOneLine(p.title),
});

const signer = (s: Signer): Signer => ({
  ...s,
  heading: foldLines(s.heading),
  authorityOf: foldOneLine(s.authorityOf),
  position: foldOneLine(s.position),
  name: foldOneLine(s.name),
});

function issue<D extends Meeting['notice'] | Meeting['minutes']>(d: D): D {
  return {
    ...d,
    number: foldOneLine(d.number),
    signers: d.signers.map(signer),
    recipients: d.recipients.map((r) => ({ text: foldOneLine(r.text), note: foldOneLine(r.note) })),
    archive: foldOneLine(d.archive),
  };
}

/** A task's units print in its assignment sentence. */
const task = (t: Task): Task => ({ ...t, lead: foldOneLine(t.lead), support: t.support.map(foldOneLine) });
const entry = <E extends Item | SubItem>(e: E): E => ({ ...e, task: task(e.task) });

/** The meeting as the layout reads it: every one-line field folded. */
export function withOneLineFields(m: Meeting): Meeting {
  return {
    ...m,
    host: foldOneLine(m.host),
    place: foldOneLine(m.place),
    presiding: person(m.presiding),
    secretary: person(m.secretary),
    attendeeGroups: m.attendeeGroups.map((g) => ({
      ...g,
      heading: foldOneLine(g.heading),
      leadIn: foldOneLine(g.leadIn),
      members: g.members.map((x) =>
        x.kind === 'person'
          ? {
              ...person(x),
              delegateName: foldOneLine(x.delegateName),
              absenceReason: foldOneLine(x.absenceReason),
              minutesLine: phrase(x.minutesLine),
            }
          : x,
      ),
    })),
    reports: m.reports.map((r) => ({ ...r, presenter: foldOneLine(r.presenter) })),
    discussion: m.discussion.map((o) => ({ ...o, speaker: foldOneLine(o.speaker) })),
    conclusions: {
      ...m.conclusions,
      parts: m.conclusions.parts.map((p) => ({
        ...p,
        heading: foldOneLine(p.heading),
        items: p.items.map((i) => ({ ...entry(i), items: i.items.map(entry) })),
      })),
    },
    issuer: {
      // The name breaks where the secretary put a line break.
      parentBody: foldLines(m.issuer.parentBody),
      name: foldLines(m.issuer.name),
      code: foldOneLine(m.issuer.code),
      placeName: foldOneLine(m.issuer.placeName),
      officeName: foldOneLine(m.issuer.officeName),
    },
    notice: { ...issue(m.notice), issuedBy: foldOneLine(m.notice.issuedBy) },
    minutes: issue(m.minutes),
  };
}
