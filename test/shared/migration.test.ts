/**
 * Version 1 -> 2: nothing is lost, a draft prints what the secretary typed (and no sentence nobody
 * typed), an issued document prints the words it was issued with (golden text captured from the
 * version 1 layout, test/fixtures/v1/*.issued-v1-print.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/shared/layout/layoutDocument';
import { describeProblems } from '../../src/shared/model/errors';
import { type Meeting, SCHEMA_VERSION } from '../../src/shared/model/meeting';
import { parseMeeting } from '../../src/shared/model/parse';
import { Meeting as MeetingV1, type MeetingV1 as V1 } from '../../src/shared/model/v1/schema';
import { builtinProfile } from '../../src/shared/profile/builtin';

const V1_DIR = join(__dirname, '..', 'fixtures', 'v1');
const V1_FILES = readdirSync(V1_DIR).filter((f) => f.endsWith('.json') && !f.includes('.issued-'));
const PROFILES = ['nd30-2020', 'hd36-2018', 'dang-2026'] as const;
const KINDS = ['notice', 'minutes'] as const;

const readV1 = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(V1_DIR, name), 'utf8'));

function migrated(raw: unknown): Meeting {
  const r = parseMeeting(raw);
  if (!r.ok) throw new Error(describeProblems(r.problems));
  return r.value;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const printed = (m: Meeting, kind: (typeof KINDS)[number], id: string) =>
  flat(layoutDocument(m, kind, builtinProfile(id)!).plainText);

/** Every line the secretary typed in a version 1 meeting, with the document(s) version 1 printed it in. */
function typedLines(v: V1): { text: string; in: Array<(typeof KINDS)[number]> }[] {
  const both = ['notice', 'minutes'] as const;
  const lines = (s: string) =>
    s
      .split(/\r?\n/)
      .map((x) => x.trim().replace(/[.;:,]+$/u, ''))
      .filter((x) => x.length > 0);
  const out: { text: string; in: Array<(typeof KINDS)[number]> }[] = [];
  const add = (s: string, where: ReadonlyArray<(typeof KINDS)[number]>) =>
    lines(s).forEach((text) => out.push({ text, in: [...where] }));
  add(v.subject, both);
  add(v.host, both);
  add(v.presiding.name, both);
  add(v.place, ['minutes']);
  for (const g of v.attendeeGroups)
    for (const m of g.members) add(m.kind === 'person' ? m.name : m.text, m.kind === 'person' ? ['minutes'] : both);
  for (const r of v.reports) {
    add(r.title, both);
    for (const p of r.paragraphs) add(p, ['minutes']);
  }
  for (const o of v.discussion) add(o.gist, ['minutes']);
  for (const a of v.conclusions.assessment) add(a, both);
  add(v.conclusions.directivesIntro, both);
  for (const d of v.conclusions.directives) add(d.text, both);
  for (const r of v.notice.recipients) add(r.text, ['notice']);
  return out;
}

describe('every version 1 example migrates to version 2', () => {
  it.each(V1_FILES)('%s', (name) => {
    const m = migrated(readV1(name));
    expect(m.schemaVersion).toBe(SCHEMA_VERSION);
    // A second pass is a no-op: the stored file reads back as itself.
    expect(migrated(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });
});

describe('a version 1 draft prints what was typed, and only that', () => {
  it.each(V1_FILES)('%s', (name) => {
    const raw = readV1(name);
    const v1 = MeetingV1.parse(raw);
    const m = migrated(raw);
    for (const id of PROFILES) {
      const docs = { notice: printed(m, 'notice', id), minutes: printed(m, 'minutes', id) };
      for (const line of typedLines(v1))
        for (const kind of line.in) expect(docs[kind], `${kind} ${id}`).toContain(flat(line.text));
      for (const kind of KINDS) {
        // The sentences version 1 made up are gone: none was typed.
        expect(docs[kind]).not.toMatch(/Giao [^.]+ chủ trì/);
        expect(docs[kind]).not.toContain('Nhiệm vụ trong thời gian tới');
      }
    }
    // Tracking data is kept, and off.
    const tasks = m.conclusions.parts.flatMap((p) => p.items.flatMap((i) => [i, ...i.items]));
    for (const d of v1.conclusions.directives) {
      const t = tasks.find((x) => x.id === d.id)!;
      expect(t.task).toMatchObject({ lead: d.lead, support: d.support, status: d.status, printAssignment: false });
      expect(t.task.deadline).toEqual(d.deadline ? { kind: 'date', date: d.deadline } : { kind: 'none' });
    }
  });
});

describe('an issued version 1 notice or minutes prints the words it was issued with', () => {
  it.each(V1_FILES)('%s', (name) => {
    const raw = readV1(name);
    const golden: Record<string, string> = JSON.parse(
      readFileSync(join(V1_DIR, name.replace('.json', '.issued-v1-print.json')), 'utf8'),
    );
    const m = migrated({
      ...raw,
      notice: { ...(raw.notice as object), status: 'issued' },
      minutes: { ...(raw.minutes as object), status: 'issued' },
    });
    // In the profile it was issued in.
    const profile = builtinProfile(m.profile.id)!;
    for (const kind of KINDS) expect(layoutDocument(m, kind, profile).plainText).toBe(golden[`${kind} ${profile.id}`]);
  });
});

/** Random version 1 meetings: any text in any field the version 1 schema had. */
const text = fc.string({ maxLength: 30 }).map((s) => s.replace(/[\u0000-\u001f]/g, ''));
const v1Meeting = fc
  .record({
    id: fc.constantFrom('a', 'b-1', 'c_2'),
    profile: fc.constantFrom('nd30-2020', 'hd36-2018', 'van-phong-rieng'),
    subject: text,
    host: text,
    title: text,
    status: fc.constantFrom('draft', 'issued'),
    people: fc.array(fc.record({ name: text, position: text, unit: text, label: text }), { maxLength: 4 }),
    paragraphs: fc.array(text, { maxLength: 3 }),
    gist: text,
    assessment: fc.array(text, { maxLength: 3 }),
    intro: text,
    directives: fc.array(fc.record({ text, lead: text, deadline: fc.constantFrom('', '2026-03-10') }), {
      maxLength: 4,
    }),
    closing: text,
    opening: text,
    signers: fc.array(fc.record({ position: text, name: text }), { maxLength: 4 }),
  })
  .map((r) => ({
    schemaVersion: 1,
    id: r.id,
    profile: { id: r.profile, version: 1 },
    subject: r.subject,
    host: r.host,
    title: r.title,
    attendeeGroups: r.people.map((p, i) => ({
      id: `g${i}`,
      label: p.label,
      members: [{ kind: 'person', id: `p${i}`, name: p.name, position: p.position, unit: p.unit }],
    })),
    reports: [{ id: 'r', title: r.subject, paragraphs: r.paragraphs }],
    discussion: [{ id: 'o', speaker: r.host, gist: r.gist }],
    conclusions: {
      assessment: r.assessment,
      directivesIntro: r.intro,
      directives: r.directives.map((d, i) => ({ id: `d${i}`, ...d })),
    },
    notice: { status: r.status, closing: r.closing, openingOverride: r.opening },
    minutes: { signers: r.signers },
  }));

/** Every non-empty string of a JSON value. */
function stringsOf(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v] : [];
  if (Array.isArray(v)) return v.flatMap(stringsOf);
  if (v && typeof v === 'object') return Object.values(v).flatMap(stringsOf);
  return [];
}

describe('a random version 1 library', () => {
  it('migrates every meeting, and a draft keeps every string it had', () => {
    fc.assert(
      fc.property(v1Meeting, (raw) => {
        const m = migrated(raw);
        expect(m.schemaVersion).toBe(SCHEMA_VERSION);
        for (const kind of KINDS) for (const id of PROFILES) layoutDocument(m, kind, builtinProfile(id)!);
        if (raw.notice.status === 'issued') return;
        const after = stringsOf(m).join('\u0001');
        for (const s of stringsOf(MeetingV1.parse(raw))) expect(after).toContain(s);
      }),
      { numRuns: 300, seed: 20260601 },
    );
  });
});
