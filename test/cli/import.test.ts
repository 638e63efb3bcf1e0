/**
 * `bienban import` through the real CLI: a notice exported by the app reads back with each field's
 * line, and the meeting written exports to the same document; pasted text lands in the library;
 * a .doc is converted by LibreOffice when it is on PATH and refused with advice when it is not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meeting } from '../../src/shared/model/meeting';
import { documentText, ensureCliBuilt, removeTempDirs, runCli, SEED, STATE_EXAMPLE, tempDir } from './cliRunner';

let dir: string;
let notice: string;
let minutes: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = tempDir('bienban-import-');
  notice = join(dir, 'thong-bao.docx');
  minutes = join(dir, 'bien-ban.docx');
  expect(runCli(['export', SEED, '--document', 'notice', '--out', notice]).code).toBe(0);
  expect(runCli(['export', STATE_EXAMPLE, '--document', 'minutes', '--out', minutes]).code).toBe(0);
}, 60_000);
afterAll(removeTempDirs);

describe('bienban import', () => {
  it('prints each field with the line it came from, what is left empty, and writes a meeting that exports the same document', () => {
    const out = join(dir, 'meeting.json');
    const r = runCli(['import', notice, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${notice}: Thông báo kết luận, thể thức Đảng (HD 36/2018)`);
    expect(r.stdout).toMatch(/^ {2}Số văn bản: dòng \d+: «Số 15-TB\/BTCTU»$/m);
    expect(r.stdout).toMatch(/^ {2}Ngày ban hành: dòng \d+: «Hà Nội, ngày 25 tháng 02 năm 2021»$/m);
    expect(r.stdout).toMatch(/^ {2}Người chủ trì: dòng \d+: «Ngày 23\/02\/2021, đồng chí Vũ Đức Bảo/m);
    expect(r.stdout).toMatch(/^ {2}Kết luận: 0 phần, 2 mục, 6 tiểu mục, dòng \d+–\d+$/m);
    expect(r.stdout).toMatch(/^ {2}Không trường nào bị để trống\.$/m);
    expect(r.stdout).toContain(`Đã ghi buổi làm việc ra ${out}.`);
    const meeting = Meeting.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(meeting.notice).toMatchObject({ number: '15', date: '2021-02-25', status: 'issued' });
    expect(meeting.presiding.name).toBe('Vũ Đức Bảo');

    const again = join(dir, 'again.docx');
    expect(runCli(['export', out, '--document', 'notice', '--out', again]).code).toBe(0);
    expect(documentText(again)).toBe(documentText(notice));
  });

  it('adds what it read to the library; a file it cannot read is named on stderr and the others still land', () => {
    const data = join(dir, 'data');
    const pasted = join(dir, 'dan.txt');
    writeFileSync(
      pasted,
      [
        'ỦY BAN NHÂN DÂN',
        'XÃ ĐA TỐN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 08/TB-UBND',
        'Đa Tốn, ngày 20 tháng 5 năm 2025',
        'THÔNG BÁO',
        'Kết luận của Chủ tịch UBND xã tại cuộc họp về phòng chống thiên tai năm 2025',
        'Ngày 18/5/2025, ông Nguyễn Văn Tâm - Chủ tịch UBND xã chủ trì cuộc họp về phòng chống thiên tai năm 2025.',
        'Ông Nguyễn Văn Tâm kết luận như sau:',
        '1. Các thôn rà soát các hộ dân ở vùng trũng, hoàn thành trước ngày 01/6/2025.',
        '2. Giao Ban Chỉ huy quân sự xã chủ trì chuẩn bị lực lượng ứng cứu.',
        'Văn phòng UBND xã thông báo để các thôn biết, thực hiện./.',
      ].join('\r\n'),
    );
    const broken = join(dir, 'hong.docx');
    writeFileSync(broken, 'không phải tệp Word');
    const r = runCli(['import', pasted, broken, minutes, '--data-dir', data]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^Lỗi: ${broken}: Không đọc được tệp Word`, 'm'));
    expect(r.stdout).toContain(`${pasted}: Thông báo kết luận, thể thức Nhà nước (NĐ 30/2020)`);
    expect(r.stdout).toMatch(
      /^ {2}Kết luận: 0 phần, 2 mục, 0 tiểu mục, dòng 11–12; 2 nhiệm vụ có đơn vị chủ trì hoặc thời hạn \(cần xem lại\)$/m,
    );
    expect(r.stdout).toMatch(/^ {2}Để trống \(văn bản không có\): Thành phần tham dự, Người ký, Nơi nhận$/m);
    expect(r.stdout).toContain(`${minutes}: Biên bản, thể thức Nhà nước (NĐ 30/2020)`);
    expect(r.stdout).toContain('Đã đọc 2/3 tệp.');
    const list = runCli(['library', 'list', '--data-dir', data]);
    expect(list.stdout).toMatch(/2025-05-18\tđã ban hành\tphòng chống thiên tai năm 2025/);
    expect(list.stdout).toMatch(/2024-03-12\tnháp\ttiến độ đầu tư xây dựng trường học/);
    expect(list.stdout).toContain('2 buổi làm việc.');
  });

  it('records an issued notice in the register under its own number, keeps its .docx as issued, and reports a taken number', () => {
    const data = join(dir, 'data-so');
    const first = runCli(['import', notice, '--data-dir', data]);
    expect(first.stderr).not.toMatch(/Lỗi|dự thảo/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ {2}Vào sổ đăng ký văn bản đi: số 15-TB\/BTCTU ngày 25\/02\/2021$/m);
    const listed = runCli(['register', '--json', '--data-dir', data]);
    expect(listed.code).toBe(0);
    const entries = JSON.parse(listed.stdout) as { number: number; symbol: string; date: string; meetingId: string }[];
    expect(entries.map((e) => [e.number, e.symbol, e.date])).toEqual([[15, '15-TB/BTCTU', '2021-02-25']]);
    const issuedDir = join(data, 'issued', entries[0]!.meetingId);
    const frozen = readdirSync(issuedDir).filter((n) => n.endsWith('.docx'));
    expect(frozen).toHaveLength(1);
    expect(Buffer.compare(readFileSync(join(issuedDir, frozen[0]!)), readFileSync(notice))).toBe(0);

    // The same notice again: added to the library as a draft, the number not taken twice, exit 0.
    const again = runCli(['import', notice, '--data-dir', data]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(
      /^Chú ý: Thông báo kết luận nhập từ thong-bao\.docx mang số 15 ngày 25\/02\/2021, nhưng số 15 trong sổ .* Văn bản được giữ ở dạng dự thảo, chưa vào sổ\.$/m,
    );
    expect(again.stdout).not.toContain('Vào sổ đăng ký');
    expect((JSON.parse(runCli(['register', '--json', '--data-dir', data]).stdout) as unknown[]).length).toBe(1);
    const list = runCli(['library', 'list', '--data-dir', data]);
    expect(list.stdout).toMatch(/\tđã ban hành\t/);
    expect(list.stdout).toMatch(/\tnháp\t/);
  });

  it('is listed in bienban --help', () => {
    expect(runCli(['--help']).stdout).toMatch(
      /import\s+Đọc thông báo, biên bản Word \(\.docx, \.doc\) hoặc văn bản dán \(\.txt\)/,
    );
  });

  it('exits 1 when no file could be read; --out takes one file only', () => {
    const r = runCli(['import', join(dir, 'khong-co.docx'), join(dir, 'ghi-chu.odt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /Lỗi: .*ghi-chu\.odt: Không nhập được tệp ghi-chu\.odt: chỉ nhập tệp Word \(\.docx, \.doc\) hoặc văn bản \(\.txt\)\./,
    );
    expect(r.stderr).toContain('Không đọc được tệp nào (2 tệp).');
    const usage = runCli(['import', notice, minutes, '--out', join(dir, 'x.json')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--out chỉ dùng khi nhập một tệp.');
  });

  it('a .doc is converted by LibreOffice when soffice is on PATH, refused with advice when it is not', () => {
    const lo = join(dir, 'lo');
    mkdirSync(lo);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(lo, 'profile')}`,
        '--headless',
        '--convert-to',
        'doc:MS Word 97',
        '--outdir',
        lo,
        notice,
      ],
      { timeout: 120_000 },
    );
    const doc = join(lo, 'thong-bao.doc');
    const without = runCli(['import', doc, '--out', join(dir, 'doc.json')], undefined, { PATH: '/nonexistent' });
    expect(without.code).toBe(1);
    expect(without.stderr).toContain(
      'Tệp Word 97-2003 (.doc) chỉ đọc được khi máy có cài LibreOffice. Hãy mở tệp trong Word, chọn Lưu Như (Save As)',
    );
    const withLo = runCli(['import', doc, '--out', join(dir, 'doc.json')]);
    expect(withLo.stderr).toBe('');
    expect(withLo.code).toBe(0);
    expect(withLo.stdout).toMatch(/^ {2}Số văn bản: dòng \d+: «Số 15-TB\/BTCTU»$/m);
    expect(Meeting.parse(JSON.parse(readFileSync(join(dir, 'doc.json'), 'utf8'))).notice.signers[0]!.authority).toBe(
      'TL',
    );
  }, 180_000);
});
