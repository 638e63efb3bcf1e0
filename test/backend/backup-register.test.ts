/**
 * A backup carries the outgoing register and the frozen issued documents with the meetings, so a
 * restore never pairs one library's meetings with another's register; an older backup without
 * them restores an empty register (numbering starts again at 01 for that library).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from '../../src/backend/export/renderDocx';
import { zipParts } from '../../src/backend/zip/writer';
import type { Meeting } from '../../src/shared/model/meeting';
import { parseMeeting } from '../../src/shared/model/parse';
import { EXAMPLES_DIR, openServices, removeDir, tempDir } from '../fixtures/storage/helpers';

function example(id: string): Meeting {
  const r = parseMeeting(
    JSON.parse(readFileSync(join(EXAMPLES_DIR, 'ubnd-tinh-lam-dong-lien-nganh-2026-05-20.json'), 'utf8')),
  );
  if (!r.ok) throw new Error('example');
  return { ...r.value, id };
}

let work: string;
beforeEach(() => {
  work = tempDir('bienban-backup-register-');
});
afterEach(async () => {
  await removeDir(work);
});

it('restores the register entries and the byte-identical frozen DOCX into a fresh folder', async () => {
  const a = await openServices(join(work, 'a'), { renderDocx });
  await a.meeting.save(example('a1'));
  await a.meeting.save(example('a2'));
  const first = await a.register.issue('a1', 'notice', { date: '2026-05-22' });
  const second = await a.register.issue('a2', 'notice', { date: '2026-05-23' });
  const frozen = readFileSync(join(work, 'a', second.file));
  const zip = join(work, 'a.zip');
  await a.backup.createTo(zip);
  await a.close();

  // Another library with its own issued document: after the restore, none of it remains live.
  const b = await openServices(join(work, 'b'), { renderDocx });
  await b.meeting.save(example('b1'));
  await b.register.issue('b1', 'notice', { date: '2026-06-01', number: 7 });
  await b.meeting.save(example('b2'));
  await b.register.issue('b2', 'notice', { date: '2026-06-02' });
  expect(existsSync(join(work, 'b', 'register.json.bak'))).toBe(true);
  await b.backup.restoreFrom(zip);

  expect(b.register.list().entries.map((e) => [e.symbol, e.meetingId, e.date])).toEqual([
    [first.symbol, 'a1', '2026-05-22'],
    [second.symbol, 'a2', '2026-05-23'],
  ]);
  expect(readdirSync(join(work, 'b', 'issued')).sort()).toEqual(['a1', 'a2']);
  // The replaced library's previous register is gone: it can never recover into this one.
  expect(existsSync(join(work, 'b', 'register.json.bak'))).toBe(false);
  expect(Buffer.compare(readFileSync(join(work, 'b', second.file)), frozen)).toBe(0);
  // Export writes the document as issued, from the restored frozen copy.
  const issued = await b.register.issuedDocument('a2', 'notice');
  expect(Buffer.compare(Buffer.from(issued!.bytes), frozen)).toBe(0);
  // The series continues after the restored numbers, not after the replaced library's 07.
  await b.meeting.save(example('a3'));
  expect((await b.register.issue('a3', 'notice', { date: '2026-05-25' })).number).toBe(3);
  await b.close();

  // Reopened from disk: the same register.
  const again = await openServices(join(work, 'b'), { renderDocx });
  expect(again.register.list().entries.map((e) => e.number)).toEqual([1, 2, 3]);
  await again.close();
});

it('restores a backup made before the register was backed up: the register is empty, no frozen document is left', async () => {
  const old = join(work, 'old.zip');
  const m = example('cu-1');
  const manifest = { format: 'bienban-backup', version: 1, createdAt: '', appVersion: '0.1.0', meetings: 1 };
  writeFileSync(
    old,
    zipParts(
      [
        ['meetings/cu-1.json', JSON.stringify(m)],
        ['bienban-backup.json', JSON.stringify(manifest)],
      ],
      new Date(),
    ),
  );
  const s = await openServices(join(work, 'c'), { renderDocx });
  await s.meeting.save(example('c1'));
  await s.register.issue('c1', 'notice', { date: '2026-06-01', number: 9 });
  const { meetings } = await s.backup.restoreFrom(old);
  expect(meetings).toBe(1);
  expect(s.register.list().entries).toEqual([]);
  expect(readdirSync(join(work, 'c', 'issued'))).toEqual([]);
  expect(await s.register.issuedDocument('c1', 'notice')).toBeNull();
  expect((await s.register.issue('cu-1', 'notice', { date: '2026-05-22' })).number).toBe(1);
  await s.close();
  expect(existsSync(join(work, 'c', 'restore'))).toBe(false);
});

it('refuses a backup whose register is damaged, naming it, and changes nothing', async () => {
  const bad = join(work, 'bad.zip');
  const manifest = { format: 'bienban-backup', version: 1, createdAt: '', appVersion: '0.1.0', meetings: 0 };
  writeFileSync(
    bad,
    zipParts(
      [
        ['register.json', '{"schemaVersion":1,"entries":[{"id":"x"}]}'],
        ['issued/a1/../../x.docx', 'x'],
        ['bienban-backup.json', JSON.stringify(manifest)],
      ],
      new Date(),
    ),
  );
  const s = await openServices(join(work, 'd'), { renderDocx });
  await s.meeting.save(example('d1'));
  await s.register.issue('d1', 'notice', { date: '2026-06-01' });
  const error = await s.backup.restoreFrom(bad).catch((e: Error) => e);
  expect(String(error)).toMatch(/register\.json: dữ liệu không hợp lệ/);
  expect(String(error)).toMatch(/issued\/a1\/\.\.\/\.\.\/x\.docx: tệp lạ/);
  expect(s.register.list().entries).toHaveLength(1);
  expect(readdirSync(join(work, 'd', 'issued'))).toEqual(['d1']);
  await s.close();
});
