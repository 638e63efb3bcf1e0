/** Data for scenarios and benchmarks, created through the real backend so the storage format never leaks here. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_TASK, type Meeting } from '../../src/shared/model/meeting';
import { parseMeeting } from '../../src/shared/model/parse';
import { ROOT, type App } from './harness';

export const EXAMPLE_PATH = join(ROOT, 'resources', 'examples', 'long-bien-2021-02-23.json');

/** The canonical seed session as captured by the team (resources/examples). */
export function loadSeedMeeting(): Meeting {
  // Through the schema, so fields added with a default since the file was written are filled in as the app fills them.
  const parsed = parseMeeting(JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8')));
  if (!parsed.ok) throw new Error(`seed meeting does not validate: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** A meeting whose documents run to roughly `pages` A4 pages: long reports, many directives. */
export function growMeeting(base: Meeting, pages: number): Meeting {
  const sentence =
    'Tiếp tục rà soát, bổ sung quy hoạch cán bộ sau Đại hội, bầu cử đại biểu Hội đồng nhân dân các cấp; siết chặt kỷ luật, kỷ cương hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp. ';
  const paragraph = (label: string, i: number) => `${label} ${i + 1}: ${sentence.repeat(4)}`;
  // About 3.4 such paragraphs (with their "Giao ... chủ trì" lines) fill a page at 14 pt; the notice
  // carries the assessment and the directives, the minutes also the report.
  const n = Math.round(pages * 3.4);
  return {
    ...base,
    // Several reports: one text field holds at most LIMITS.longText characters (about 100 such paragraphs).
    reports: [
      ...base.reports,
      ...Array.from({ length: Math.ceil(n / 50) }, (_, r) => ({
        id: `bench-report-${r}`,
        title: `kết quả công tác năm 2020, phần ${r + 1}`,
        presenter: 'Ban Thường vụ Quận ủy',
        text: Array.from({ length: Math.min(50, n - r * 50) }, (_, i) => paragraph('Báo cáo đoạn', r * 50 + i)).join(
          '\n',
        ),
      })),
    ],
    conclusions: {
      ...base.conclusions,
      // A few long assessment paragraphs (one text field); the bulk goes into separate directives.
      parts: [
        ...base.conclusions.parts,
        {
          id: 'bench-part',
          heading: '',
          text: Array.from({ length: 10 }, (_, i) => paragraph('Đánh giá', i)).join('\n'),
          items: Array.from({ length: n - 10 }, (_, i) => ({
            id: `bench-d${i}`,
            text: paragraph('Nhiệm vụ', i),
            items: [],
            task: {
              ...EMPTY_TASK,
              lead: 'Văn phòng Quận ủy',
              support: ['Phòng Nội vụ'],
              deadline: { kind: 'none' as const },
              status: 'open' as const,
              printAssignment: true,
              assignment: null,
            },
          })),
        },
      ],
    },
  };
}

/** Create a meeting through the backend and store `patch` over it. */
export async function createMeeting(
  app: App,
  patch: (m: Meeting) => Meeting,
  reason: 'auto' | 'explicit' = 'explicit',
): Promise<Meeting> {
  const created = await app.call<Meeting>('library:create', {});
  const meeting = patch(created);
  await app.call('meeting:save', { meeting, reason });
  return meeting;
}

const HOSTS = [
  'Ban Thường vụ Quận ủy Long Biên',
  'Ủy ban nhân dân quận Hoàn Kiếm',
  'Đảng ủy phường Ngọc Thụy',
  'Sở Nội vụ',
];
const SUBJECTS = ['chương trình công tác năm', 'tiến độ giải phóng mặt bằng', 'công tác cán bộ', 'cải cách hành chính'];

/** `count` varied meetings (dates over several years), for the library benchmark. */
export async function fillLibrary(app: App, count: number): Promise<void> {
  // A few saves in flight at once: each is one small file, and fsync waits dominate.
  const BATCH = 8;
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => fillOne(app, start + k));
    await Promise.all(batch);
  }
}

async function fillOne(app: App, i: number): Promise<void> {
  const year = 2015 + (i % 11);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  await createMeeting(
    app,
    (m) => ({
      ...m,
      host: HOSTS[i % HOSTS.length]!,
      subject: `${SUBJECTS[i % SUBJECTS.length]} ${year} (số ${i + 1})`,
      date: `${year}-${month}-${day}`,
      presiding: { ...m.presiding, name: `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}`, position: 'Bí thư' },
    }),
    'auto',
  );
}
