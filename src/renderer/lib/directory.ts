/** Which attendees of a meeting are not yet in the directory (saved to it on save). */
import { foldVietnamese } from '../../shared/text/vietnamese';
import type { DirectoryEntry } from '../../shared/model/library';
import type { Meeting, PersonRef } from '../../shared/model/meeting';

export type NewPerson = Pick<DirectoryEntry, 'name' | 'position' | 'unit' | 'title'>;

// Same identity as the directory service: one entry per (accent-folded) name.
const keyOf = (p: { name: string }) => foldVietnamese(p.name);

export function peopleOf(m: Pick<Meeting, 'attendeeGroups' | 'presiding' | 'secretary'>): PersonRef[] {
  const out: PersonRef[] = [];
  for (const g of m.attendeeGroups) for (const mem of g.members) if (mem.kind === 'person') out.push(mem);
  out.push(m.presiding, m.secretary);
  return out;
}

/** People with a name not yet in the directory, each once. */
export function newPeople(m: Meeting, directory: readonly DirectoryEntry[]): NewPerson[] {
  const known = new Set(directory.map(keyOf));
  const out: NewPerson[] = [];
  for (const p of peopleOf(m)) {
    if (!p.name.trim()) continue;
    const k = keyOf(p);
    if (known.has(k)) continue;
    known.add(k);
    out.push({ name: p.name.trim(), position: p.position.trim(), unit: p.unit.trim(), title: p.title || 'đồng chí' });
  }
  return out;
}
