/**
 * The follow-up documents, in the office's own format: `Báo cáo tình hình thực hiện các kết luận`
 * (portrait header, title and summary with the counts; the landscape table; portrait signature and
 * recipients) and the reminder letter (`công văn đôn đốc`) to one unit. The header, title and
 * signature are the notice's own layout, given a document shell (issuing body, signers, date).
 */
import {
  daysBetween,
  emptyCounts,
  type FollowupRow,
  type StateCounts,
  TASK_STATE_LABELS,
  taskOneLine,
} from '../../shared/followup';
import { bodyParagraph } from '../../shared/layout/bodyText';
import { layoutHeader } from '../../shared/layout/header';
import { pageOf } from '../../shared/layout/layoutDocument';
import { para, plain, run } from '../../shared/layout/runs';
import { layoutSignature } from '../../shared/layout/signature';
import { layoutTitle } from '../../shared/layout/title';
import type { LayoutBlock, LayoutColumns } from '../../shared/layout/types';
import type { Meeting } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';
import { formatShortDate, upperFirst } from '../../shared/text/vietnamese';
import type { ReportPart, TableColumn } from './sectionsDocx';

export const REPORT_COLUMNS: readonly TableColumn[] = [
  { header: 'STT', width: 5, align: 'center' },
  { header: 'Nội dung nhiệm vụ', width: 29, align: 'justify' },
  { header: 'Văn bản giao (số, ngày)', width: 12, align: 'center' },
  { header: 'Đơn vị chủ trì', width: 12 },
  { header: 'Đơn vị phối hợp', width: 12 },
  { header: 'Thời hạn', width: 11, align: 'center' },
  { header: 'Kết quả thực hiện', width: 15 },
  { header: 'Tình trạng', width: 10, align: 'center' },
];

/** The deadline cell: `30/4/2024`, the phrase as typed, `(gia hạn)` after an extension; empty when none. */
export function deadlineCell(r: FollowupRow): string {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(r.deadline) ? formatShortDate(r.deadline) : r.deadline;
  const due = r.dueDate && r.deadline !== r.dueDate ? `\n(${formatShortDate(r.dueDate)})` : '';
  return `${text}${due}${r.extended ? '\n(gia hạn)' : ''}`;
}

export function sourceCell(r: FollowupRow): string {
  const date = formatShortDate(r.source.date) || r.source.date;
  return [r.source.number ? `Số ${r.source.number}` : '', date ? `ngày ${date}` : ''].filter(Boolean).join('\n');
}

export function resultCell(r: FollowupRow): string {
  const done = r.status === 'done' && r.doneOn ? `Hoàn thành ngày ${formatShortDate(r.doneOn)}.` : '';
  const paused = r.status === 'paused' && r.pauseReason ? `Tạm dừng: ${r.pauseReason}` : '';
  return [done, paused, r.lastNote].filter(Boolean).join('\n');
}

/** One table row per task, as the report and the workbook print them. */
export function reportRows(rows: readonly FollowupRow[]): string[][] {
  return rows.map((r, i) => [
    String(i + 1),
    r.text,
    sourceCell(r),
    r.lead,
    r.support.join('\n'),
    deadlineCell(r),
    resultCell(r),
    upperFirst(TASK_STATE_LABELS[r.state]),
  ]);
}

export function countsOf(rows: readonly FollowupRow[]): StateCounts {
  const c = emptyCounts();
  for (const r of rows) c[r.state] += 1;
  c.total = rows.length;
  return c;
}

/** The summary sentence with every count: what the leader reads first. */
export function summarySentence(c: StateCounts, period: string, scope: string): string {
  const done = c.done_on_time + c.done_late;
  const parts = [
    `đã hoàn thành ${done} nhiệm vụ (đúng hạn ${c.done_on_time}, quá hạn ${c.done_late})`,
    `đang thực hiện trong hạn ${c.not_due}`,
    `sắp đến hạn ${c.due_soon}`,
    `quá hạn chưa hoàn thành ${c.overdue}`,
    `không thời hạn ${c.no_deadline}`,
    `tạm dừng ${c.paused}`,
  ];
  return `${period}, ${scope} được giao ${c.total} nhiệm vụ tại các thông báo kết luận; trong đó ${parts.join('; ')}. Kết quả cụ thể tại bảng tổng hợp kèm theo.`;
}

/** The profile as a document of another type: its name and type code (`BÁO CÁO`, `BC`). */
export function profileAs(profile: FormatProfile, name: string, typeCode: string): FormatProfile {
  return {
    ...profile,
    labels: { ...profile.labels, notice: name, typeCodes: { ...profile.labels.typeCodes, notice: typeCode } },
  };
}

export interface ReportOptions {
  from: string;
  to: string;
  /** The unit or presiding official the report is about, as typed (empty: the whole library). */
  unit?: string;
  presiding?: string;
}

/** The report's parts: portrait header, title and summary; landscape table; portrait signature. */
export function followupReportParts(
  rows: readonly FollowupRow[],
  shell: Meeting,
  baseProfile: FormatProfile,
  o: ReportOptions,
): ReportPart[] {
  const profile = profileAs(baseProfile, 'BÁO CÁO', 'BC');
  const width = pageOf(profile).textWidthTwip;
  const period = `Từ ngày ${formatShortDate(o.from)} đến ngày ${formatShortDate(o.to)}`;
  const scope = o.unit
    ? `${o.unit}`
    : o.presiding
      ? `các đơn vị (theo kết luận do ${o.presiding} chủ trì)`
      : 'các cơ quan, đơn vị';
  const table = profile.body.sizePt;
  return [
    {
      kind: 'portrait',
      blocks: [
        ...layoutHeader(shell, 'notice', profile, width),
        ...layoutTitle(shell, 'notice', profile, width),
        bodyParagraph(profile, summarySentence(countsOf(rows), period, scope), 'summary-counts'),
      ],
    },
    {
      kind: 'landscape-table',
      caption: [
        para([run('BẢNG TỔNG HỢP TÌNH HÌNH THỰC HIỆN CÁC KẾT LUẬN', plain(table, { bold: true }))], 'center', {
          role: 'table-caption',
          spacingAfterPt: 0,
        }),
        para([run(`(${period.toLowerCase()})`, plain(table, { italic: true }))], 'center', {
          role: 'table-period',
          spacingAfterPt: 6,
        }),
      ],
      columns: REPORT_COLUMNS,
      rows: reportRows(rows),
      // Eight columns across: the size of the recipients' lines (12 pt in both formats).
      sizePt: profile.recipients.lineSizePt,
    },
    { kind: 'portrait', blocks: layoutSignature(shell, 'notice', profile, width) },
  ];
}

/** `V/v ...` under the number line, in the left column of the header, as a letter carries it. */
function withSubjectLine(blocks: LayoutBlock[], text: string, sizePt: number): LayoutBlock[] {
  return blocks.map((b) => {
    if (b.type !== 'columns' || b.role !== 'header-number') return b;
    const columns = b.columns.map((c) =>
      c.blocks.some((x) => x.type === 'paragraph' && x.role === 'number')
        ? { ...c, blocks: [...c.blocks, para([run(text, plain(sizePt))], 'center', { role: 'subject-line' })] }
        : c,
    );
    return { ...b, columns } satisfies LayoutColumns;
  });
}

function taskLine(r: FollowupRow, i: number, today: string): string {
  const first = taskOneLine(r.text);
  const where = sourceCell(r).replace('\n', ' ').replace(/^Số /, 'số ');
  const due = r.dueDate ? formatShortDate(r.dueDate) : r.deadline;
  const left = r.dueDate ? daysBetween(today, r.dueDate) : null;
  const when =
    left === null
      ? ''
      : left < 0
        ? `, đã quá hạn ${-left} ngày`
        : left === 0
          ? ', đến hạn hôm nay'
          : `, còn ${left} ngày`;
  return `${i + 1}. ${first} (giao tại Thông báo ${where}; thời hạn: ${due}${when}).`;
}

/** The reminder letter to `unit`: its overdue and due-soon tasks, then the request to report. */
export function reminderLetterBlocks(
  rows: readonly FollowupRow[],
  shell: Meeting,
  baseProfile: FormatProfile,
  unit: string,
  today: string,
): LayoutBlock[] {
  const profile = profileAs(baseProfile, '', baseProfile.basis === 'hd36' ? 'CV' : '');
  const width = pageOf(profile).textWidthTwip;
  const size = profile.body.sizePt;
  const overdue = rows.filter((r) => r.state === 'overdue');
  const soon = rows.filter((r) => r.state === 'due_soon');
  const counts = [
    overdue.length ? `${overdue.length} nhiệm vụ quá hạn chưa hoàn thành` : '',
    soon.length ? `${soon.length} nhiệm vụ sắp đến hạn` : '',
  ].filter(Boolean);
  const body: LayoutBlock[] = [
    para([run('Kính gửi: ', plain(size)), run(unit, plain(size))], 'center', {
      role: 'addressee',
      spacingBeforePt: 12,
      spacingAfterPt: 12,
    }),
    bodyParagraph(
      profile,
      `Qua theo dõi việc thực hiện các kết luận, đến ngày ${formatShortDate(today)}, ${unit} còn ${counts.join(' và ')}, cụ thể như sau:`,
    ),
  ];
  if (overdue.length) {
    body.push(bodyParagraph(profile, [{ text: 'Các nhiệm vụ quá hạn:', bold: true }], 'group'));
    overdue.forEach((r, i) => body.push(bodyParagraph(profile, taskLine(r, i, today), 'task')));
  }
  if (soon.length) {
    body.push(bodyParagraph(profile, [{ text: 'Các nhiệm vụ sắp đến hạn:', bold: true }], 'group'));
    soon.forEach((r, i) => body.push(bodyParagraph(profile, taskLine(r, i, today), 'task')));
  }
  body.push(
    bodyParagraph(
      profile,
      `Đề nghị ${unit} khẩn trương tổ chức thực hiện, báo cáo kết quả bằng văn bản để tổng hợp, báo cáo lãnh đạo./.`,
      'closing',
    ),
  );
  return [
    ...withSubjectLine(layoutHeader(shell, 'notice', profile, width), 'V/v đôn đốc thực hiện kết luận', size - 1),
    ...body,
    ...layoutSignature(shell, 'notice', profile, width),
  ];
}
