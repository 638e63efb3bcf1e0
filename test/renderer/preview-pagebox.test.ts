import type { LayoutBlock, OfficialLayout } from '../../src/shared/layout/types';
import { samePage, showsPageNumber, type PageBoxProps } from '../../src/renderer/preview/PageBox';
import { blockKeys } from '../../src/renderer/preview/blockKeys';

const para = (text: string): LayoutBlock => ({ type: 'paragraph', align: 'justify', runs: [{ text, sizePt: 14 }] });

function layoutOf(blocks: LayoutBlock[], firstPage = false): OfficialLayout {
  return {
    kind: 'notice',
    profileId: 'nd30-2020',
    profileVersion: 1,
    page: {
      widthTwip: 11906,
      heightTwip: 16838,
      marginTopTwip: 1134,
      marginBottomTwip: 1134,
      marginLeftTwip: 1701,
      marginRightTwip: 851,
      headerTwip: 567,
      textWidthTwip: 9354,
    },
    font: { family: 'Times New Roman', lang: 'vi-VN' },
    pageNumbers: { sizePt: 14, firstPage },
    body: { sizePt: 14, lineSpacing: 1.15 },
    blocks,
    fileStem: 'TB-05-UBND-2024-03-14',
    plainText: '',
  };
}

function props(layout: OfficialLayout, number = 2): PageBoxProps {
  return {
    layout,
    keys: blockKeys(layout.blocks),
    number,
    contentHeightPx: 970,
    className: 'pv-page',
    slices: [
      { block: 1, offset: 0, height: 50, whole: true },
      { block: 2, offset: 0, height: 25, whole: false },
    ],
  };
}

describe('page memo', () => {
  it('skips a page whose slices show the same content, even from a new layout object', () => {
    const a = props(layoutOf([para('a'), para('b'), para('c')]));
    // An edit on another page: fresh layout and block objects, same content here.
    const b = props(layoutOf([para('a sửa'), para('b'), para('c')]));
    expect(samePage(a, b)).toBe(true);
  });

  it('re-renders a page when its text, its slices or the page geometry change', () => {
    const base = props(layoutOf([para('a'), para('b'), para('c')]));
    expect(samePage(base, props(layoutOf([para('a'), para('b đã sửa'), para('c')])))).toBe(false);
    expect(samePage(base, { ...base, slices: [base.slices[0]!, { ...base.slices[1]!, height: 50 }] })).toBe(false);
    const wider = layoutOf([para('a'), para('b'), para('c')]);
    expect(samePage(base, props({ ...wider, page: { ...wider.page, marginLeftTwip: 1985 } }))).toBe(false);
    expect(samePage(base, props(layoutOf([para('a'), para('b'), para('c')]), 3))).toBe(false);
  });

  it('numbers pages from 2 unless the profile numbers the first page too', () => {
    expect(showsPageNumber(layoutOf([]), 1)).toBe(false);
    expect(showsPageNumber(layoutOf([]), 2)).toBe(true);
    expect(showsPageNumber(layoutOf([], true), 1)).toBe(true);
  });
});
