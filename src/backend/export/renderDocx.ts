/** Meeting + kind + profile -> DOCX bytes, with the layout they were written from. */
import type { DocumentKind, Meeting } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';
import { layoutDocument } from '../../shared/layout/layoutDocument';
import type { OfficialLayout } from '../../shared/layout/types';
import { writeDocx } from './docxWriter';

export async function renderDocx(
  meeting: Meeting,
  kind: DocumentKind,
  profile: FormatProfile,
): Promise<{ bytes: Uint8Array; layout: OfficialLayout }> {
  const layout = layoutDocument(meeting, kind, profile);
  return { bytes: await writeDocx(layout), layout };
}
