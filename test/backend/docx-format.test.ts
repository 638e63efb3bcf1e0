import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/backend/export/docxWriter';
import { renderDocx } from '../../src/backend/export/renderDocx';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import type { LayoutBlock } from '../../src/shared/layout/types';
import type { Meeting } from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import type { FormatProfile } from '../../src/shared/profile/schema';
import {
  all,
  attr,
  bodyElements,
  child,
  paragraphInfo,
  readDocx,
  rewriteDocx,
  tagOf,
  textOf,
  xmlProblems,
} from '../helpers/docx';
import { checkOfficialDocx } from '../helpers/officialChecks';
import { EXAMPLE_CASES, stateMeeting } from './docx-fixtures';

const CASES = EXAMPLE_CASES;
const PROFILES = [ND30_2020, HD36_2018] as const;
const KINDS = ['notice', 'minutes'] as const;

type Rendered = { bytes: Uint8Array; meeting: Meeting; profile: FormatProfile; kind: 'notice' | 'minutes' };
const rendered = new Map<string, Rendered>();
const key = (c: string, p: string, k: string) => `${c}|${p}|${k}`;

beforeAll(async () => {
  for (const [name, load] of CASES)
    for (const profile of PROFILES)
      for (const kind of KINDS) {
        const meeting = load();
        const { bytes } = await renderDocx(meeting, kind, profile);
        rendered.set(key(name, profile.id, kind), { bytes, meeting, profile, kind });
      }
});

const get = (c: string, p: FormatProfile, k: 'notice' | 'minutes') => rendered.get(key(c, p.id, k))!;

describe.each(CASES.map(([n]) => n))('%s', (name) => {
  it.each(PROFILES.flatMap((p) => KINDS.map((k) => [p.id, k, p] as const)))(
    '%s %s: checkOfficialDocx finds nothing',
    (_id, kind, profile) => {
      const r = get(name, profile, kind);
      expect(checkOfficialDocx(r.bytes, { kind, profile, meeting: r.meeting })).toEqual([]);
    },
  );
});

describe('specific XML of the seed notice (HD36)', () => {
  let doc: string;
  let styles: string;
  beforeAll(() => {
    const parts = readDocx(get('seed (Long Biên)', HD36_2018, 'notice').bytes);
    expect(xmlProblems(parts)).toEqual([]);
    doc = parts.document;
    styles = parts.styles;
  });

  it('A4 exactly, margins 20/20/30/15 mm, title page', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
    expect(doc).toContain('<w:titlePg/>');
  });

  it('Times New Roman in every slot and vi-VN in the document defaults', () => {
    const defaults = styles.slice(styles.indexOf('<w:docDefaults>'), styles.indexOf('</w:docDefaults>'));
    expect(defaults).toMatch(/w:ascii="Times New Roman"/);
    expect(defaults).toMatch(/w:hAnsi="Times New Roman"/);
    expect(defaults).toMatch(/w:cs="Times New Roman"/);
    expect(defaults).toMatch(/w:eastAsia="Times New Roman"/);
    expect(defaults).toMatch(/<w:lang w:val="vi-VN"/);
  });

  it('the header block is the first body element, the body never ends with a table', () => {
    const els = bodyElements(doc).filter((e) => tagOf(e) !== 'w:sectPr');
    expect(tagOf(els[0]!)).toBe('w:tbl');
    expect(tagOf(els[els.length - 1]!)).toBe('w:p');
    const firstTable = els[0]!;
    expect(textOf(firstTable)).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(textOf(firstTable)).toContain('BAN TỔ CHỨC');
  });

  it('Party title 15 pt bold, number 14 pt without colon, date italic', () => {
    const ps = all(bodyElements(doc), 'w:p').map(paragraphInfo);
    const title = ps.find((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM')!;
    expect(title.runs[0]).toMatchObject({ size: 30, bold: true });
    const num = ps.find((p) => p.text === 'Số 15-TB/BTCTU')!;
    expect(num.runs[0]).toMatchObject({ size: 28, bold: false });
    expect(ps.find((p) => p.text === 'Hà Nội, ngày 25 tháng 02 năm 2021')!.runs[0]).toMatchObject({
      italic: true,
      size: 28,
    });
  });

  it('tables are borderless with DXA widths in the grid and every cell', () => {
    for (const tbl of all(bodyElements(doc), 'w:tbl')) {
      const borders = child(child(tbl, 'w:tblPr'), 'w:tblBorders');
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])
        expect(attr(child(borders, `w:${side}`), 'w:val')).toBe('none');
      const grid = all(tbl, 'w:gridCol').map((g) => attr(g, 'w:w'));
      const cells = all(tbl, 'w:tcW').map((w) => [attr(w, 'w:w'), attr(w, 'w:type')]);
      expect(cells).toEqual(grid.map((g) => [g, 'dxa']));
    }
  });

  it('the page number header has a centred PAGE field at 14 pt; the first-page header is empty', () => {
    const parts = readDocx(get('seed (Long Biên)', HD36_2018, 'notice').bytes);
    const headers = Object.values(parts.headers);
    expect(headers).toHaveLength(2);
    const withPage = headers.filter((h) => /PAGE/.test(h));
    expect(withPage).toHaveLength(1);
    expect(withPage[0]).toMatch(/<w:jc w:val="center"\/>/);
    expect(withPage[0]).toMatch(/<w:sz w:val="28"\/>/);
    expect(headers.find((h) => !/PAGE/.test(h))).not.toMatch(/<w:t[ >]/);
  });
});

describe('the ND30 state notice', () => {
  it('`Số: 05/TB-UBND`, motto 13 pt bold, rules are bottom-bordered empty paragraphs', () => {
    const parts = readDocx(get('state (Gia Lâm)', ND30_2020, 'notice').bytes);
    const ps = all(bodyElements(parts.document), 'w:p').map(paragraphInfo);
    expect(ps.some((p) => p.text === 'Số: 05/TB-UBND')).toBe(true);
    expect(ps.find((p) => p.text === 'Độc lập - Tự do - Hạnh phúc')!.runs[0]).toMatchObject({ size: 26, bold: true });
    const rules = ps.filter((p) => p.borderBottom);
    expect(rules.length).toBe(3); // issuer, motto, summary
    for (const r of rules) {
      expect(r.text).toBe('');
      expect(attr(r.borderBottom, 'w:val')).toBe('single');
      expect(r.indLeft).toBeGreaterThan(0);
      expect(r.indLeft).toBe(r.indRight);
    }
  });
});

describe('rules', () => {
  const rulesOf = (bytes: Uint8Array) =>
    all(bodyElements(readDocx(bytes).document), 'w:p')
      .map(paragraphInfo)
      .filter((p) => p.borderBottom);

  it('are 0.75 pt hairlines 1 pt under a 1 pt empty line, as the layout decides', () => {
    const rules = rulesOf(get('state (Gia Lâm)', ND30_2020, 'notice').bytes);
    expect(rules).toHaveLength(3);
    for (const r of rules) {
      expect(attr(r.borderBottom, 'w:sz')).toBe('6');
      expect(attr(r.borderBottom, 'w:space')).toBe('1');
      expect(r.runs[0]?.size).toBe(2);
    }
  });

  it('take their thickness and gaps from the layout block, not from the writer', async () => {
    const layout = layoutDocument(stateMeeting(), 'notice', ND30_2020);
    const bolder = <B extends LayoutBlock>(b: B): B =>
      b.type === 'rule'
        ? { ...b, thicknessPt: 1.5, borderGapPt: 4, emptyLineSizePt: 2 }
        : b.type === 'columns'
          ? { ...b, columns: b.columns.map((c) => ({ ...c, blocks: c.blocks.map(bolder) })) }
          : b;
    const rules = rulesOf(await writeDocx({ ...layout, blocks: layout.blocks.map(bolder) }));
    expect(rules).toHaveLength(3);
    for (const r of rules) {
      expect(attr(r.borderBottom, 'w:sz')).toBe('12');
      expect(attr(r.borderBottom, 'w:space')).toBe('4');
      expect(r.runs[0]?.size).toBe(4);
    }
  });
});

describe('checkOfficialDocx catches broken files', () => {
  const base = () => get('state (Gia Lâm)', ND30_2020, 'notice');
  const check = (bytes: Uint8Array) =>
    checkOfficialDocx(bytes, { kind: 'notice', profile: ND30_2020, meeting: base().meeting });
  const broken = (path: string, edit: (x: string) => string) => check(rewriteDocx(base().bytes, path, edit));

  it.each([
    [
      'A4 rounded down to 11905',
      'word/document.xml',
      (x: string) => x.replace('w:w="11906"', 'w:w="11905"'),
      /Khổ giấy/,
    ],
    ['no titlePg', 'word/document.xml', (x: string) => x.replace('<w:titlePg/>', ''), /titlePg/],
    [
      'a run in Arial',
      'word/document.xml',
      (x: string) => x.replace('w:hAnsi="Times New Roman"', 'w:hAnsi="Arial"'),
      /Arial/,
    ],
    [
      'English language',
      'word/document.xml',
      (x: string) => x.replace('w:lang w:val="vi-VN"', 'w:lang w:val="en-US"'),
      /en-US/,
    ],
    [
      'a bordered table',
      'word/document.xml',
      (x: string) => x.replace(/<w:insideV w:val="none"/, '<w:insideV w:val="single"'),
      /insideV/,
    ],
    ['auto table layout', 'word/document.xml', (x: string) => x.replace('w:type="fixed"', 'w:type="autofit"'), /fixed/],
    [
      'cell width in percent',
      'word/document.xml',
      (x: string) => x.replace(/<w:tcW w:type="dxa"/, '<w:tcW w:type="pct"'),
      /DXA/,
    ],
    [
      'motto not bold',
      'word/document.xml',
      (x: string) => x.replace(/<w:b\/>((?:(?!<\/w:r>).)*Độc lập)/, '$1'),
      /Tiêu ngữ: phải in đậm/,
    ],
    [
      'number without leading zero',
      'word/document.xml',
      (x: string) => x.replace('Số: 05/TB-UBND', 'Số: 5/TB-UBND'),
      /Số văn bản/,
    ],
    [
      'closing mark twice',
      'word/document.xml',
      (x: string) => x.replace('Chủ tịch Ủy ban nhân dân huyện ghi nhận', 'Chủ tịch./. ghi nhận'),
      /đúng một lần/,
    ],
    ['broken XML', 'word/styles.xml', (x: string) => x.replace('</w:styles>', ''), /XML không hợp lệ/],
    [
      'page number on page 1',
      'word/document.xml',
      (x: string) => x.replace(/<w:headerReference w:type="first"[^>]*\/>/, ''),
      /trang 1/,
    ],
    [
      'recipient line without `;`',
      'word/document.xml',
      (x: string) => x.replace('Thường trực Huyện ủy (b/c);', 'Thường trực Huyện ủy (b/c)'),
      /kết thúc bằng ";"/,
    ],
    [
      'table last in the body',
      'word/document.xml',
      (x: string) => x.replace('</w:tbl><w:p/><w:sectPr', '</w:tbl><w:sectPr'),
      /phần tử cuối/,
    ],
  ])('%s', (_name, path, edit, expected) => {
    const problems = broken(path, edit);
    expect(problems.join('\n')).toMatch(expected);
  });

  it('a notice checked against the wrong profile is rejected', () => {
    const r = base();
    const problems = checkOfficialDocx(r.bytes, { kind: 'notice', profile: HD36_2018, meeting: r.meeting });
    expect(problems.join('\n')).toMatch(/ĐẢNG CỘNG SẢN VIỆT NAM/);
    expect(problems.join('\n')).toMatch(/Số 05-TB\/UBND/);
  });
});
