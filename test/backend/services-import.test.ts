/**
 * The import service: a folder of documents is read (Word and text files, nothing else), nothing is
 * saved until the secretary accepts one; an accepted meeting lands in the library and its people in
 * the directory.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { renderDocx } from '../../src/backend/export/renderDocx';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { fakePorts, openServices, removeDir, tempDir } from '../fixtures/storage/helpers';
import { seedMeeting, stateMeeting } from './docx-fixtures';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await removeDir(d);
});

it('reads a folder, saves nothing until accepted, then adds the meeting and its people', async () => {
  const root = tempDir();
  dirs.push(root);
  const folder = join(root, 'luu-tru');
  await mkdir(folder);
  await writeFile(join(folder, 'a-thong-bao.docx'), (await renderDocx(seedMeeting(), 'notice', HD36_2018)).bytes);
  await writeFile(join(folder, 'b-bien-ban.docx'), (await renderDocx(stateMeeting(), 'minutes', ND30_2020)).bytes);
  await writeFile(join(folder, 'c-hong.docx'), 'không phải Word');
  await writeFile(join(folder, 'anh.png'), 'x');
  await writeFile(join(folder, '~$a-thong-bao.docx'), 'tệp tạm của Word');
  const ports = fakePorts();
  ports.openAnswers.push(folder);
  const s = await openServices(join(root, 'data'), { ports });
  try {
    const { canceled, items } = await s.import.open(true);
    expect(canceled).toBe(false);
    expect(items.map((i) => [i.file, i.recognition?.kind ?? null, !!i.error])).toEqual([
      ['a-thong-bao.docx', 'notice', false],
      ['b-bien-ban.docx', 'minutes', false],
      ['c-hong.docx', null, true],
    ]);
    expect(items[2]!.error).toMatch(/^Không đọc được tệp Word/);
    expect(s.library.list()).toHaveLength(0);

    const minutes = items[1]!.recognition!.meeting;
    const {
      meeting: { id },
    } = await s.import.accept(minutes);
    expect(id).not.toBe(minutes.id);
    const saved = await s.meeting.get(id);
    expect(saved.attendeeGroups.flatMap((g) => g.members).length).toBeGreaterThan(2);
    expect(s.library.list().map((m) => m.subject)).toEqual([minutes.subject]);
    const names = s.directory.list().map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Nguyễn Việt Hà', 'Phạm Quốc Tuấn']));

    ports.openAnswers.push(null);
    expect(await s.import.open(false)).toEqual({ canceled: true, items: [] });
  } finally {
    await s.close();
  }
});
