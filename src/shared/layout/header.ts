/**
 * The header block on page 1: issuing body on the left, national title on the right, then the
 * number line and the place-and-date line in a second row of the same widths so they sit level.
 */
import type { DocumentKind, Meeting } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { formatDocNumber, formatPlaceDate, upperVi } from '../text/vietnamese';
import { para, plain, rule, run } from './runs';
import { estimateTextWidthTwip } from './textWidth';
import type { LayoutColumns, LayoutParagraph, LayoutRule } from './types';

/** Breathing room kept around a one-line title inside its column. */
const TITLE_SLACK = 1.06;

export interface HeaderColumns {
  left: number;
  right: number;
}

/**
 * Left column ≈ leftColumnPct of the text width, but the right column is never narrower than the
 * national title and motto (they must stay on one line), so the left column gives way if needed.
 */
export function headerColumnWidths(profile: FormatProfile, textWidthTwip: number): HeaderColumns {
  const h = profile.header;
  const needed = Math.max(
    estimateTextWidthTwip(h.nationalTitle.text, h.nationalTitle.style.sizePt, h.nationalTitle.style.bold),
    h.motto ? estimateTextWidthTwip(h.motto.text, h.motto.style.sizePt, h.motto.style.bold) : 0,
  );
  let left = Math.round((textWidthTwip * h.leftColumnPct) / 100);
  const minRight = Math.ceil(needed * TITLE_SLACK);
  if (textWidthTwip - left < minRight) left = Math.max(Math.round(textWidthTwip * 0.3), textWidthTwip - minRight);
  return { left, right: textWidthTwip - left };
}

function issuerBlocks(meeting: Meeting, profile: FormatProfile, colWidth: number): Array<LayoutParagraph | LayoutRule> {
  const h = profile.header;
  const out: Array<LayoutParagraph | LayoutRule> = [];
  const parentLines = balancedLines(upperVi(meeting.issuer.parentBody.trim()), colWidth, (t) =>
    estimateTextWidthTwip(t, h.parentBody.sizePt, h.parentBody.bold),
  ).filter(Boolean);
  for (const line of parentLines)
    out.push(para([run(line, h.parentBody)], 'center', { role: 'parent-body', spacingAfterPt: 0 }));
  const name = upperVi(meeting.issuer.name.trim());
  const lines = balancedLines(name, colWidth, (t) =>
    estimateTextWidthTwip(t, h.issuingBody.sizePt, h.issuingBody.bold),
  );
  for (const line of lines)
    out.push(para([run(line, h.issuingBody)], 'center', { role: 'issuing-body', spacingAfterPt: 0 }));
  if (h.issuerMark === 'rule') {
    // Measure the longest line the name occupies (at most the column, should it still wrap).
    const nameWidth = Math.min(
      Math.max(...lines.map((l) => estimateTextWidthTwip(l || 'X', h.issuingBody.sizePt, h.issuingBody.bold))),
      colWidth,
    );
    out.push(rule(nameWidth * h.issuerRuleRatio, 'issuer-rule'));
  } else {
    out.push(para([run('*', plain(h.issuingBody.sizePt))], 'center', { role: 'issuer-asterisk', spacingAfterPt: 0 }));
  }
  return out;
}

/** Words that belong together in a body's name: a line never breaks inside them. */
const UNBREAKABLE = [
  'ỦY BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'ỦY BAN KIỂM TRA',
  'MẶT TRẬN TỔ QUỐC',
  'BAN CHẤP HÀNH',
  'BAN THƯỜNG VỤ',
  'ĐẢNG ỦY',
  'ĐẢNG BỘ',
  'VĂN PHÒNG',
  'THÀNH ỦY',
  'TỈNH ỦY',
  'HUYỆN ỦY',
  'QUẬN ỦY',
  'THỊ ỦY',
  'THÀNH PHỐ',
  'THỊ XÃ',
  'THỊ TRẤN',
  'ĐẶC KHU',
];
/** Administrative levels: the natural place to break is just before one (`ỦY BAN NHÂN DÂN` / `XÃ MINH PHÚ`). */
const LEVELS = ['XÃ', 'PHƯỜNG', 'THỊ TRẤN', 'ĐẶC KHU', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'THÀNH PHỐ', 'TỈNH'];

/** The name's words in groups that must stay on one line. */
function wordGroups(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const groups: string[] = [];
  for (let i = 0; i < words.length;) {
    const match = UNBREAKABLE.map((p) => p.split(' ')).find((p) => p.every((w, k) => words[i + k] === w));
    const len = match?.length ?? 1;
    groups.push(words.slice(i, i + len).join(' '));
    i += len;
  }
  return groups;
}

/**
 * An issuing body's name on its lines: where the secretary typed line breaks, as typed; else one
 * line when it fits, else two lines split between word groups (never inside `ỦY BAN NHÂN DÂN`,
 * `ĐẢNG ỦY`, `BAN THƯỜNG VỤ`), before an administrative level when that fits, else balanced.
 */
export function balancedLines(text: string, width: number, measure: (t: string) => number): string[] {
  const typed = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (typed.length > 1) return typed;
  const one = typed[0] ?? '';
  if (measure(one) <= width) return [one];
  const groups = wordGroups(one);
  const splits = groups.slice(1).map((_, k) => {
    const pair = [groups.slice(0, k + 1).join(' '), groups.slice(k + 1).join(' ')];
    return { pair, width: Math.max(...pair.map(measure)), beforeLevel: LEVELS.includes(groups[k + 1]!) };
  });
  const fitting = splits.filter((s) => s.beforeLevel && s.width <= width);
  const pool = fitting.length ? fitting : splits;
  const best = pool.reduce<(typeof splits)[number] | undefined>((b, s) => (!b || s.width < b.width ? s : b), undefined);
  return best?.pair ?? [one];
}

function nationalBlocks(profile: FormatProfile): Array<LayoutParagraph | LayoutRule> {
  const h = profile.header;
  const out: Array<LayoutParagraph | LayoutRule> = [];
  out.push(
    para([run(h.nationalTitle.text, h.nationalTitle.style, { noWrap: true })], 'center', {
      role: 'national-title',
      spacingAfterPt: 0,
    }),
  );
  const ruled = h.motto ?? h.nationalTitle;
  if (h.motto)
    out.push(
      para([run(h.motto.text, h.motto.style, { noWrap: true })], 'center', { role: 'motto', spacingAfterPt: 0 }),
    );
  out.push(
    rule(
      estimateTextWidthTwip(ruled.text, ruled.style.sizePt, ruled.style.bold),
      h.motto ? 'motto-rule' : 'national-rule',
    ),
  );
  return out;
}

export function layoutHeader(
  meeting: Meeting,
  kind: DocumentKind,
  profile: FormatProfile,
  textWidthTwip: number,
): LayoutColumns[] {
  const h = profile.header;
  const cols = headerColumnWidths(profile, textWidthTwip);
  const issue = kind === 'notice' ? meeting.notice : meeting.minutes;
  const typeCode = profile.labels.typeCodes[kind];
  const numberText = formatDocNumber(h.number.style, issue.number, typeCode, meeting.issuer.code);
  const numberLine = para([run(numberText, plain(h.number.sizePt))], 'center', {
    role: 'number',
    spacingBeforePt: 6,
    spacingAfterPt: 0,
  });
  const showDate = kind === 'notice' || h.minutesPlaceDate;
  const dateLine = showDate
    ? para([run(formatPlaceDate(meeting.issuer.placeName, issue.date), h.placeDate)], 'center', {
        role: 'place-date',
        spacingBeforePt: 6,
        spacingAfterPt: 0,
      })
    : para([run('', plain(h.placeDate.sizePt))], 'center', {
        role: 'place-date-none',
        spacingBeforePt: 6,
        spacingAfterPt: 0,
      });
  return [
    {
      type: 'columns',
      role: 'header',
      columns: [
        { widthTwip: cols.left, blocks: issuerBlocks(meeting, profile, cols.left) },
        { widthTwip: cols.right, blocks: nationalBlocks(profile) },
      ],
    },
    {
      type: 'columns',
      role: 'header-number',
      columns: [
        { widthTwip: cols.left, blocks: [numberLine] },
        { widthTwip: cols.right, blocks: [dateLine] },
      ],
    },
  ];
}
