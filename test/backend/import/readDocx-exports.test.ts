/**
 * The app's own exports read back: both example meetings, both profiles, both documents. Every
 * paragraph of document.xml (found here by a separate parse) is read, in order, with its text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/backend/export/renderDocx';
import { paragraphsOf, readDocx } from '../../../src/backend/import/readDocx';
import type { DocxContent } from '../../../src/backend/import/types';
import { HD36_2018, ND30_2020 } from '../../../src/shared/profile/builtin';
import { all, parseXml, readDocx as unzipDocx, textOf } from '../../helpers/docx';
import { seedMeeting, stateMeeting } from '../docx-fixtures';

const CASES = [
  ['seed (Long Biên)', seedMeeting],
  ['state (Gia Lâm)', stateMeeting],
] as const;
const PROFILES = [HD36_2018, ND30_2020] as const;
const KINDS = ['notice', 'minutes'] as const;

const read = new Map<string, { content: DocxContent; documentXml: string }>();
const MATRIX = CASES.flatMap(([name, load]) =>
  PROFILES.flatMap((profile) => KINDS.map((kind) => [`${name} ${profile.id} ${kind}`, load, profile, kind] as const)),
);

beforeAll(async () => {
  for (const [label, load, profile, kind] of MATRIX) {
    const { bytes } = await renderDocx(load(), kind, profile);
    read.set(label, { content: await readDocx(bytes), documentXml: unzipDocx(bytes).document });
  }
});

describe.each(MATRIX.map(([label]) => label))('%s', (label) => {
  it('every paragraph of document.xml is read, in order, with its text', () => {
    const { content, documentXml } = read.get(label)!;
    const expected = all(parseXml(documentXml), 'w:p').map((p) => textOf(p).normalize('NFC'));
    // Tabs and line breaks are not w:t text: the reader gives them as \t and \n.
    const got = paragraphsOf(content.body).map((p) => p.text.replace(/[\t\n]/g, ''));
    expect(got).toEqual(expected);
    expect(got.join('').length).toBeGreaterThan(1000);
  });

  it("the header and signature blocks are layout tables, a notice's header with its number", () => {
    const { content } = read.get(label)!;
    const tables = content.body.filter((b) => b.kind === 'table');
    expect(content.body[0]!.kind).toBe('table');
    expect(tables.length).toBeGreaterThanOrEqual(2);
    expect(tables.every((t) => t.layout)).toBe(true);
    const headerText = content.body
      .slice(
        0,
        content.body.findIndex((b) => b.kind === 'paragraph'),
      )
      .flatMap((b) => paragraphsOf([b]).map((p) => p.text));
    expect(headerText.length).toBeGreaterThan(0);
    if (label.endsWith('notice')) expect(headerText.some((t) => /^Số:? \d+/.test(t))).toBe(true);
  });
});

it('the seed notice reads with its formatting: centred bold title, 14 pt justified body', () => {
  const { content } = read.get(`seed (Long Biên) ${HD36_2018.id} notice`)!;
  const paragraphs = paragraphsOf(content.body);
  const title = paragraphs.find((p) => p.text === 'THÔNG BÁO')!;
  expect(title.alignment).toBe('center');
  expect(title.runs[0]).toMatchObject({ bold: true, sizePt: 16, font: 'Times New Roman' });
  const opening = paragraphs.find((p) => p.text.startsWith('Ngày 23/02/2021'))!;
  expect(opening.alignment).toBe('justify');
  expect(opening.runs[0]).toMatchObject({ bold: false, sizePt: 14 });
  expect(paragraphs.some((p) => p.text === 'Hà Nội, ngày 25 tháng 02 năm 2021')).toBe(true);
});
