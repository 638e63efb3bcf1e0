/**
 * An imported document read with its number and full date was issued outside the app: accepting it
 * records it in the register under that number (later numbers continue after it), keeps the .docx
 * byte for byte as the issued copy, and its tasks reach follow-up. A number the series already holds
 * is reported in Vietnamese and the document stays a draft; the import itself does not fail.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { renderDocx } from '../../src/backend/export/renderDocx';
import { ND30_2020 } from '../../src/shared/profile/builtin';
import { fakePorts, openServices, removeDir, tempDir } from '../fixtures/storage/helpers';
import { stateMeeting } from './docx-fixtures';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await removeDir(d);
});

it('records an imported issued notice under its number and date, with the original .docx as the issued copy', async () => {
  const root = tempDir();
  dirs.push(root);
  const file = join(root, 'thong-bao-05.docx');
  // Số 05/TB-UBND, Gia Lâm, ngày 14 tháng 3 năm 2024: as the office issued it.
  await writeFile(file, (await renderDocx(stateMeeting(), 'notice', ND30_2020)).bytes);
  const original = readFileSync(file);
  const ports = fakePorts();
  const s = await openServices(join(root, 'data'), { ports, renderDocx });
  try {
    ports.openAnswers.push(file);
    const [item] = (await s.import.open(false)).items;
    const read = item!.recognition!.meeting;
    expect([read.notice.number, read.notice.date, read.notice.status]).toEqual(['05', '2024-03-14', 'issued']);

    const { meeting, refused } = await s.import.accept(read);
    expect(refused).toEqual([]);
    const entry = s.register.issuedEntry(meeting.id, 'notice')!;
    expect(entry).toMatchObject({
      number: 5,
      symbol: '05/TB-UBND',
      date: '2024-03-14',
      relation: 'imported',
      status: 'issued',
      meetingId: meeting.id,
    });
    expect(entry.summary).toMatch(/^Thông báo /);
    expect(entry.note).toBe('Nhập từ văn bản đã phát hành (thong-bao-05.docx)');
    expect(Buffer.compare(readFileSync(join(root, 'data', entry.file)), original)).toBe(0);
    // An export writes the document as the office issued it.
    const issued = await s.register.issuedDocument(meeting.id, 'notice');
    expect(Buffer.compare(Buffer.from(issued!.bytes), original)).toBe(0);
    // The imported notice is issued: it is not issued a second time.
    await expect(s.register.issue(meeting.id, 'notice')).rejects.toMatchObject({ code: 'conflict' });

    // The series continues after the imported number.
    const other = await s.meeting.save({ ...stateMeeting(), id: 'tiep-theo' });
    expect((await s.register.issue(other.id, 'notice', { date: '2024-03-20' })).symbol).toBe('06/TB-UBND');

    // The same document imported again: its number is taken; reported, kept as a draft, not lost.
    ports.openAnswers.push(file);
    const again = (await s.import.open(false)).items[0]!.recognition!.meeting;
    const second = await s.import.accept(again);
    expect(second.refused).toHaveLength(1);
    expect(second.refused[0]).toMatch(
      /^Thông báo kết luận nhập từ thong-bao-05\.docx mang số 05 ngày 14\/3\/2024, nhưng số 5 trong sổ UBND, năm 2024 đã dùng cho thông báo kết luận ngày 14\/3\/2024.*Văn bản được giữ ở dạng dự thảo, chưa vào sổ\.$/,
    );
    expect((await s.meeting.get(second.meeting.id)).notice).toMatchObject({ number: '05', status: 'draft' });
    expect(s.register.issuedEntry(second.meeting.id, 'notice')).toBeUndefined();
    expect(s.notices().map((n) => n.message)).toContain(second.refused[0]);
    expect(s.register.list().entries.map((e) => e.number)).toEqual([5, 6]);
  } finally {
    await s.close();
  }
});

it('records pasted text that carries a number and date, without an issued copy (not a Word file); its task is followed up', async () => {
  const root = tempDir();
  dirs.push(root);
  const file = join(root, 'dan.txt');
  await writeFile(
    file,
    [
      'ỦY BAN NHÂN DÂN HUYỆN GIA LÂM',
      'Số: 12/TB-UBND',
      'Gia Lâm, ngày 05 tháng 02 năm 2024',
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND huyện tại buổi làm việc với Phòng Tài chính - Kế hoạch',
      'Ngày 02/02/2024, Chủ tịch UBND huyện làm việc với Phòng Tài chính - Kế hoạch.',
      '1. Phòng Tài chính - Kế hoạch hoàn thành báo cáo quyết toán trước ngày 28/02/2024.',
    ].join('\n'),
  );
  const ports = fakePorts();
  const s = await openServices(join(root, 'data'), { ports, renderDocx });
  try {
    ports.openAnswers.push(file);
    const read = (await s.import.open(false)).items[0]!.recognition!.meeting;
    const { meeting } = await s.import.accept(read);
    const entry = s.register.issuedEntry(meeting.id, 'notice');
    expect(entry).toMatchObject({ number: 12, date: '2024-02-05', relation: 'imported', file: '' });
    expect(await s.register.issuedDocument(meeting.id, 'notice')).toBeNull();
    // Its task is followed up like any other meeting's.
    const rows = (await s.followup.list({}, '2024-02-10')).rows.filter((r) => r.meetingId === meeting.id);
    expect(rows.map((r) => r.dueDate)).toEqual(['2024-02-28']);
  } finally {
    await s.close();
  }
});
