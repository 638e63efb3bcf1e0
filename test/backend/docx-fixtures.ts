/** Example meetings for the DOCX tests: the shipped examples (seed = Long Biên, state = Gia Lâm). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Meeting } from '../../src/shared/model/meeting';

// Tests run from the repository root (vitest's root).
const EXAMPLES = resolve('resources', 'examples');

export function loadExample(file: string): Meeting {
  return Meeting.parse(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')));
}

/** The canonical session (Party, HD36). */
export const seedMeeting = (): Meeting => loadExample('long-bien-2021-02-23.json');
/** The state example (ND30). */
export const stateMeeting = (): Meeting => loadExample('ubnd-gia-lam-2024-03-12.json');
/** A government office's conclusion notice: tasks grouped by ministry, bullets, relative deadlines (ND30). */
export const governmentMeeting = (): Meeting => loadExample('vpcp-nha-o-xa-hoi-2026-06-05.json');
/** A joint inter-agency record: `Căn cứ` lines, six `ĐẠI DIỆN` signature blocks (ND30). */
export const jointMeeting = (): Meeting => loadExample('ubnd-tinh-lam-dong-lien-nganh-2026-05-20.json');
/** A Party committee of a special zone after the 2025 reform: headed parts (HD36). */
export const partyMeeting = (): Meeting => loadExample('phu-quy-dang-uy-2026-01-08.json');

/** Every shipped example, by the name the tests print. */
export const EXAMPLE_CASES = [
  ['seed (Long Biên)', seedMeeting],
  ['state (Gia Lâm)', stateMeeting],
  ['government (nhà ở xã hội)', governmentMeeting],
  ['joint (liên ngành)', jointMeeting],
  ['party (Phú Quý)', partyMeeting],
] as const;
