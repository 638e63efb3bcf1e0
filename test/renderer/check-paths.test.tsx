/**
 * Every field the checks name can be reached: the editor marks a control with the same
 * `data-field` path the check adapter (src/shared/check/facts.ts) gives, so "Đến mục này" never
 * lands nowhere. A schema change that renames a path fails here until both sides agree.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { AttendeesSection, ChairSection } from '../../src/renderer/editor/AttendeesSection';
import { ConclusionsSection } from '../../src/renderer/editor/ConclusionsSection';
import { DiscussionSection, ReportsSection } from '../../src/renderer/editor/ContentSections';
import { GeneralSection } from '../../src/renderer/editor/GeneralSection';
import { IssuanceSection } from '../../src/renderer/editor/IssuanceSection';
import { checkFormat } from '../../src/shared/check/formatMatch';
import { checkBeforeExport } from '../../src/shared/check/preExport';
import { Meeting } from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';

/** A meeting with every kind of gap: no number, date, signer names, end time; empty items of every list. */
const gappy = Meeting.parse({
  schemaVersion: 2,
  id: 'x',
  profile: { id: 'hd36-2018', version: 1 },
  issuer: { name: 'ỦY BAN NHÂN DÂN XÃ MINH PHÚ' },
  attendeeGroups: [
    {
      id: 'g',
      members: [
        { kind: 'person', id: 'p' },
        { kind: 'phrase', id: 'ph' },
      ],
    },
  ],
  reports: [{ id: 'r' }],
  discussion: [{ id: 'o' }],
  conclusions: { parts: [{ id: 'pt', items: [{ id: 'd', items: [{ id: 's' }] }] }] },
  notice: {
    signers: [{ position: 'CHÁNH VĂN PHÒNG' }],
    recipients: [{ text: 'Thường trực Thành ủy' }, { note: '(b/c)' }],
  },
});

function editorHtml(m: Meeting): string {
  const edit = () => undefined;
  const views = [
    <GeneralSection.view key="g" m={m} edit={edit} profiles={[HD36_2018, ND30_2020]} />,
    <AttendeesSection.view key="a" m={m} edit={edit} directory={[]} profiles={[HD36_2018, ND30_2020]} />,
    <ChairSection.view key="p" m={m} edit={edit} directory={[]} />,
    <ReportsSection.view key="r" m={m} edit={edit} />,
    <DiscussionSection.view key="d" m={m} edit={edit} />,
    <ConclusionsSection.view key="c" m={m} edit={edit} kind="notice" profiles={[HD36_2018, ND30_2020]} />,
    <IssuanceSection.view key="i" m={m} edit={edit} lists={[]} profiles={[HD36_2018, ND30_2020]} />,
  ];
  return renderToStaticMarkup(<>{views}</>);
}

it('every finding of both documents, and the format warning, names a field the editor marks', () => {
  const marked = new Set([...editorHtml(gappy).matchAll(/data-field="([^"]+)"/g)].map((x) => x[1]));
  const findings = [
    ...checkBeforeExport(gappy, 'notice'),
    ...checkBeforeExport(gappy, 'minutes'),
    checkFormat(gappy, HD36_2018)!,
  ];
  expect(findings.length).toBeGreaterThan(12);
  expect(findings.map((f) => f.path).filter((p) => !marked.has(p))).toEqual([]);
});

it('an empty attendee list still has somewhere to go', () => {
  const none = { ...gappy, attendeeGroups: [] };
  expect(editorHtml(none)).toContain('data-field="attendeeGroups"');
  expect(checkBeforeExport(none, 'notice').map((f) => f.path)).toContain('attendeeGroups');
});
