/**
 * WordprocessingML that Word writes and LibreOffice does not: packages built part by part here.
 * Numbering inherited through a `basedOn` chain and linked to a level by its style, tracked
 * changes, fields, a TCVN3 font given by the style, and hostile or damaged parts.
 */
import { describe, expect, it } from 'vitest';
import { paragraphsOf, readDocx } from '../../../src/backend/import/readDocx';
import { zipParts } from '../../../src/backend/zip/writer';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const THEME = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme>
  <a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont>
 </a:fontScheme></a:themeElements></a:theme>`;

function docx(body: string, styles = '', numbering = ''): Uint8Array {
  const parts: [string, string][] = [
    [
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ],
    [
      'word/_rels/document.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/theme" Target="theme/theme1.xml"/></Relationships>`,
    ],
    ['word/document.xml', `<w:document ${W}><w:body>${body}</w:body></w:document>`],
    ['word/styles.xml', `<w:styles ${W}>${styles}</w:styles>`],
    ['word/numbering.xml', `<w:numbering ${W}>${numbering}</w:numbering>`],
    ['word/theme/theme1.xml', THEME],
  ];
  return zipParts(parts, new Date(2024, 0, 1));
}

const para = (text: string, pPr = '', rPr = '') =>
  `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const style = (id: string, basedOn: string | null, pPr = '', rPr = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}">${basedOn ? `<w:basedOn w:val="${basedOn}"/>` : ''}<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
const numPr = (numId: number, ilvl?: number) =>
  `<w:numPr>${ilvl !== undefined ? `<w:ilvl w:val="${ilvl}"/>` : ''}<w:numId w:val="${numId}"/></w:numPr>`;
const OUTLINE = `<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:pStyle w:val="Muc"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:pStyle w:val="Tieumuc"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
 </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

const lines = async (bytes: Uint8Array) =>
  paragraphsOf((await readDocx(bytes)).body).map((p) => (p.numbering ? `${p.numbering.label} ${p.text}` : p.text));

describe('numbering from styles', () => {
  it('is inherited through basedOn; a style naming no level takes the level linked to it', async () => {
    const styles =
      style('Muc', null, numPr(1)) +
      style('Tieumuc', null, numPr(1)) +
      style('Diem', 'DiemGoc') +
      style('DiemGoc', null, numPr(1, 2)) +
      style('MucDam', 'Muc', '', '<w:b/>');
    const body =
      para('Đánh giá chung', '<w:pStyle w:val="MucDam"/>') +
      para('Kinh tế', '<w:pStyle w:val="Tieumuc"/>') +
      para('Thu ngân sách', '<w:pStyle w:val="Diem"/>') +
      para('Chi ngân sách', '<w:pStyle w:val="Diem"/>') +
      para('Không đánh số', `<w:pStyle w:val="Diem"/>${numPr(0)}`) +
      para('Nhiệm vụ', '<w:pStyle w:val="Muc"/>') +
      para('Xã hội', '<w:pStyle w:val="Tieumuc"/>');
    expect(await lines(docx(body, styles, OUTLINE))).toEqual([
      'I. Đánh giá chung',
      '1. Kinh tế',
      'a) Thu ngân sách',
      'b) Chi ngân sách',
      'Không đánh số',
      'II. Nhiệm vụ',
      '1. Xã hội',
    ]);
  });
});

describe('what a reader sees of a run', () => {
  it('tracked insertions are read, deletions and field codes are not; tabs and breaks are kept', async () => {
    const body =
      '<w:p><w:r><w:t>Kính gửi:</w:t></w:r><w:r><w:tab/><w:t>Ban Thường vụ</w:t></w:r>' +
      '<w:del><w:r><w:delText> Quận ủy cũ</w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t> Quận ủy</w:t></w:r></w:ins><w:r><w:br/><w:t>trang </w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:hyperlink r:id="x"><w:r><w:t>, xem thêm</w:t></w:r></w:hyperlink></w:p>';
    expect(await lines(docx(body))).toEqual(['Kính gửi:\tBan Thường vụ Quận ủy\ntrang 3, xem thêm']);
  });

  it('the font of a run is the one Word draws Vietnamese letters with (hAnsi), not the complex-script one', async () => {
    const body =
      '<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime" w:cs="Times New Roman"/></w:rPr><w:t>Hµ Néi</w:t></w:r></w:p>' +
      '<w:p><w:r><w:rPr><w:rFonts w:cs=".VnTime" w:hAnsi="Arial"/></w:rPr><w:t>Hµ Néi</w:t></w:r></w:p>' +
      // The run changes only the ASCII font: Vietnamese letters keep the style's .VnTime.
      '<w:p><w:pPr><w:pStyle w:val="Legacy"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr><w:t>Hµ Néi</w:t></w:r></w:p>';
    const styles = style('Legacy', null, '', '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>');
    expect(await lines(docx(body, styles))).toEqual(['Hà Nội', 'Hµ Néi', 'Hà Nội']);
  });

  it("a theme font (Word's default Calibri) wins over an inherited TCVN3 name: Unicode text stays as typed", async () => {
    const styles = style('Legacy', null, '', '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>');
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Legacy"/></w:pPr><w:r><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr><w:t>Hà Nội</w:t></w:r></w:p>' +
      '<w:p><w:r><w:rPr><w:rFonts w:hAnsi=".VnTime" w:hAnsiTheme="majorHAnsi"/></w:rPr><w:t>Hà Nội</w:t></w:r></w:p>';
    const paragraphs = paragraphsOf((await readDocx(docx(body, styles))).body);
    expect(paragraphs.map((p) => [p.text, p.runs[0]!.font])).toEqual([
      ['Hà Nội', 'Calibri'],
      ['Hà Nội', 'Cambria'],
    ]);
  });

  it('hidden text is not read; all-caps formatting reads as the capitals on the page', async () => {
    const styles = style('Coquan', null, '', '<w:caps/>');
    const body =
      para('đảng cộng sản việt nam', '<w:pStyle w:val="Coquan"/>') +
      '<w:p><w:r><w:t>Số: 15</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> (ghi chú ẩn)</w:t></w:r>' +
      '<w:r><w:t>/TB-UBND</w:t></w:r></w:p>' +
      para('bình thường', '<w:pStyle w:val="Coquan"/>', '<w:caps w:val="0"/>');
    expect(await lines(docx(body, styles))).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 15/TB-UBND', 'bình thường']);
  });

  it('a TCVN3 font given by the paragraph style decodes the run, its soft hyphen element included', async () => {
    const styles = style('Legacy', null, '', '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/><w:sz w:val="28"/>');
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Legacy"/></w:pPr><w:r><w:t>tr</w:t></w:r><w:r><w:softHyphen/></w:r>' +
      '<w:r><w:t>êng häc</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t> (Unicode)</w:t></w:r></w:p>';
    const [p] = paragraphsOf((await readDocx(docx(body, styles))).body);
    expect(p!.text).toBe('trường học (Unicode)');
    expect(p!.runs).toMatchObject([
      { text: 'trường học', font: '.VnTime', sizePt: 14 },
      { text: ' (Unicode)', font: 'Times New Roman', sizePt: 14 },
    ]);
  });
});

describe('text boxes', () => {
  it('a box Word writes twice (DrawingML and its VML fallback) is read once, after its paragraph', async () => {
    const box = (text: string) => `<w:txbxContent>${para(text)}</w:txbxContent>`;
    const body =
      '<w:p><w:r><w:t>Trước hộp</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      `<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="wp"><a:graphic xmlns:a="a"><a:graphicData><wps:wsp xmlns:wps="wps"><wps:txbx>${box('Trong hộp')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape xmlns:v="v"><v:textbox>${box('Trong hộp')}</v:textbox></v:shape></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r></w:p>' +
      para('Sau hộp');
    const content = await readDocx(docx(body));
    expect(content.body.map((b) => b.kind)).toEqual(['paragraph', 'textBox', 'paragraph']);
    expect(await lines(docx(body))).toEqual(['Trước hộp', 'Trong hộp', 'Sau hộp']);
  });
});

describe('damaged and hostile parts', () => {
  it('tables nested beyond any real document are refused in Vietnamese, not with a stack overflow', async () => {
    const depth = 200;
    const body = '<w:tbl><w:tr><w:tc>'.repeat(depth) + para('x') + '</w:tc></w:tr></w:tbl>'.repeat(depth);
    await expect(readDocx(docx(body))).rejects.toThrow(
      'Tệp Word bị hỏng: phần word/document.xml không đọc được (các thành phần lồng nhau quá sâu).',
    );
  });

  it('a table nested ten deep is read', async () => {
    const depth = 10;
    const body = '<w:tbl><w:tr><w:tc>'.repeat(depth) + para('trong cùng') + '</w:tc></w:tr></w:tbl>'.repeat(depth);
    expect(await lines(docx(body))).toEqual(['trong cùng']);
  });

  it('a package without a document part is refused in Vietnamese', async () => {
    const bytes = zipParts([['word/styles.xml', `<w:styles ${W}/>`]], new Date(2024, 0, 1));
    await expect(readDocx(bytes)).rejects.toThrow(/^Tệp không có nội dung văn bản Word \(thiếu word\/document\.xml\)/);
  });
});
