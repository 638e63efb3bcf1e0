import type { LayoutPage, LayoutParagraph } from '../../src/shared/layout/types';
import { rule } from '../../src/shared/layout/runs';
import {
  columnsStyle,
  fontStack,
  lineHeightPt,
  pageBoxStyle,
  paragraphStyle,
  ruleStyle,
  runStyle,
} from '../../src/renderer/preview/styles';
import { blockKeys } from '../../src/renderer/preview/blockKeys';
import { paragraphLineBottoms } from '../../src/renderer/preview/measure';

const body: LayoutParagraph = {
  type: 'paragraph',
  align: 'justify',
  runs: [{ text: 'Năm 2020, Quận ủy Long Biên đã thực hiện tốt công tác xây dựng đảng.', sizePt: 14 }],
  firstLineIndentTwip: 720,
  spacingAfterPt: 6,
  lineSpacing: 1.15,
};

describe('run style', () => {
  it('maps size, bold, italic, underline and no-wrap', () => {
    expect(runStyle({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', sizePt: 12, bold: true, noWrap: true })).toEqual({
      fontSize: '12pt',
      fontWeight: 700,
      fontStyle: 'normal',
      whiteSpace: 'nowrap',
    });
    expect(runStyle({ text: 'Nơi nhận:', sizePt: 12, bold: true, italic: true, underline: true })).toMatchObject({
      fontWeight: 700,
      fontStyle: 'italic',
      textDecoration: 'underline',
    });
    expect(runStyle({ text: 'x', sizePt: 14 }).whiteSpace).toBeUndefined();
  });
});

describe('paragraph style', () => {
  it('justifies body text with a first-line indent and Word-like spacing', () => {
    const s = paragraphStyle(body, 14);
    expect(s.textAlign).toBe('justify');
    expect(s.textIndent).toBe('36pt');
    expect(s.paddingBottom).toBe('6pt');
    expect(s.paddingTop).toBe('0pt');
    // 1.15 x single spacing of Times New Roman (1.149 em) at 14 pt.
    expect(parseFloat(String(s.lineHeight))).toBeCloseTo(14 * 1.149 * 1.15, 2);
  });

  it('uses the largest run for the line height and the body size for an empty line', () => {
    const mixed: LayoutParagraph = {
      type: 'paragraph',
      align: 'center',
      runs: [
        { text: 'a', sizePt: 12 },
        { text: 'B', sizePt: 16 },
      ],
    };
    expect(paragraphStyle(mixed, 14).fontSize).toBe('16pt');
    const empty: LayoutParagraph = { type: 'paragraph', align: 'left', runs: [] };
    expect(paragraphStyle(empty, 14).lineHeight).toBe(`${Math.round(lineHeightPt(14) * 1000) / 1000}pt`);
    expect(paragraphStyle({ ...empty, indentLeftTwip: 567 }, 14).paddingLeft).toBe('28.35pt');
  });
});

describe('rules, columns, pages', () => {
  it('draws a centred rule of the exact width', () => {
    expect(ruleStyle(rule(2400, 'issuer-rule'))).toMatchObject({
      width: '120pt',
      marginLeft: 'auto',
      marginRight: 'auto',
    });
  });

  it('draws the rule thickness and gaps the layout decided, as Word does', () => {
    const thick = { ...rule(2400, 'summary-rule', 12), thicknessPt: 1.5, emptyLineSizePt: 2, borderGapPt: 4 };
    expect(ruleStyle(thick)).toMatchObject({
      borderBottom: '1.5pt solid #000',
      height: `${Math.round((lineHeightPt(2) + 4) * 1000) / 1000}pt`,
      marginTop: '3pt',
      marginBottom: '12pt',
    });
  });

  it('lays out columns with absolute widths', () => {
    const s = columnsStyle({
      type: 'columns',
      role: 'header',
      columns: [
        { widthTwip: 4000, blocks: [] },
        { widthTwip: 6000, blocks: [] },
      ],
    });
    expect(s.gridTemplateColumns).toBe('200pt 300pt');
  });

  it('carries the margins of the profile as page padding', () => {
    const page: LayoutPage = {
      widthTwip: 11906,
      heightTwip: 16838,
      marginTopTwip: 1134,
      marginBottomTwip: 1134,
      marginLeftTwip: 1701,
      marginRightTwip: 851,
      headerTwip: 567,
      textWidthTwip: 9354,
    };
    expect(pageBoxStyle(page)).toMatchObject({
      width: '595.3pt',
      height: '841.9pt',
      paddingTop: '56.7pt',
      paddingLeft: '85.05pt',
      paddingRight: '42.55pt',
      boxSizing: 'border-box',
    });
  });

  it('prefers the layout font, then metric-compatible fallbacks', () => {
    expect(fontStack('Times New Roman')).toBe('"Times New Roman", "Liberation Serif", "Tinos", serif');
  });
});

describe('measuring helpers', () => {
  it('finds the line bottoms of a paragraph from its height and line height', () => {
    expect(paragraphLineBottoms(8 + 3 * 20 + 6, 8, 6, 20)).toEqual([28, 48, 68]);
    expect(paragraphLineBottoms(20, 0, 0, 0)).toEqual([]);
  });

  it('gives equal blocks equal content keys and unique React keys', () => {
    const line = rule(100, 'summary-rule');
    const keys = blockKeys([body, line, body]);
    expect(keys.content[0]).toBe(keys.content[2]);
    expect(new Set(keys.react).size).toBe(3);
    const edited = blockKeys([{ ...body, runs: [{ ...body.runs[0]!, text: 'khác' }] }, line, body]);
    expect(edited.content[0]).not.toBe(keys.content[0]);
    expect(edited.react[1]).toBe(keys.react[1]);
  });
});
