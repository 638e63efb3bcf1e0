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
