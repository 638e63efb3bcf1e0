/**
 * Version 1 files written by the editor's checks may hold two additive fields: an attendee's
 * absence reason and a carried task's origin. The migration to version 2 keeps both; an issued
 * record keeps the reason in the line it was issued with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import { outlineEntries } from '../../src/shared/model/meeting';
import { parseMeeting } from '../../src/shared/model/parse';
import { HD36_2018 } from '../../src/shared/profile/builtin';

type Raw = {
  attendeeGroups: { members: Record<string, unknown>[] }[];
  conclusions: { directives: Record<string, unknown>[] };
  minutes: { status: string };
};

function v1WithAdditiveFields(): Raw {
  const raw = JSON.parse(
    readFileSync(join(__dirname, '..', 'fixtures', 'v1', 'long-bien-2021-02-23.json'), 'utf8'),
  ) as Raw;
  Object.assign(raw.attendeeGroups[0]!.members[1]!, { attendance: 'excused', absenceReason: 'đi công tác' });
  raw.conclusions.directives[0]!.carriedFrom = { meetingId: 'phien-truoc', date: '2021-01-15' };
  return raw;
}

function migrate(raw: unknown) {
  const r = parseMeeting(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

it('a draft keeps the absence reason and the carried task’s origin', () => {
  const m = migrate(v1WithAdditiveFields());
  expect(m.attendeeGroups[0]!.members[1]).toMatchObject({ attendance: 'excused', absenceReason: 'đi công tác' });
  const carried = outlineEntries(m.conclusions).find((e) => e.id === 'd-quy-che');
  expect(carried?.task.carriedFrom).toEqual({ meetingId: 'phien-truoc', date: '2021-01-15' });
  expect(outlineEntries(m.conclusions).filter((e) => e.task.carriedFrom)).toHaveLength(1);
  const minutes = layoutDocument(m, 'minutes', HD36_2018).plainText;
  expect(minutes).toMatch(/Nguyễn Thanh Minh[^\n]*\(vắng: đi công tác\)/);
  // Follow-up data only: neither document says where a task came from.
  expect(layoutDocument(m, 'notice', HD36_2018).plainText).not.toContain('phien-truoc');
});

it('an issued record keeps the reason in the line it was issued with', () => {
  const raw = v1WithAdditiveFields();
  raw.minutes.status = 'issued';
  const m = migrate(raw);
  const member = m.attendeeGroups[0]!.members[1]!;
  expect(member.kind === 'person' && member.minutesLine).toMatch(/Nguyễn Thanh Minh.*\(vắng: đi công tác\)$/);
  expect(member).toMatchObject({ absenceReason: 'đi công tác' });
});
