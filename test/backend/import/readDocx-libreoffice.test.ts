/**
 * Documents made by another tool: each is written here as a flat OpenDocument text (.fodt) and
 * turned into a .docx by LibreOffice, then read back with the labels and text a person sees.
 * Automatic numbering at several levels, a list driven by a paragraph style, layout and grid
 * tables, headers and footers, TCVN3 / VNI runs, NFD text; a .doc made the same way is refused.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsOf, readDocx, readDocxFile } from '../../../src/backend/import/readDocx';
import type { DocxContent, DocxTable } from '../../../src/backend/import/types';
import { fodt } from '../../helpers/fodt';

const run = promisify(execFile);

const OUTLINE_STYLE = `<text:list-style style:name="Outline">
  <text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix="."/>
  <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-number text:level="3" style:num-format="a" style:num-suffix=")"/>
  <text:list-level-style-bullet text:level="4" text:bullet-char="-"/>
 </text:list-style>
 <text:list-style style:name="Legal">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/>
 </text:list-style>`;

const p = (text: string, style = 'Standard') => `<text:p text:style-name="${style}">${text}</text:p>`;
const item = (text: string, nested = '') => `<text:list-item>${p(text)}${nested}</text:list-item>`;
const h = (level: number, text: string, style = `Heading_20_${level}`) =>
  `<text:h text:style-name="${style}" text:outline-level="${level}">${text}</text:h>`;
const list = (style: string | null, ...items: string[]) =>
  `<text:list${style ? ` text:style-name="${style}"` : ''}>${items.join('')}</text:list>`;

const DOCUMENTS: Record<string, string> = {
  outline: fodt(
    p('Thường trực Quận ủy kết luận như sau:') +
      list(
        'Outline',
        item(
          'Đánh giá chung',
          list(
            null,
            item('Về kinh tế'),
            item('Về xã hội', list(null, item('Giáo dục'), item('Y tế', list(null, item('Khám chữa bệnh'))))),
          ),
        ),
        item('Nhiệm vụ năm 2021', list(null, item('Giải phóng mặt bằng'))),
      ) +
      list('Legal', item('Quy định chung', list(null, item('Phạm vi'), item('Đối tượng'))), item('Tổ chức thực hiện')),
    OUTLINE_STYLE,
  ),
  // Word's way of numbering headings: the number comes from the paragraph style, not the paragraph.
  styleList: fodt(
    h(1, 'Đánh giá chung') +
      h(2, 'Về kinh tế') +
      h(2, 'Về xã hội') +
      h(1, 'Nhiệm vụ', 'Unnumbered') +
      h(2, 'Giải phóng mặt bằng'),
    `<text:outline-style style:name="Outline">
      <text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/>
      <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."/>
     </text:outline-style>
     <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"/>
     <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"/>
     <style:style style:name="Unnumbered" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:text-properties fo:font-weight="bold"/></style:style>`,
  ),
  tables: fodt(
    `<table:table table:name="Header"><table:table-column table:number-columns-repeated="2"/>
      <table:table-row><table:table-cell table:style-name="Bare">${p('QUẬN ỦY LONG BIÊN', 'Centre')}${p('*', 'Centre')}</table:table-cell>
       <table:table-cell table:style-name="Bare">${p('<text:span text:style-name="Bold">ĐẢNG CỘNG SẢN VIỆT NAM</text:span>', 'Centre')}</table:table-cell></table:table-row>
     </table:table>` +
      p('Danh sách đại biểu') +
      `<table:table table:name="Grid"><table:table-column table:number-columns-repeated="2"/>
      <table:table-row><table:table-cell table:style-name="Grid">${p('Họ và tên')}</table:table-cell><table:table-cell table:style-name="Grid">${p('Chức vụ')}</table:table-cell></table:table-row>
      <table:table-row><table:table-cell table:style-name="Grid">${p('Nguyễn Văn An')}</table:table-cell><table:table-cell table:style-name="Grid">${p('Bí thư')}</table:table-cell></table:table-row>
     </table:table>`,
  ),
  tcvn3: fodt(
    p('<text:span text:style-name="TCVN3">Céng hoµ x· héi chñ nghÜa ViÖt Nam</text:span>', 'Centre') +
      p('<text:span text:style-name="TCVN3">§éc lËp - Tù do - H¹nh phóc</text:span>', 'Centre') +
      p('<text:span text:style-name="TCVN3H">th«ng b¸o kÕt luËn</text:span>', 'Centre') +
      p('<text:span text:style-name="TCVN3">Tæ chøc thùc hiÖn tr\u00adêng häc, ®¶m b¶o tiÕn ®é.</text:span>'),
  ),
  mixed: fodt(
    p(
      'Ý kiến của <text:span text:style-name="TCVN3">®ång chÝ NguyÔn V¨n An</text:span>, ' +
        '<text:span text:style-name="VNI">Tröôûng ban Toå chöùc</text:span>: nhất trí.',
    ) + p('Nội dung gõ theo NFD: Cộng hòa xã hội chủ nghĩa Việt Nam, Độc lập - Tự do - Hạnh phúc.'.normalize('NFD')),
  ),
};

let dir: string;
const read = new Map<string, DocxContent>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bienban-import-'));
  const files = await Promise.all(
    Object.entries(DOCUMENTS).map(async ([name, xml]) => {
      const path = join(dir, `${name}.fodt`);
      await writeFile(path, xml);
      return path;
    }),
  );
  const profile = `-env:UserInstallation=file://${join(dir, 'lo-profile')}`;
  const soffice = (format: string, inputs: string[]) =>
    run('soffice', [profile, '--headless', '--norestore', '--convert-to', format, '--outdir', dir, ...inputs], {
      timeout: 120_000,
    });
  await soffice('docx:MS Word 2007 XML', files);
  await soffice('doc:MS Word 97', [join(dir, 'tcvn3.fodt')]);
  for (const name of Object.keys(DOCUMENTS)) read.set(name, await readDocxFile(join(dir, `${name}.docx`)));
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** `label text` of each paragraph, as a person reads the page. */
const lines = (content: DocxContent) =>
  paragraphsOf(content.body).map((p) => (p.numbering ? `${p.numbering.label} ${p.text}` : p.text));

describe('numbering', () => {
  it('an outline on four levels reads I. / 1. / a) / -, restarting under each parent', () => {
    expect(lines(read.get('outline')!).slice(0, 10)).toEqual([
      'Thường trực Quận ủy kết luận như sau:',
      'I. Đánh giá chung',
      '1. Về kinh tế',
      '2. Về xã hội',
      'a) Giáo dục',
      'b) Y tế',
      '- Khám chữa bệnh',
      'II. Nhiệm vụ năm 2021',
      '1. Giải phóng mặt bằng',
      '1. Quy định chung',
    ]);
  });

  it('a level showing its parent reads 1.1., 1.2., and a new list starts at 1 again', () => {
    expect(lines(read.get('outline')!).slice(9)).toEqual([
      '1. Quy định chung',
      '1.1. Phạm vi',
      '1.2. Đối tượng',
      '2. Tổ chức thực hiện',
    ]);
  });

  it('headings numbered by their paragraph style read I. / 1.; a style based on one that turns numbering off (numId 0) has none', () => {
    const content = read.get('styleList')!;
    const paragraphs = paragraphsOf(content.body);
    expect(paragraphs[0]!.styleId).toBe('Heading1');
    // As LibreOffice itself draws the page: the unnumbered heading does not advance the list.
    expect(lines(content)).toEqual([
      'I. Đánh giá chung',
      '1. Về kinh tế',
      '2. Về xã hội',
      'Nhiệm vụ',
      '3. Giải phóng mặt bằng',
    ]);
  });
});

describe('tables, headers and footers', () => {
  it('a borderless header block is a layout table; a grid of names is not', () => {
    const tables = read.get('tables')!.body.filter((b): b is DocxTable => b.kind === 'table');
    expect(tables.map((t) => t.layout)).toEqual([true, false]);
    const cellText = (t: DocxTable) => t.rows.map((row) => row.map((c) => paragraphsOf(c.blocks).map((p) => p.text)));
    expect(cellText(tables[0]!)).toEqual([[['QUẬN ỦY LONG BIÊN', '*'], ['ĐẢNG CỘNG SẢN VIỆT NAM']]]);
    expect(cellText(tables[1]!)).toEqual([
      [['Họ và tên'], ['Chức vụ']],
      [['Nguyễn Văn An'], ['Bí thư']],
    ]);
    const motto = paragraphsOf([tables[0]!])[2]!;
    expect(motto.alignment).toBe('center');
    expect(motto.runs[0]!.bold).toBe(true);
  });

  it('the page header and footer are read', () => {
    const content = read.get('tables')!;
    expect(content.headers.flatMap((h) => paragraphsOf(h.blocks).map((p) => p.text))).toContain(
      'Đầu trang: Văn phòng Quận ủy',
    );
    expect(content.footers.flatMap((f) => paragraphsOf(f.blocks).map((p) => p.text))).toContain(
      'Chân trang: lưu hành nội bộ',
    );
  });
});

describe('legacy Vietnamese and NFD', () => {
  it('a TCVN3 document reads in Unicode, the H font in capitals, ư stored as a soft hyphen included', () => {
    expect(lines(read.get('tcvn3')!)).toEqual([
      'Cộng hoà xã hội chủ nghĩa Việt Nam',
      'Độc lập - Tự do - Hạnh phúc',
      'THÔNG BÁO KẾT LUẬN',
      'Tổ chức thực hiện trường học, đảm bảo tiến độ.',
    ]);
  });

  it('a paragraph mixing Unicode, TCVN3 and VNI runs converts each run by its font; NFD becomes NFC', () => {
    const [mixed, nfd] = paragraphsOf(read.get('mixed')!.body);
    expect(mixed!.text).toBe('Ý kiến của đồng chí Nguyễn Văn An, Trưởng ban Tổ chức: nhất trí.');
    expect(mixed!.runs.map((r) => r.font)).toEqual([
      'Times New Roman',
      '.VnTime',
      'Times New Roman',
      'VNI-Times',
      'Times New Roman',
    ]);
    expect(nfd!.text).toBe('Nội dung gõ theo NFD: Cộng hòa xã hội chủ nghĩa Việt Nam, Độc lập - Tự do - Hạnh phúc.');
  });
});

describe('files that are not .docx', () => {
  it('a Word 97-2003 .doc is refused with advice to save it as .docx', async () => {
    await expect(readDocx(await readFile(join(dir, 'tcvn3.doc')))).rejects.toThrow(
      /Word 97-2003 \(\.doc\).*Lưu Như \(Save As\) với kiểu tệp Tài liệu Word \(\*\.docx\)/,
    );
  });

  it('a text file or a broken zip is refused in Vietnamese', async () => {
    await expect(readDocx(Buffer.from('Biên bản họp'))).rejects.toThrow(
      /Không đọc được tệp Word: không phải tệp nén ZIP/,
    );
    const docx = await readFile(join(dir, 'mixed.docx'));
    await expect(readDocx(docx.subarray(0, docx.length - 30))).rejects.toThrow(/Không đọc được tệp Word/);
  });
});
