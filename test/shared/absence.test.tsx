/** The reason of an absence is kept with the attendee and printed in the minutes as `(vắng: <lý do>)`. */
import { produce } from 'immer';
import { renderToStaticMarkup } from 'react-dom/server';
import { AttendeesSection } from '../../src/renderer/editor/AttendeesSection';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import { parseMeeting } from '../../src/shared/model/parse';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { seedMeeting } from '../fixtures/storage/helpers';

const absent = produce(seedMeeting(), (d) => {
  const m = d.attendeeGroups[0]!.members[0]!;
  if (m.kind !== 'person') throw new Error('seed changed');
  m.attendance = 'excused';
  m.absenceReason = 'đi công tác';
});
const absentee = absent.attendeeGroups[0]!.members[0]! as { name: string };

it.each([HD36_2018, ND30_2020])('the minutes in %s print the reason after the name', (profile) => {
  const text = layoutDocument(absent, 'minutes', profile).plainText;
  expect(text).toMatch(new RegExp(`${absentee.name}[^\\n]*\\(vắng: đi công tác\\)`));
  expect(text).not.toContain('vắng có lý do');
});

it('an older file without the field reads as no reason given', () => {
  const raw = JSON.parse(JSON.stringify(absent)) as { attendeeGroups: { members: Record<string, unknown>[] }[] };
  delete raw.attendeeGroups[0]!.members[0]!.absenceReason;
  const parsed = parseMeeting(raw);
  expect(parsed.ok && parsed.value.attendeeGroups[0]!.members[0]).toMatchObject({ absenceReason: '' });
  if (parsed.ok) expect(layoutDocument(parsed.value, 'minutes', HD36_2018).plainText).toContain('(vắng có lý do)');
});

it('the attendee editor asks for the reason once the person is marked absent', () => {
  const View = AttendeesSection.view;
  const html = renderToStaticMarkup(
    <View m={absent} edit={() => undefined} directory={[]} profiles={[HD36_2018, ND30_2020]} />,
  );
  expect(html).toContain('Lý do vắng (nhóm 1, người 1)');
  expect(html).toContain('value="đi công tác"');
  expect(
    renderToStaticMarkup(
      <View m={seedMeeting()} edit={() => undefined} directory={[]} profiles={[HD36_2018, ND30_2020]} />,
    ),
  ).not.toContain('Lý do vắng');
});
