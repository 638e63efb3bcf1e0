/**
 * layoutDocument: meeting + kind + profile -> OfficialLayout, every format decision taken here.
 * Pure: the DOCX writer and the HTML preview only translate the blocks.
 */
import type { DocumentKind, Meeting } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { withClosingMark } from '../text/vietnamese';
import { fileStem } from './fileStem';
import { layoutHeader } from './header';
import { layoutMinutesBody } from './minutesBody';
import { layoutNoticeBody } from './noticeBody';
import { layoutSignature } from './signature';
import { layoutTitle } from './title';
import type { LayoutBlock, LayoutPage, LayoutParagraph, OfficialLayout } from './types';
import { mmToTwip } from './units';

export function pageOf(profile: FormatProfile): LayoutPage {
  const p = profile.page;
  const marginLeftTwip = mmToTwip(p.marginLeftMm);
  const marginRightTwip = mmToTwip(p.marginRightMm);
  return {
    widthTwip: p.widthTwip,
    heightTwip: p.heightTwip,
    marginTopTwip: mmToTwip(p.marginTopMm),
    marginBottomTwip: mmToTwip(p.marginBottomMm),
    marginLeftTwip,
    marginRightTwip,
    headerTwip: mmToTwip(p.headerMm),
    textWidthTwip: p.widthTwip - marginLeftTwip - marginRightTwip,
  };
}

/** Only the closing carries the closing mark: text pasted from an old document often has one mid-body. */
function keepMarkOnlyInClosing(blocks: LayoutParagraph[], mark: string): LayoutParagraph[] {
  if (!mark) return blocks;
  return blocks.map((p) =>
    p.role === 'closing'
      ? p
      : { ...p, runs: p.runs.map((r) => (r.text.includes(mark) ? { ...r, text: r.text.split(mark).join('.') } : r)) },
  );
}

/**
 * The body ends with the closing mark exactly once: on the closing sentence, or, when the secretary
 * cleared the closing sentence, on the last paragraph of the body.
 */
function endWithClosingMark(blocks: LayoutParagraph[], mark: string): LayoutParagraph[] {
  if (!mark || blocks.some((p) => p.role === 'closing') || !blocks.length) return blocks;
  const last = blocks[blocks.length - 1]!;
  const runs = [...last.runs];
  const r = runs[runs.length - 1];
  if (!r) return blocks;
  runs[runs.length - 1] = { ...r, text: withClosingMark(r.text, mark) };
  return [...blocks.slice(0, -1), { ...last, runs, keepWithNext: true }];
}

function paragraphText(p: LayoutParagraph): string {
  return p.runs.map((r) => r.text).join('');
}

export function plainTextOf(blocks: readonly LayoutBlock[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') lines.push(paragraphText(b));
    else if (b.type === 'columns')
      for (const c of b.columns) for (const x of c.blocks) if (x.type === 'paragraph') lines.push(paragraphText(x));
  }
  return lines.filter((l) => l.length > 0).join('\n');
}

export function layoutDocument(meeting: Meeting, kind: DocumentKind, profile: FormatProfile): OfficialLayout {
  const page = pageOf(profile);
  const body = kind === 'notice' ? layoutNoticeBody(meeting, profile) : layoutMinutesBody(meeting, profile);
  const blocks: LayoutBlock[] = [
    ...layoutHeader(meeting, kind, profile, page.textWidthTwip),
    ...layoutTitle(meeting, kind, profile, page.textWidthTwip),
    ...endWithClosingMark(keepMarkOnlyInClosing(body, profile.body.closingMark), profile.body.closingMark),
    ...layoutSignature(meeting, kind, profile, page.textWidthTwip),
  ];
  return {
    kind,
    profileId: profile.id,
    profileVersion: profile.version,
    page,
    font: { family: profile.font.family, lang: profile.font.lang },
    pageNumbers: { sizePt: profile.pageNumber.sizePt, firstPage: profile.pageNumber.firstPage },
    body: { sizePt: profile.body.sizePt, lineSpacing: profile.body.lineSpacing },
    blocks,
    fileStem: fileStem(meeting, kind, profile),
    plainText: plainTextOf(blocks),
  };
}
