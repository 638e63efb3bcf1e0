/**
 * tasks.json: after a restart, Theo dõi shows every task of the library without reading a meeting
 * file, and it never shows a task as it was before a change: a meeting saved by another run, replaced
 * behind the app's back, or re-read by a check is taken from its file again; a damaged tasks.json is
 * rebuilt from the meeting files.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/backend/ipc/handlers';
import type { FileSystem } from '../../src/backend/storage/fileSystem';
import { contract } from '../../src/shared/ipc/contract';
import { parseTaskFacts, serializeTaskFacts } from '../../src/backend/storage/taskFactsFile';
import { meetingFacts } from '../../src/shared/followup';
import { type Meeting, outlineEntries } from '../../src/shared/model/meeting';
import { parseMeeting } from '../../src/shared/model/parse';
import { EXAMPLES_DIR, openServices, removeDir, tempDir } from '../fixtures/storage/helpers';

const TODAY = '2026-07-01';
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await removeDir(d);
});

function examples(): Meeting[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const r = parseMeeting(JSON.parse(readFileSync(join(EXAMPLES_DIR, f), 'utf8')));
      if (!r.ok) throw new Error(f);
      return r.value;
    });
}

/** A file system that notes which meeting files are opened. */
function countingFs() {
  const seen = { meetings: new Set<string>() };
  const fs: FileSystem = {
    ...fsp,
    open: ((path: Parameters<typeof fsp.open>[0], ...rest: [never]) => {
      if (String(path).includes(`${sep}meetings${sep}`)) seen.meetings.add(String(path));
      return fsp.open(path, ...rest);
    }) as typeof fsp.open,
  };
  return { fs, seen };
}

/** A library of the five examples whose Theo dõi was viewed once, then closed. */
async function library(): Promise<{ data: string; before: string[] }> {
  const data = join(tempDir(), 'data');
  dirs.push(join(data, '..'));
  const s = await openServices(data);
  for (const m of examples()) await s.meeting.save(m);
  const before = (await s.followup.list({}, TODAY)).rows.map(show);
  await s.close();
  return { data, before };
}

const show = (r: { meetingId: string; taskId: string; text: string; state: string; source: { number: string } }) =>
  `${r.meetingId}/${r.taskId} ${r.state} ${r.source.number} ${r.text}`;

async function view(data: string) {
  const counting = countingFs();
  const s = await openServices(data, { fs: counting.fs });
  counting.seen.meetings.clear(); // opening the library is the index's business
  const rows = (await s.followup.list({}, TODAY)).rows.map(show);
  const read = counting.seen.meetings.size;
  await s.close();
  return { rows, read };
}

/** The first tracked task of a meeting file, its text changed in the file itself. */
function retype(data: string, id: string, text: string, how: 'replace' | 'in-place'): void {
  const file = join(data, 'meetings', `${id}.json`);
  const m = JSON.parse(readFileSync(file, 'utf8')) as Meeting;
  const entry = outlineEntries(m.conclusions).find((e) => e.task.lead || e.task.deadline.kind !== 'none')!;
  entry.text = text;
  if (how === 'in-place') return writeFileSync(file, JSON.stringify(m, null, 2));
  writeFileSync(`${file}.tmp`, JSON.stringify(m, null, 2));
  renameSync(`${file}.tmp`, file);
}

it('after a restart, Theo dõi lists every task, as before, without opening one meeting file', async () => {
  const { data, before } = await library();
  expect(before.length).toBeGreaterThan(20);
  const again = await view(data);
  expect(again.rows).toEqual(before);
  expect(again.read).toBe(0);
});

it('a meeting saved by another run (the CLI, the editor) since shows as saved; only it is read', async () => {
  const { data, before } = await library();
  const other = await openServices(data);
  const m = await other.meeting.get('ubnd-gia-lam-2024-03-12');
  outlineEntries(m.conclusions).find((e) => e.id === 'd-gpmb')!.text = 'Hoàn thành bàn giao mặt bằng trường học.';
  await other.meeting.save(m);
  await other.close();
  const again = await view(data);
  expect(again.read).toBe(1);
  expect(again.rows.find((r) => r.startsWith('ubnd-gia-lam-2024-03-12/d-gpmb '))).toMatch(
    /bàn giao mặt bằng trường học\.$/,
  );
  expect(again.rows.length).toBe(before.length);
});

describe('a meeting file replaced behind the app (its updatedAt unchanged)', () => {
  it('is read again at the next view', async () => {
    const { data } = await library();
    retype(data, 'long-bien-2021-02-23', 'Nhiệm vụ sửa ngoài ứng dụng.', 'replace');
    expect((await view(data)).rows.some((r) => r.endsWith(' Nhiệm vụ sửa ngoài ứng dụng.'))).toBe(true);
  });

  it('is read again even when the run that noticed it closed before Theo dõi was opened', async () => {
    const { data } = await library();
    retype(data, 'long-bien-2021-02-23', 'Nhiệm vụ sửa ngoài ứng dụng.', 'replace');
    await (await openServices(data)).close(); // notices the change, never opens Theo dõi
    expect((await view(data)).rows.some((r) => r.endsWith(' Nhiệm vụ sửa ngoài ứng dụng.'))).toBe(true);
  });
});

it('when the library index had to be rebuilt, tasks.json is not trusted either, even if Theo dõi was not opened', async () => {
  const { data } = await library();
  retype(data, 'long-bien-2021-02-23', 'Sửa tại chỗ, rồi mất chỉ mục.', 'in-place');
  await fsp.rm(join(data, 'index.jsonl'));
  await (await openServices(data)).close(); // rebuilds the index, never opens Theo dõi
  expect((await view(data)).rows.some((r) => r.endsWith(' Sửa tại chỗ, rồi mất chỉ mục.'))).toBe(true);
});

it('when the index is rebuilt, Theo dõi takes the facts of that reading: the view then opens no meeting file', async () => {
  const { data, before } = await library();
  await fsp.rm(join(data, 'index.jsonl'));
  await fsp.rm(join(data, 'tasks.json'));
  expect(await view(data)).toEqual({ rows: before, read: 0 });
});

it('a check of the library then quitting without opening Theo dõi again: the next run shows what the check read', async () => {
  const { data } = await library();
  const s = await openServices(data);
  await s.followup.list({}, TODAY);
  retype(data, 'long-bien-2021-02-23', 'Sửa tại chỗ, rồi kiểm tra.', 'in-place');
  await s.checkAll();
  await s.close();
  expect((await view(data)).rows.some((r) => r.endsWith(' Sửa tại chỗ, rồi kiểm tra.'))).toBe(true);
});

it('a deleted meeting leaves Theo dõi even when another meeting cannot be read at that moment', async () => {
  const { data, before } = await library();
  const other = await openServices(data);
  const m = await other.meeting.get('vpcp-nha-o-xa-hoi-2026-06-05');
  await other.meeting.save({ ...m, subject: `${m.subject} (sửa)` }); // its facts are now stale
  await other.close();
  const refusing: FileSystem = {
    ...fsp,
    open: ((path: Parameters<typeof fsp.open>[0], ...rest: [never]) =>
      String(path).endsWith(`${sep}vpcp-nha-o-xa-hoi-2026-06-05.json`)
        ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))
        : fsp.open(path, ...rest)) as typeof fsp.open,
  };
  const s = await openServices(data, { fs: refusing });
  await s.library.remove('long-bien-2021-02-23');
  const rows = (await s.followup.list({}, TODAY)).rows.map(show);
  await s.close();
  expect(rows.filter((r) => r.startsWith('long-bien-2021-02-23/'))).toEqual([]);
  expect(rows.filter((r) => r.startsWith('vpcp-nha-o-xa-hoi-2026-06-05/'))).toEqual([]); // unreadable: skipped, said
  expect(rows.length).toBe(
    before.filter((r) => !/^(long-bien-2021-02-23|vpcp-nha-o-xa-hoi-2026-06-05)\//.test(r)).length,
  );
});

it('a check of the library (Kiểm tra) reads every meeting file again, tasks included', async () => {
  const { data } = await library();
  const s = await openServices(data);
  await s.followup.list({}, TODAY);
  retype(data, 'long-bien-2021-02-23', 'Sửa tại chỗ, không đổi thời điểm lưu.', 'in-place');
  await s.checkAll();
  const rows = (await s.followup.list({}, TODAY)).rows.map(show);
  await s.close();
  expect(rows.some((r) => r.endsWith(' Sửa tại chỗ, không đổi thời điểm lưu.'))).toBe(true);
});

describe('a damaged tasks.json is rebuilt from the meeting files, nothing shown from it', () => {
  const damage: [string, (text: string) => string][] = [
    ['cut short', (t) => t.slice(0, t.length / 2)],
    ['not JSON', () => 'tasks'],
    ['another version', (t) => t.replace('"schemaVersion":1', '"schemaVersion":99')],
    ['a name out of range', (t) => t.replace(/"names":\[/, '"names":[').replace(/,(\d+),\[\[/, ',999999,[[')],
    ['a status that is not one', (t) => t.replace(/,(\d),"([^"]*)","([^"]*)",(0|1),/, ',7,"$2","$3",$4,')],
    ['a status given as a word', (t) => t.replace(/,(\d),"([^"]*)","([^"]*)",(0|1),/, ',"length","$2","$3",$4,')],
    ['a number where text belongs', (t) => t.replace(/\[\["([^"]+)",/, '[[42,')],
  ];
  for (const [name, spoil] of damage) {
    it(name, async () => {
      const { data, before } = await library();
      const file = join(data, 'tasks.json');
      const spoiled = spoil(readFileSync(file, 'utf8'));
      expect(spoiled).not.toBe(readFileSync(file, 'utf8'));
      writeFileSync(file, spoiled);
      expect(parseTaskFacts(spoiled)).toBeNull();
      const again = await view(data);
      expect(again.rows).toEqual(before);
      // Written again whole: the run after reads no meeting file.
      expect((await view(data)).read).toBe(0);
    });
  }

  it('a key that would pollute objects is only a key: nothing polluted, the view as before', async () => {
    const { data, before } = await library();
    const file = join(data, 'tasks.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('{"schemaVersion"', '{"__proto__":{"polluted":1},"schemaVersion"'),
    );
    expect((await view(data)).rows).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a folder where the file belongs: the view is right, nothing breaks', async () => {
    const { data, before } = await library();
    await fsp.rm(join(data, 'tasks.json'));
    mkdirSync(join(data, 'tasks.json'));
    expect((await view(data)).rows).toEqual(before);
  });
});

it('the facts of every example survive the file unchanged', () => {
  const facts = examples().map(meetingFacts);
  expect(facts.flatMap((f) => f.tasks).length).toBeGreaterThan(20);
  expect(parseTaskFacts(serializeTaskFacts(facts))).toEqual(facts);
});

describe('read ahead after start-up when there is no tasks.json yet (a library from an earlier version)', () => {
  it('the first view then opens no meeting file', async () => {
    const { data, before } = await library();
    await fsp.rm(join(data, 'tasks.json'));
    const counting = countingFs();
    const s = await openServices(data, { fs: counting.fs, warmFollowup: true });
    await s.startup.warmed;
    counting.seen.meetings.clear();
    expect((await s.followup.list({}, TODAY)).rows.map(show)).toEqual(before);
    expect(counting.seen.meetings.size).toBe(0);
    await s.close();
    expect((await view(data)).read).toBe(0);
  });

  it('closing at once stops it; what the next run shows is still right', async () => {
    const { data, before } = await library();
    await fsp.rm(join(data, 'tasks.json'));
    await (await openServices(data, { warmFollowup: true })).close();
    expect((await view(data)).rows).toEqual(before);
  });

  it('a view during it joins it and lists every task', async () => {
    const { data, before } = await library();
    await fsp.rm(join(data, 'tasks.json'));
    const s = await openServices(data, { warmFollowup: true });
    const rows = (await s.followup.list({}, TODAY)).rows.map(show);
    await s.close();
    expect(rows).toEqual(before);
  });
});

it('Theo dõi asks for a window of the list: the windows put together are the whole list, with the same counts', async () => {
  const { data, before } = await library();
  const s = await openServices(data);
  const h = createHandlers(s, { platform: 'linux' });
  const seen: string[] = [];
  const input = (offset: number) =>
    contract['followup:list'].input.parse({ filter: {}, offset, limit: 7, today: TODAY });
  for (let offset = 0; offset < before.length; offset += 7) {
    const page = await h['followup:list'](input(offset));
    expect(page).toMatchObject({ total: before.length, offset });
    expect(page.counts.total).toBe(before.length);
    expect(page.years).toEqual([2026, 2024, 2021]);
    seen.push(...page.rows.map(show));
  }
  await s.close();
  expect(seen).toEqual(before);
  // No window holds more than a thousand rows, whatever the screen asks.
  expect(contract['followup:list'].input.safeParse({ filter: {}, limit: 1001 }).success).toBe(false);
});
