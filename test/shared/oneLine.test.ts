/** Tabs and line breaks pasted into one-line fields print as one space, in the layout and in the Word file. */
import { produce } from 'immer';
import { renderDocx } from '../../src/backend/export/renderDocx';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import { foldOneLine } from '../../src/shared/layout/oneLine';
import { HD36_2018 } from '../../src/shared/profile/builtin';
import { seedMeeting } from '../fixtures/storage/helpers';
import { strFromU8, unzipSync } from 'fflate';

const pasted = produce(seedMeeting(), (d) => {
  d.presiding.name = 'Vũ Đức\t\tBảo';
  d.issuer.name = 'BAN TỔ\tCHỨC';
  d.notice.number = '15\t';
  d.notice.signers = d.minutes.signers = [
    {
      heading: '',
      authority: 'TL',
      authorityOf: 'BAN THƯỜNG VỤ',
      position: 'CHÁNH\r\nVĂN PHÒNG',
      name: 'Trần Văn\tNam',
    },
  ];
  const first = d.attendeeGroups[0]!.members[0]!;
  if (first.kind === 'person') first.position = 'Phó Trưởng Ban\t \tThường trực';
});

it('folds every run of tabs and line breaks to one space', () => {
  expect(foldOneLine('Vũ Đức\t\tBảo')).toBe('Vũ Đức Bảo');
  expect(foldOneLine('CHÁNH \r\n VĂN PHÒNG')).toBe('CHÁNH VĂN PHÒNG');
  expect(foldOneLine('Nguyễn Văn A')).toBe('Nguyễn Văn A');
});

it.each(['notice', 'minutes'] as const)(
  'the %s prints pasted one-line fields without a tab or a break',
  async (kind) => {
    const layout = layoutDocument(pasted, kind, HD36_2018);
    expect(layout.plainText).not.toMatch(/\t/);
    expect(layout.plainText).toContain('Trần Văn Nam');
    if (kind === 'notice') expect(layout.plainText).toContain('Vũ Đức Bảo');
    const { bytes } = await renderDocx(pasted, kind, HD36_2018);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).not.toContain('<w:tab/>');
    expect(xml).not.toMatch(/\t/);
    // What was typed is kept: only the printed copy is folded.
    expect(pasted.presiding.name).toBe('Vũ Đức\t\tBảo');
  },
);

it('an issuing body name keeps the line breaks the secretary typed (they are where it breaks), tabs folded', () => {
  const typed = produce(seedMeeting(), (d) => {
    d.issuer.parentBody = '';
    d.issuer.name = 'ỦY BAN\tNHÂN DÂN\nXÃ MINH PHÚ';
  });
  const lines = layoutDocument(typed, 'notice', HD36_2018).plainText.split('\n');
  expect(lines).toContain('ỦY BAN NHÂN DÂN');
  expect(lines).toContain('XÃ MINH PHÚ');
});
