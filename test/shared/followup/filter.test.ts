/**
 * The follow-up table's filters agree with a plain reading of each row: the typed columns (state,
 * due day, year) and the search signatures only skip rows that cannot match, never one that does.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  byDueDate,
  type FollowupFilter,
  type FollowupRow,
  FollowupTable,
  TASK_STATES,
} from '../../../src/shared/followup';
import { foldVietnamese } from '../../../src/shared/text/vietnamese';

const WORDS = [
  'Phòng',
  'Tài chính',
  'Kiêu Kỵ',
  'đường',
  'trường học',
  'số 7',
  'GPMB',
  'hồ sơ',
  'Đa Tốn',
  'quý III',
  '2025',
];
const UNITS = ['Phòng Tài chính - Kế hoạch', 'UBND xã Đa Tốn', 'Công an huyện', 'Ban QLDA', 'Phòng Nội vụ'];
const PEOPLE = ['Nguyễn Việt Hà', 'Lê Thu Hà', 'Trần Đức Cường'];
const DAYS = ['', '2024-01-31', '2024-02-01', '2024-07-01', '2025-06-15', '2025-12-31', 'hằng quý'];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const row = fc.record({
  text,
  lead: fc.constantFrom(...UNITS),
  support: fc.array(fc.constantFrom(...UNITS), { maxLength: 2 }),
  dueDate: fc.constantFrom(...DAYS),
  state: fc.constantFrom(...TASK_STATES),
  number: fc.constantFrom('', '15-TB/QU', '245/TB-VPCP'),
  date: fc.constantFrom('2023-03-01', '2024-05-02', '2025-01-09', ''),
  presiding: fc.constantFrom(...PEOPLE),
  lastNote: fc.oneof(fc.constant(''), text),
});

type RawRow = typeof row extends fc.Arbitrary<infer T> ? T : never;

function rowOf(r: RawRow & { i: number }): FollowupRow {
  return {
    meetingId: `m${r.i}`,
    taskId: 't',
    text: r.text,
    lead: r.lead,
    support: r.support,
    deadline: r.dueDate,
    dueDate: r.dueDate,
    state: r.state,
    status: 'open',
    doneOn: '',
    pauseReason: '',
    extended: false,
    source: { number: r.number, date: r.date },
    sourceMeetingId: `m${r.i}`,
    meetingDate: r.date,
    presiding: r.presiding,
    lastNote: r.lastNote,
  };
}

/** The filter read plainly, row by row, as the screen describes it. */
function plainly(rows: readonly FollowupRow[], f: FollowupFilter): FollowupRow[] {
  const has = (hay: string, needle: string) => foldVietnamese(hay).includes(foldVietnamese(needle));
  return rows.filter((r) => {
    if (f.states?.length && !f.states.includes(r.state)) return false;
    if (f.unit && ![r.lead, ...r.support].some((u) => has(u, f.unit!))) return false;
    if (f.presiding && !has(r.presiding, f.presiding)) return false;
    if (f.year !== undefined && !r.source.date.startsWith(`${f.year}-`)) return false;
    if (f.dueFrom && !(r.dueDate && r.dueDate >= f.dueFrom)) return false;
    if (f.dueBefore && !(r.dueDate && r.dueDate < f.dueBefore)) return false;
    const words = foldVietnamese(f.search ?? '')
      .split(' ')
      .filter(Boolean);
    const all = [r.text, r.lead, ...r.support, r.source.number, r.lastNote].map(foldVietnamese).join('\n');
    return words.every((w) => all.includes(w));
  });
}

const filter: fc.Arbitrary<FollowupFilter> = fc.record(
  {
    unit: fc.constantFrom('tai chinh', 'ĐA TỐN', 'cong', 'x'),
    states: fc.subarray([...TASK_STATES], { minLength: 1 }),
    dueFrom: fc.constantFrom(...DAYS.filter(Boolean), '2024'),
    dueBefore: fc.constantFrom(...DAYS.filter(Boolean)),
    year: fc.constantFrom(2023, 2024, 2025),
    presiding: fc.constantFrom('ha', 'Lê Thu', 'cuong'),
    // Whole words, pieces of words, accents or not, a word no row has.
    search: fc.constantFrom('truong hoc', 'hoc so 7', 'ường', 'gpmb 2025', 'Kiêu', 'iii', 'ho so tai', 'zzz', '7', 'd'),
  },
  { requiredKeys: [] },
);

it('every filter returns exactly the rows a plain reading of each row returns, with the counts of those rows', () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 60 }), filter, (raw, f) => {
      const rows = raw.map((r, i) => rowOf({ ...r, i }));
      const table = new FollowupTable(rows);
      const want = plainly(rows, f);
      expect(table.filter(f)).toEqual(want);
      const { indices, counts } = table.query(f);
      expect(indices.map((i) => rows[i])).toEqual(want);
      const base = plainly(rows, { ...f, states: undefined });
      expect(counts.total).toBe(base.length);
      for (const s of TASK_STATES) expect(counts[s]).toBe(base.filter((r) => r.state === s).length);
    }),
    { numRuns: 400 },
  );
});

it('a search finds a task by any piece of its text, accents ignored (the signatures never hide one)', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạềểễếệ -/0123456789'),
        minLength: 1,
        maxLength: 80,
      }),
      fc.nat(),
      fc.nat(),
      (t, a, b) => {
        const folded = foldVietnamese(t);
        const from = a % (folded.length || 1);
        const piece = folded.slice(from, from + 1 + (b % 12)).trim();
        fc.pre(piece.length > 0);
        const table = new FollowupTable([
          rowOf({
            i: 0,
            text: t,
            lead: '',
            support: [],
            dueDate: '',
            state: 'not_due',
            number: '',
            date: '',
            presiding: '',
            lastNote: '',
          }),
        ]);
        expect(table.filter({ search: piece })).toHaveLength(1);
      },
    ),
    { numRuns: 500 },
  );
});

it('sorted on its columns, the table orders rows as byDueDate does: soonest due first, none last, ties kept in order', () => {
  const day = fc.oneof(
    fc.constantFrom(...DAYS, '1899-12-31', '2300-01-01', '2024-1-5'),
    fc
      .date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  );
  fc.assert(
    fc.property(fc.array(fc.record({ base: row, due: day, date: day }), { maxLength: 80 }), (raw) => {
      const rows = raw.map((r, i) => ({
        ...rowOf({ ...r.base, i }),
        dueDate: r.due,
        source: { number: '', date: r.date },
      }));
      const table = new FollowupTable(rows, 'by-due-date');
      expect(table.rows).toEqual(rows.slice().sort(byDueDate));
      // The columns moved with their rows: filters still read each row's own state and dates.
      for (const f of [{ states: ['overdue' as const] }, { dueBefore: '2025-06-15' }, { year: 2024 }])
        expect(table.filter(f)).toEqual(plainly(table.rows, f));
    }),
    { numRuns: 300 },
  );
});
