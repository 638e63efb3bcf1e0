/** Signature block (right) and recipients (left) in one borderless two-column table. */
import type { Authority, DocumentKind, Meeting, Signer } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { upperVi } from '../text/vietnamese';
import { trimSentenceEnd } from './phrases';
import { emptyPara, para, plain, run } from './runs';
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

function signatureColumn(
  lines: { authority?: string; position: string; name: string },
  profile: FormatProfile,
): LayoutParagraph[] {
  const s = profile.signature;
  const out: LayoutParagraph[] = [];
  if (lines.authority)
    out.push(para([run(lines.authority, s.authority)], 'center', { role: 'signature-authority', spacingAfterPt: 0 }));
  out.push(
    para([run(upperVi(lines.position), s.position)], 'center', { role: 'signature-position', spacingAfterPt: 0 }),
  );
  out[0] = { ...out[0]!, spacingBeforePt: BLOCK_GAP_PT };
  for (let i = 0; i < s.blankLines; i++) out.push(emptyPara(s.name.sizePt, 'signature-space'));
  out.push(para([run(lines.name.trim(), s.name)], 'center', { role: 'signature-name', spacingAfterPt: 0 }));
  return out;
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

export function layoutSignature(
  meeting: Meeting,
  kind: DocumentKind,
  profile: FormatProfile,
  textWidthTwip: number,
): LayoutColumns[] {
  const left = Math.round(textWidthTwip * 0.45);
  const right = textWidthTwip - left;
  if (kind === 'notice') {
    const signer = meeting.notice.signers[0] ?? { authority: 'none', authorityOf: '', position: '', name: '' };
    return [
      {
        type: 'columns',
        role: 'signature',
        columns: [
          { widthTwip: left, blocks: recipientParagraphs(meeting, kind, profile) },
          {
            widthTwip: right,
            blocks: signatureColumn(
              { authority: authorityLine(signer, profile), position: signer.position, name: signer.name },
              profile,
            ),
          },
        ],
      },
    ];
  }
  const half = Math.round(textWidthTwip / 2);
  const [secretarySigner, chairSigner] = meeting.minutes.signers;
  const blocks: LayoutColumns[] = [
    {
      type: 'columns',
      role: 'signature',
      columns: [
        {
          widthTwip: half,
          blocks: signatureColumn(
            { position: profile.labels.secretary, name: secretarySigner?.name || meeting.secretary.name },
            profile,
          ),
        },
        {
          widthTwip: textWidthTwip - half,
          blocks: signatureColumn(
            { position: profile.labels.chair, name: chairSigner?.name || meeting.presiding.name },
            profile,
          ),
        },
      ],
    },
  ];
  const m = meeting.minutes;
  if (m.recipients.length || m.archive.trim()) {
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
