/**
 * The one place the checks read a meeting. Each fact carries the path of the field that holds it
 * (the editor marks that field with the same `data-field`), so a change of the meeting's schema
 * only changes this adapter and those paths.
 */
import type { DocumentKind, Meeting } from '../model/meeting';

/** A piece of text the secretary filled in (or left empty), with where it lives. */
export interface FieldFact {
  path: string;
  text: string;
}

export interface IssueFacts {
  number: FieldFact;
  date: FieldFact;
  signers: { name: FieldFact; position: string }[];
  recipients: FieldFact[];
  /** Where a first signer would be added when there is none. */
  signersPath: string;
}

/** A list item that prints: its label for messages (`Báo cáo 2: tên báo cáo`) and the text that makes it say something. */
export interface ItemFact {
  label: string;
  field: FieldFact;
}

export interface CheckFacts {
  issuerName: string;
  parentBody: string;
  meetingDate: FieldFact;
  /** Named in the notice's summary and opening and in the minutes' facts. */
  presidingName: FieldFact;
  /** Named in the minutes' facts and under its signature. */
  secretaryName: FieldFact;
  endTime: FieldFact;
  /** Every person or collective phrase listed as attending, absent or not. */
  attendeeCount: number;
  attendeesPath: string;
  /** Items that exist in a list but print nothing or half a line when left empty. */
  items: ItemFact[];
  issue: Record<DocumentKind, IssueFacts>;
}

const fact = (path: string, text: string): FieldFact => ({ path, text });

function issueFacts(m: Meeting, kind: DocumentKind): IssueFacts {
  const d = m[kind];
  return {
    number: fact(`${kind}.number`, d.number),
    date: fact(`${kind}.date`, d.date),
    signers: d.signers.map((s, i) => ({ name: fact(`${kind}.signers.${i}.name`, s.name), position: s.position })),
    signersPath: `${kind}.signers`,
    recipients: d.recipients.map((r, i) => fact(`${kind}.recipients.${i}.text`, r.text)),
  };
}

export function checkFacts(m: Meeting): CheckFacts {
  const items: ItemFact[] = [];
  m.attendeeGroups.forEach((g, gi) =>
    g.members.forEach((x, xi) => {
      const where = `nhóm ${gi + 1}, ${x.kind === 'person' ? 'người' : 'mục'} ${xi + 1}`;
      const base = `attendeeGroups.${gi}.members.${xi}`;
      items.push(
        x.kind === 'person'
          ? { label: `Thành phần dự (${where}): họ tên`, field: fact(`${base}.name`, x.name) }
          : { label: `Cụm thành phần (${where})`, field: fact(`${base}.text`, x.text) },
      );
    }),
  );
  m.reports.forEach((r, i) =>
    items.push({ label: `Báo cáo ${i + 1}: tên báo cáo`, field: fact(`reports.${i}.title`, r.title) }),
  );
  m.discussion.forEach((o, i) =>
    items.push({ label: `Ý kiến ${i + 1}: nội dung`, field: fact(`discussion.${i}.text`, o.text) }),
  );
  // Items and sub-items of the conclusions' outline: an empty one prints a bare number.
  m.conclusions.parts.forEach((p, pi) =>
    p.items.forEach((item, ii) => {
      const base = `conclusions.parts.${pi}.items.${ii}`;
      // Named as the editor and the carry checklist name them: `Mục 2, phần 1`, `Ý 1, mục 2, phần 1`.
      const where = `mục ${ii + 1}, phần ${pi + 1}`;
      items.push({ label: `Kết luận, ${where}: nội dung`, field: fact(`${base}.text`, item.text) });
      item.items.forEach((sub, si) =>
        items.push({
          label: `Kết luận, ý ${si + 1}, ${where}: nội dung`,
          field: fact(`${base}.items.${si}.text`, sub.text),
        }),
      );
    }),
  );
  return {
    issuerName: m.issuer.name,
    parentBody: m.issuer.parentBody,
    meetingDate: fact('date', m.date),
    presidingName: fact('presiding.name', m.presiding.name),
    secretaryName: fact('secretary.name', m.secretary.name),
    endTime: fact('endTime', m.endTime),
    attendeeCount: m.attendeeGroups.reduce((n, g) => n + g.members.length, 0),
    attendeesPath: 'attendeeGroups',
    items,
    issue: { notice: issueFacts(m, 'notice'), minutes: issueFacts(m, 'minutes') },
  };
}
