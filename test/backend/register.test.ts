/**
 * The register service at the instants a kill can leave behind: after the frozen files and the
 * marker but before the register (nothing was taken), and after the register but before the meeting
 * (the next opening finishes the issue). Plus the register's word over a status set by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from '../../src/backend/export/renderDocx';
import type { Meeting } from '../../src/shared/model/meeting';
import { parseMeeting } from '../../src/shared/model/parse';
import { EXAMPLES_DIR, openServices, removeDir, tempDir } from '../fixtures/storage/helpers';

function example(): Meeting {
  const r = parseMeeting(
    JSON.parse(readFileSync(join(EXAMPLES_DIR, 'ubnd-tinh-lam-dong-lien-nganh-2026-05-20.json'), 'utf8')),
  );
  if (!r.ok) throw new Error('example');
  return r.value;
}

let dir: string;
beforeEach(() => {
  dir = tempDir('bienban-register-svc-');
});
afterEach(async () => {
  await removeDir(dir);
});

it('finishes an issue killed after the register was written: the meeting is marked issued from the frozen copy', async () => {
  let s = await openServices(dir, { renderDocx });
  const m = await s.meeting.save({ ...example(), id: 'a' });
  const entry = await s.register.issue(m.id, 'notice', { date: '2026-05-22' });
  // Rewind the meeting to how it was before its last write, and put the marker back: the state a
  // kill between the register and the meeting leaves.
  await s.meeting.save(m);
  const frozenJson = entry.file.replace(/\.docx$/, '.json');
  writeFileSync(
    join(dir, 'register.pending.json'),
    JSON.stringify({ entryId: entry.id, meetingId: 'a', kind: 'notice', json: frozenJson }),
  );
  await s.close();

  s = await openServices(dir, { renderDocx });
  const after = await s.meeting.get('a');
  expect(after.notice).toMatchObject({ number: '1', date: '2026-05-22', status: 'issued' });
  expect(
    s
      .notices()
      .map((n) => n.message)
      .join('\n'),
  ).toContain('bị gián đoạn sau khi đã vào sổ; đã hoàn tất');
  await s.close();
});

it('drops an issue killed before the register was written: no number taken, the document still a draft', async () => {
  let s = await openServices(dir, { renderDocx });
  await s.meeting.save({ ...example(), id: 'b' });
  writeFileSync(
    join(dir, 'register.pending.json'),
    JSON.stringify({ entryId: 'so-lost', meetingId: 'b', kind: 'notice', json: 'issued/b/notice-01.json' }),
  );
  await s.close();

  s = await openServices(dir, { renderDocx });
  expect((await s.meeting.get('b')).notice.status).toBe('draft');
  expect(s.register.list().entries).toEqual([]);
  // The next issue takes 01: the number was never taken.
  expect((await s.register.issue('b', 'notice', { date: '2026-05-22' })).symbol).toBe('01/TB-ĐKTLN');
  await s.close();
});

it('lets the register decide: a status set by hand does not block issuing, an entry does', async () => {
  const s = await openServices(dir, { renderDocx });
  const m = example();
  await s.meeting.save({ ...m, id: 'c', notice: { ...m.notice, status: 'issued' } });
  expect((await s.register.preview('c', 'notice', '2026-05-22')).issued).toBe(false);
  await s.register.issue('c', 'notice', { date: '2026-05-22' });
  expect((await s.register.preview('c', 'notice', '2026-05-22')).issued).toBe(true);
  await expect(s.register.issue('c', 'notice')).rejects.toMatchObject({ code: 'conflict' });
  await s.close();
});
