import { describeProblems, formatPath } from '../../src/shared/model/errors';
import { Meeting, meetingStatus, SCHEMA_VERSION } from '../../src/shared/model/meeting';
import { migrateMeeting } from '../../src/shared/model/migrate';
import { parseMeeting } from '../../src/shared/model/parse';

const minimal = { schemaVersion: 2, id: 'm-1', profile: { id: 'hd36-2018', version: 1 } };

function problemsOf(raw: unknown) {
  const r = parseMeeting(raw);
  if (r.ok) throw new Error('expected the meeting to be rejected');
  return r.problems;
}

function valueOf(raw: unknown): Meeting {
  const r = parseMeeting(raw);
  if (!r.ok) throw new Error(describeProblems(r.problems));
  return r.value;
}

describe('meeting defaults', () => {
  it('fills a minimal draft with empty facts rather than invented ones', () => {
    const m = valueOf(minimal);
    expect(m.kind).toBe('working_session');
    expect(m.date).toBe('');
    expect(m.presiding).toEqual({ name: '', position: '', unit: '', title: 'đồng chí' });
    expect(m.notice.number).toBe('');
    expect(m.notice.status).toBe('draft');
    expect(m.minutes.signers).toEqual([]);
    expect(m.conclusions).toEqual({ parts: [], after: '' });
    expect(meetingStatus(m)).toBe('draft');
  });

  it('fills defaults inside list items: present attendee, open directive without deadline', () => {
    const m = valueOf({
      ...minimal,
      attendeeGroups: [
        {
          id: 'g',
          members: [
            { kind: 'person', id: 'p', name: 'Trần Đình Cảnh' },
            { kind: 'phrase', id: 'q' },
          ],
        },
      ],
      conclusions: { parts: [{ id: 'p', items: [{ id: 'd', text: 'Rà soát công tác cán bộ.' }] }] },
    });
    const [person, phrase] = m.attendeeGroups[0]!.members;
    expect(person).toMatchObject({ kind: 'person', attendance: 'present', title: 'đồng chí', delegateName: '' });
    expect(phrase).toEqual({ kind: 'phrase', id: 'q', text: '' });
    expect(m.conclusions.parts[0]!.items[0]!.task).toEqual({
      lead: '',
      support: [],
      deadline: { kind: 'none' },
      status: 'open',
      printAssignment: false,
      assignment: null,
      doneOn: '',
      pauseReason: '',
      history: [],
    });
  });

  it('counts a meeting as issued once either document is issued', () => {
    expect(meetingStatus(valueOf({ ...minimal, minutes: { status: 'issued' } }))).toBe('issued');
  });

  it('parses its own output to the same value', () => {
    const m = valueOf({ ...minimal, host: 'Ban Thường vụ Quận ủy Long Biên', date: '2021-02-23' });
    expect(valueOf(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });
});

describe('meeting validation', () => {
  it('names every wrong field with its path and a Vietnamese message', () => {
    const problems = problemsOf({
      ...minimal,
      kind: 'party',
      date: '2021-02-30',
      startTime: '25:00',
      presiding: { name: 42 },
      tags: 'Long Biên',
      attendeeGroups: [{ id: 'g', members: [{ kind: 'person', id: 'p', attendance: 'invited' }] }],
      conclusions: {
        parts: [{ id: 'p', items: [{ id: 'd', task: { deadline: { kind: 'date', date: '31/12/2021' } } }] }],
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'kind', message: 'Giá trị không hợp lệ: chỉ nhận "working_session", "meeting", "conference".' },
        { path: 'date', message: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' },
        { path: 'startTime', message: 'Giờ phải có dạng HH:MM (00:00 đến 23:59).' },
        { path: 'presiding.name', message: 'Sai kiểu dữ liệu: cần chuỗi văn bản, nhận được số.' },
        { path: 'tags', message: 'Sai kiểu dữ liệu: cần danh sách, nhận được chuỗi văn bản.' },
        {
          path: 'attendeeGroups[0].members[0].attendance',
          message: expect.stringContaining('chỉ nhận "present", "excused", "absent", "delegate"'),
        },
        {
          path: 'conclusions.parts[0].items[0].task.deadline.date',
          message: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.',
        },
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('reports missing required fields', () => {
    expect(problemsOf({ schemaVersion: 2, profile: { id: '', version: 0 } })).toEqual([
      { path: 'id', message: 'Thiếu trường bắt buộc (cần chuỗi văn bản).' },
      { path: 'profile.id', message: 'Thiếu mã thể thức.' },
      { path: 'profile.version', message: 'Quá nhỏ: tối thiểu 1.' },
    ]);
  });

  it('rejects an unknown member kind at its path', () => {
    const problems = problemsOf({ ...minimal, attendeeGroups: [{ id: 'g', members: [{ kind: 'robot', id: 'x' }] }] });
    expect(problems.map((p) => p.path)).toEqual(['attendeeGroups[0].members[0].kind']);
    expect(problems[0]!.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  });

  it('rejects ids with spaces or diacritics and text beyond the ceiling', () => {
    expect(problemsOf({ ...minimal, id: 'có dấu', host: 'x'.repeat(2001) })).toEqual([
      { path: 'id', message: 'Mã định danh chỉ gồm chữ, số, "-" và "_".' },
      { path: 'host', message: 'Tối đa 2000 ký tự.' },
    ]);
  });

  it('reports a non-object document at the root', () => {
    expect(problemsOf(null)).toEqual([{ path: '(gốc)', message: 'Sai kiểu dữ liệu: cần đối tượng, nhận được null.' }]);
    expect(problemsOf([])).toEqual([
      { path: '(gốc)', message: 'Sai kiểu dữ liệu: cần đối tượng, nhận được danh sách.' },
    ]);
  });

  it('cleans text on the way in: NFD to NFC, forbidden characters dropped', () => {
    const m = valueOf({
      ...minimal,
      host: 'Ban Thường vụ Quận ủy Long Biên'.normalize('NFD'),
      subject: 'chương\u0000 trình\u000B',
    });
    expect(m.host).toBe('Ban Thường vụ Quận ủy Long Biên');
    expect(m.subject).toBe('chương trình');
  });

  it('formats paths and problem lists for people', () => {
    expect(formatPath(['attendeeGroups', 0, 'members', 2, 'name'])).toBe('attendeeGroups[0].members[2].name');
    expect(formatPath([])).toBe('(gốc)');
    expect(
      describeProblems([
        { path: 'date', message: 'A.' },
        { path: 'id', message: 'B.' },
      ]),
    ).toBe('date: A.\nid: B.');
  });
});

describe('schema versions', () => {
  it('migrates a v0 draft: `chair` becomes `presiding`, a bare profile id becomes a reference', () => {
    const v0 = {
      id: 'cu',
      profile: 'nd30-2020',
      chair: { name: 'Nguyễn Việt Hà', position: 'Chủ tịch UBND huyện' },
      host: 'Sở Giáo dục và Đào tạo',
    };
    const m = valueOf(v0);
    expect(m.schemaVersion).toBe(SCHEMA_VERSION);
    expect(m.profile).toEqual({ id: 'nd30-2020', version: 1 });
    expect(m.presiding).toMatchObject({ name: 'Nguyễn Việt Hà', position: 'Chủ tịch UBND huyện', title: 'đồng chí' });
    expect(m.host).toBe('Sở Giáo dục và Đào tạo');
    expect(m).not.toHaveProperty('chair');
  });

  it('keeps an explicit presiding over a legacy chair', () => {
    const m = valueOf({ id: 'cu', profile: 'hd36-2018', chair: { name: 'A' }, presiding: { name: 'B' } });
    expect(m.presiding.name).toBe('B');
  });

  it('does not touch the input object while migrating', () => {
    const v0 = { id: 'cu', profile: 'hd36-2018', chair: { name: 'A' } };
    const copy = structuredClone(v0);
    migrateMeeting(v0);
    expect(v0).toEqual(copy);
  });

  it('refuses a file from a newer app instead of dropping what it does not know', () => {
    expect(problemsOf({ ...minimal, schemaVersion: SCHEMA_VERSION + 1 })).toEqual([
      {
        path: 'schemaVersion',
        message: `Tệp được tạo bởi phiên bản Biên Bản mới hơn (schemaVersion ${SCHEMA_VERSION + 1}); hãy cập nhật ứng dụng để mở.`,
      },
    ]);
  });

  it('rejects a schemaVersion that is not a whole number', () => {
    expect(problemsOf({ ...minimal, schemaVersion: '1' }).map((p) => p.path)).toEqual(['schemaVersion']);
    expect(problemsOf({ ...minimal, schemaVersion: 0.5 }).map((p) => p.path)).toEqual(['schemaVersion']);
  });
});
