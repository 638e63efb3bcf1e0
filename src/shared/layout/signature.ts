/** Signature block (right) and recipients (left) in one borderless two-column table. */
import type { Authority, DocumentKind, Meeting, Signer } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { upperVi } from '../text/vietnamese';
import { trimSentenceEnd } from './phrases';
import { emptyPara, para, plain, run } from './runs';
import { estimateTextWidthTwip } from './textWidth';
import type { LayoutColumns, LayoutParagraph } from './types';

/** Space between the body's last line and the signature block; the label and the authority line stay level. */
const BLOCK_GAP_PT = 12;

const PERIOD: Record<Exclude<Authority, 'none'>, string> = { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' };
const SLASH: Record<Exclude<Authority, 'none'>, string> = { TM: 'T/M', KT: 'K/T', TL: 'T/L', TUQ: 'T/UQ', Q: 'Q.' };

/** `TL. CHỦ TỊCH` (ND30) / `T/L BAN THƯỜNG VỤ` (HD36); empty when the signer signs in own name. */
export function authorityLine(signer: Signer, profile: FormatProfile): string {
  if (signer.authority === 'none') return '';
  const prefix = (profile.signature.authorityStyle === 'slash' ? SLASH : PERIOD)[signer.authority];
  return `${prefix} ${upperVi(signer.authorityOf.trim())}`.trim();
}

/** One signature block: heading, authority line, position line, space to sign, name, each as typed. */
function signatureColumn(signer: Signer, profile: FormatProfile): LayoutParagraph[] {
  const s = profile.signature;
  const out: LayoutParagraph[] = [];
  for (const line of signer.heading
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean))
    out.push(para([run(upperVi(line), s.authority)], 'center', { role: 'signature-heading', spacingAfterPt: 0 }));
  const authority = authorityLine(signer, profile);
  if (authority)
    out.push(para([run(authority, s.authority)], 'center', { role: 'signature-authority', spacingAfterPt: 0 }));
  if (signer.position.trim() || !out.length)
    out.push(
      para([run(upperVi(signer.position.trim()), s.position)], 'center', {
        role: 'signature-position',
        spacingAfterPt: 0,
      }),
    );
  out[0] = { ...out[0]!, spacingBeforePt: BLOCK_GAP_PT };
  for (let i = 0; i < s.blankLines; i++) out.push(emptyPara(s.name.sizePt, 'signature-space'));
  out.push(para([run(signer.name.trim(), s.name)], 'center', { role: 'signature-name', spacingAfterPt: 0 }));
  return out;
}

/** Lines a text takes when words wrap greedily at `width` (the cells have no padding). */
function wrappedLines(text: string, width: number, measure: (t: string) => number): number {
  let lines = 1;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines += 1;
      line = word;
    } else line = next;
  }
  return lines;
}

/** Lines the block's text above the signing space takes in a column (estimated, as the header does). */
function linesAboveSpace(blocks: LayoutParagraph[], widthTwip: number): number {
  let lines = 0;
  for (const p of blocks) {
    if (p.role === 'signature-space') break;
    const r = p.runs[0];
    lines += r ? wrappedLines(r.text, widthTwip, (t) => estimateTextWidthTwip(t, r.sizePt, r.bold)) : 1;
  }
  return lines;
}

/**
 * Signature blocks two to a row, as joint records sign; an odd last block is centred on its own
 * row. When one heading wraps to more lines than its neighbour's, the shorter block gets empty lines
 * above its signing space so the two names print level.
 */
export function signatureRows(
  signers: readonly Signer[],
  profile: FormatProfile,
  textWidthTwip: number,
): LayoutColumns[] {
  const half = Math.round(textWidthTwip / 2);
  const rows: LayoutColumns[] = [];
  for (let i = 0; i < signers.length; i += 2) {
    const pair = signers.slice(i, i + 2);
    if (pair.length === 1) {
      const blocks = signatureColumn(pair[0]!, profile);
      rows.push({ type: 'columns', role: 'signature', columns: [{ widthTwip: textWidthTwip, blocks }] });
      continue;
    }
    const widths = [half, textWidthTwip - half];
    const cols = pair.map((s) => signatureColumn(s, profile));
    const lines = cols.map((c, k) => linesAboveSpace(c, widths[k]!));
    const most = Math.max(...lines);
    const levelled = cols.map((c, k) => {
      const at = c.findIndex((p) => p.role === 'signature-space');
      const size = profile.signature.position.sizePt;
      const pad = Array.from({ length: most - lines[k]! }, () => emptyPara(size, 'signature-pad'));
      return [...c.slice(0, at), ...pad, ...c.slice(at)];
    });
    rows.push({
      type: 'columns',
      role: 'signature',
      columns: levelled.map((blocks, k) => ({ widthTwip: widths[k]!, blocks })),
    });
  }
  return rows;
}

/** `Nơi nhận:` then `- <text> <note>;` lines and the archive line `- Lưu: VT, <archive>.` / `- Lưu <archive>.`. */
export function recipientParagraphs(meeting: Meeting, kind: DocumentKind, profile: FormatProfile): LayoutParagraph[] {
  const r = profile.recipients;
  const issue = kind === 'notice' ? meeting.notice : meeting.minutes;
  const lineStyle = plain(r.lineSizePt);
  const out: LayoutParagraph[] = [
    para([run(r.label.text, r.label.style)], 'left', {
      role: 'recipients-label',
      spacingBeforePt: BLOCK_GAP_PT,
      spacingAfterPt: 0,
    }),
  ];
  for (const rec of issue.recipients) {
    const text = trimSentenceEnd([rec.text.trim(), rec.note.trim()].filter(Boolean).join(' '));
    if (text)
      out.push(para([run(`- ${text}${r.lineEnd}`, lineStyle)], 'left', { role: 'recipient', spacingAfterPt: 0 }));
  }
  let archive = trimSentenceEnd(issue.archive.trim()) || r.archiveDefault;
  // ND30 always files a copy with the clerical office (VT) first: `Lưu: VT, Hồ sơ`.
  if (profile.basis === 'nd30' && r.archiveDefault && !archive.startsWith(r.archiveDefault))
    archive = `${r.archiveDefault}, ${archive}`;
  out.push(
    para([run(`- ${r.archivePrefix}${archive}.`, lineStyle)], 'left', { role: 'recipient-archive', spacingAfterPt: 0 }),
  );
  return out;
}

function keptWithNext(row: LayoutColumns): LayoutColumns {
  return {
    ...row,
    columns: row.columns.map((c) => ({
      ...c,
      blocks: c.blocks.map((b) => (b.type === 'paragraph' ? { ...b, keepWithNext: true } : b)),
    })),
  };
}

const NO_SIGNER: Signer = { heading: '', authority: 'none', authorityOf: '', position: '', name: '' };

export function layoutSignature(
  meeting: Meeting,
  kind: DocumentKind,
  profile: FormatProfile,
  textWidthTwip: number,
): LayoutColumns[] {
  const left = Math.round(textWidthTwip * 0.45);
  const right = textWidthTwip - left;
  if (kind === 'notice') {
    const [first = NO_SIGNER, ...others] = meeting.notice.signers;
    return [
      {
        type: 'columns',
        role: 'signature',
        columns: [
          { widthTwip: left, blocks: recipientParagraphs(meeting, kind, profile) },
          { widthTwip: right, blocks: signatureColumn(first, profile) },
        ],
      },
      // A notice signed jointly: the other signers follow, two to a row.
      ...signatureRows(others, profile, textWidthTwip),
    ];
  }
  const m = meeting.minutes;
  const blocks = signatureRows(m.signers, profile, textWidthTwip);
  if (m.recipients.length || m.archive.trim()) {
    // `Nơi nhận` never starts a page alone: the last signature row travels with it.
    const last = blocks.pop();
    if (last) blocks.push(keptWithNext(last));
    blocks.push({
      type: 'columns',
      role: 'recipients',
      columns: [
        { widthTwip: left, blocks: recipientParagraphs(meeting, kind, profile) },
        { widthTwip: right, blocks: [emptyPara(profile.body.sizePt)] },
      ],
    });
  }
  return blocks;
}
