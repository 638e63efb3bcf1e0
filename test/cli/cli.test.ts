import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ND30_2020 } from '../../src/shared/profile/builtin';
import { resolveProfile } from '../../src/shared/profile/resolve';
import { CLI, documentText, ensureCliBuilt, removeTempDirs, runCli, SEED, STATE_EXAMPLE, tempDir } from './cliRunner';

const seed = () => JSON.parse(readFileSync(SEED, 'utf8')) as Record<string, unknown>;
/** A trace would show `    at fn (file:line)`; the CLI must print plain messages only. */
const noStack = (s: string) => expect(s).not.toMatch(/^\s+at .+:\d+/m);

beforeAll(() => {
  ensureCliBuilt();
});
afterAll(removeTempDirs);

describe('bienban build', () => {
  it('is an executable node script', () => {
    const head = readFileSync(CLI, 'utf8').slice(0, 40);
    expect(head.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('still runs when the code cache is missing or belongs to another Node', () => {
    const dir = tempDir();
    for (const f of ['bienban.js', 'bienban-core.js']) copyFileSync(join(dirname(CLI), f), join(dir, f));
    const validate = () =>
      spawnSync(process.execPath, [join(dir, 'bienban.js'), 'validate', SEED], { encoding: 'utf8' });
    expect(validate().status).toBe(0);
    writeFileSync(join(dir, 'bienban-core.cache'), 'không phải bộ nhớ đệm của V8');
    const r = validate();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('hợp lệ');
  });
});

describe('bienban usage', () => {
  it('prints the command list in Vietnamese for --help and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng:');
    expect(r.stdout).toMatch(/export\s+Xuất thông báo kết luận/);
    expect(r.stdout).toMatch(/validate\s+Kiểm tra tệp cuộc họp/);
  });

  it('exits 2 with usage when no command is given', () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Lỗi: Thiếu lệnh.');
    expect(r.stderr).toContain('Cách dùng:');
  });

  it('exits 2 naming an unknown command', () => {
    const r = runCli(['xuat']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có lệnh "xuat".');
    expect(r.stdout).toBe('');
  });

  it('exits 2 naming an unknown option, with the command usage', () => {
    const r = runCli(['export', SEED, '--document', 'notice', '--out', 'x.docx', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tùy chọn không hợp lệ: --colour');
    expect(r.stderr).toContain('bienban export <tệp-cuộc-họp.json');
  });

  it('prints a command usage for `export --help`', () => {
    const r = runCli(['export', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--document notice|minutes');
    expect(r.stdout).toContain('nd30-2020');
  });

  it.each([
    [['export', SEED, '--document', 'notice'], 'Thiếu --out <tệp.docx>.'],
    [['export', SEED, '--out', 'x.docx'], 'Thiếu --document (notice hoặc minutes).'],
    [
      ['export', SEED, '--document', 'report', '--out', 'x.docx'],
      '--document chỉ nhận notice hoặc minutes, không nhận "report".',
    ],
    [['export', SEED, '--document', 'notice', '--out'], 'Tùy chọn --out cần một giá trị.'],
    [['export', '--document', 'notice', '--out', 'x.docx'], 'Thiếu tệp cuộc họp (.json).'],
    [['validate', SEED, STATE_EXAMPLE], 'Thừa đối số:'],
    [
      ['export', 'cuoc-hop.json', '--document', 'notice', '--out', './cuoc-hop.json'],
      '--out trùng với tệp cuộc họp cuoc-hop.json',
    ],
    [['export', SEED, '--document', 'notice', '--out', 'x.docx', '--profile', 'nd31'], 'Không có thể thức "nd31".'],
  ])('rejects %j with exit 2', (args, message) => {
    const dir = tempDir();
    const r = runCli(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('bienban validate', () => {
  it.each([SEED, STATE_EXAMPLE])('accepts the example %s', (file) => {
    const r = runCli(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hợp lệ');
  });

  it('lists every problem with its field path and exits 1', () => {
    const m = seed();
    m.date = '2021-02-30';
    m.startTime = '8h';
    (m.presiding as Record<string, unknown>).name = 42;
    (m.attendeeGroups as Array<{ members: Array<Record<string, unknown>> }>)[0]!.members[0]!.attendance = 'maybe';
    const dir = tempDir();
    const file = join(dir, 'sai.json');
    writeFileSync(file, JSON.stringify(m));
    const r = runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Tệp cuộc họp ${file} không hợp lệ (4 lỗi):`);
    expect(r.stderr).toContain('date: Ngày phải có dạng YYYY-MM-DD và là ngày có thật.');
    expect(r.stderr).toContain('startTime: Giờ phải có dạng HH:MM');
    expect(r.stderr).toContain('presiding.name: Sai kiểu dữ liệu: cần chuỗi văn bản, nhận được số.');
    expect(r.stderr).toMatch(/attendeeGroups\[0\]\.members\[0\]\.attendance: Giá trị không hợp lệ: chỉ nhận "present"/);
    noStack(r.stderr);
  });

  it('names a missing file in one line', () => {
    const r = runCli(['validate', 'khong-co.json'], tempDir());
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('Lỗi: Không tìm thấy tệp khong-co.json.');
  });

  it('says where malformed JSON breaks', () => {
    const dir = tempDir();
    const file = join(dir, 'hong.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "id" "x"\n}\n');
    const r = runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`Lỗi: Tệp cuộc họp ${file} không phải JSON hợp lệ (dòng 3, cột 8).`);
  });

  it('locates a bad token deep in a long file', () => {
    const dir = tempDir();
    const file = join(dir, 'hong.json');
    const text = JSON.stringify(seed(), null, 2).replace('"host": "Ban', '"host": Ban');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('"host": Ban')) + 1;
    const r = runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`không phải JSON hợp lệ (dòng ${line}, cột 11).`);
  });

  it('says an empty file is empty', () => {
    const dir = tempDir();
    const file = join(dir, 'rong.json');
    writeFileSync(file, ' \n');
    const r = runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`Lỗi: Tệp cuộc họp ${file} trống.`);
  });

  it('accepts a file saved with a UTF-8 byte order mark', () => {
    const dir = tempDir();
    const file = join(dir, 'bom.json');
    writeFileSync(file, '\uFEFF' + readFileSync(SEED, 'utf8'));
    expect(runCli(['validate', file]).code).toBe(0);
  });

  it('refuses a file from a newer version of the app', () => {
    const dir = tempDir();
    const file = join(dir, 'moi.json');
    writeFileSync(file, JSON.stringify({ ...seed(), schemaVersion: 99 }));
    const r = runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('schemaVersion: Tệp được tạo bởi phiên bản Biên Bản mới hơn (schemaVersion 99)');
  });

  it('reports a JSON array as the wrong shape at the root', () => {
    const dir = tempDir();
    const file = join(dir, 'mang.json');
    writeFileSync(file, '[]');
    const r = runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(gốc): Sai kiểu dữ liệu: cần đối tượng, nhận được danh sách.');
  });
});

describe('bienban export', () => {
  it('writes the seed notice in the Party format, and nothing else', () => {
    const dir = tempDir();
    const out = join(dir, 'thong-bao.docx');
    const r = runCli(['export', SEED, '--document', 'notice', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã xuất thông báo kết luận (thể thức hd36-2018) ra ${out}.`);
    expect(readdirSync(dir)).toEqual(['thong-bao.docx']);
    const text = documentText(out);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Số 15-TB/BTCTU');
    expect(text).toContain('Vũ Đức Bảo');
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('writes the seed minutes', () => {
    const dir = tempDir();
    const out = join(dir, 'bien-ban.docx');
    const r = runCli(['export', SEED, '-d', 'minutes', '-o', out]);
    expect(r.code).toBe(0);
    const text = documentText(out);
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('16/16');
  });

  it('renders the Party seed in the state format with --profile nd30-2020', () => {
    const dir = tempDir();
    const out = join(dir, 'nd30.docx');
    const r = runCli(['export', SEED, '--document', 'notice', '--out', out, '--profile', 'nd30-2020']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(thể thức nd30-2020)');
    const text = documentText(out);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    // A Party body in the state format is exported, with a warning on standard error.
    expect(r.stderr).toContain('Cảnh báo: "BAN TỔ CHỨC" là cơ quan của Đảng nhưng văn bản đang theo thể thức nhà nước');
    const own = runCli(['export', SEED, '--document', 'notice', '--out', join(dir, 'hd36.docx')]);
    expect(own.stderr).not.toContain('Cảnh báo');
  });

  it('uses an office profile file given with --profile', () => {
    const dir = tempDir();
    const profileFile = join(dir, 'van-phong.json');
    writeFileSync(
      profileFile,
      JSON.stringify({ ...ND30_2020, id: 'nd30-vp-huyen', name: 'Văn phòng huyện', builtIn: false }),
    );
    const out = join(dir, 'tb.docx');
    const r = runCli(['export', STATE_EXAMPLE, '--document', 'notice', '--out', out, '--profile', profileFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(thể thức nd30-vp-huyen)');
    expect(documentText(out)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('reports an invalid profile file with field paths and writes nothing', () => {
    const dir = tempDir();
    const profileFile = join(dir, 'sai.json');
    writeFileSync(profileFile, JSON.stringify({ ...ND30_2020, id: 'Sai Mã' }));
    const out = join(dir, 'tb.docx');
    const r = runCli(['export', SEED, '--document', 'notice', '--out', out, '--profile', profileFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Tệp thể thức ${profileFile} không hợp lệ (1 lỗi):`);
    expect(r.stderr).toContain('id: Mã thể thức chỉ gồm chữ thường');
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing profile file', () => {
    const dir = tempDir();
    const r = runCli(['export', SEED, '--document', 'notice', '--out', 'tb.docx', '--profile', 'khong-co.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('Lỗi: Không tìm thấy tệp khong-co.json.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a meeting whose profile it does not have, as the app does, and asks for --profile', () => {
    const dir = tempDir();
    const file = join(dir, 'cuoc-hop.json');
    writeFileSync(file, JSON.stringify({ ...seed(), profile: { id: 'hd36-tinh-uy', version: 3 } }));
    const r = runCli(['export', file, '--document', 'notice', '--out', join(dir, 'tb.docx')]);
    expect(r.code).toBe(1);
    const same = resolveProfile({ id: 'hd36-tinh-uy', version: 3 });
    expect(r.stderr).toContain(`Lỗi: ${!same.ok && same.message}`);
    expect(r.stderr).toContain('Có thể xuất với thể thức khác bằng --profile');
    expect(readdirSync(dir)).toEqual(['cuoc-hop.json']);
  });

  it('refuses a meeting drafted with a newer version of a built-in profile', () => {
    const dir = tempDir();
    const file = join(dir, 'cuoc-hop.json');
    writeFileSync(file, JSON.stringify({ ...seed(), profile: { id: 'hd36-2018', version: 2 } }));
    const r = runCli(['export', file, '--document', 'notice', '--out', join(dir, 'tb.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('phiên bản 2, mới hơn phiên bản 1 có trên máy này');
    expect(readdirSync(dir)).toEqual(['cuoc-hop.json']);
  });

  it('leaves an existing output untouched when the meeting is invalid', () => {
    const dir = tempDir();
    const file = join(dir, 'sai.json');
    writeFileSync(file, JSON.stringify({ ...seed(), date: 'hôm qua' }));
    const out = join(dir, 'tb.docx');
    writeFileSync(out, 'bản cũ');
    const r = runCli(['export', file, '--document', 'notice', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('date: Ngày phải có dạng YYYY-MM-DD');
    expect(readFileSync(out, 'utf8')).toBe('bản cũ');
    expect(readdirSync(dir).sort()).toEqual(['sai.json', 'tb.docx']);
  });

  it('names the output when its folder does not exist', () => {
    const dir = tempDir();
    const out = join(dir, 'khong-co', 'tb.docx');
    const r = runCli(['export', SEED, '--document', 'notice', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`Lỗi: Không ghi được tệp ${out}: thư mục ${join(dir, 'khong-co')} không tồn tại.`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to replace a folder and removes its temp file', () => {
    const dir = tempDir();
    const out = join(dir, 'ket-qua.docx');
    mkdirSync(join(out, 'con'), { recursive: true });
    const r = runCli(['export', SEED, '--document', 'notice', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`Lỗi: Không ghi được tệp ${out}: đó là một thư mục.`);
    expect(readdirSync(dir)).toEqual(['ket-qua.docx']);
    expect(readdirSync(out)).toEqual(['con']);
    noStack(r.stderr);
  });

  it("exports a library meeting with the library's own profile, by the meeting or by --profile", () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const office = { ...ND30_2020, id: 'nd30-vp-huyen', name: 'Văn phòng huyện', version: 2, builtIn: false };
    const file = join(dir, 'cuoc-hop.json');
    writeFileSync(file, JSON.stringify({ ...seed(), profile: { id: office.id, version: 1 } }));
    expect(runCli(['library', 'import', '--data-dir', data, file]).code).toBe(0);
    writeFileSync(join(data, 'profiles', `${office.id}.json`), JSON.stringify(office));

    const out = join(dir, 'tb.docx');
    const own = runCli(['export', 'long-bien-2021-02-23', '--data-dir', data, '--document', 'notice', '--out', out]);
    expect(own.stderr).toContain('Chú ý: Thể thức "Văn phòng huyện" đã được sửa sau khi soạn cuộc họp');
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('(thể thức nd30-vp-huyen)');
    expect(documentText(out)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');

    const chosen = runCli([
      ...['export', SEED, '--document', 'notice', '--out', out],
      ...['--profile', office.id, '--data-dir', data],
    ]);
    // A meeting file is not in the library: only the built-ins and profile files are known to it.
    expect(chosen.code).toBe(2);
    expect(chosen.stderr).toContain(`Không có thể thức "${office.id}".`);
    const byId = runCli([
      ...['export', 'long-bien-2021-02-23', '--data-dir', data, '--document', 'minutes', '--out', out],
      ...['--profile', office.id],
    ]);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toContain('(thể thức nd30-vp-huyen)');
  });

  it('never replaces the input reached through a link to its folder', () => {
    const dir = tempDir();
    const file = join(dir, 'in.json');
    copyFileSync(SEED, file);
    symlinkSync('.', join(dir, 'alias'));
    const r = runCli(['export', 'in.json', '--document', 'notice', '--out', join('alias', 'in.json')], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Lỗi: Không ghi ra ${join('alias', 'in.json')}: đó chính là tệp cuộc họp in.json (cùng một tệp dù viết khác đường dẫn). Hãy chọn tệp .docx khác.`,
    );
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(SEED, 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['alias', 'in.json']);

    const profile = JSON.stringify({ ...ND30_2020, id: 'nd30-vp-huyen', builtIn: false });
    writeFileSync(join(dir, 'tt.json'), profile);
    const overProfile = runCli(
      ['export', 'in.json', '--document', 'notice', '--profile', 'tt.json', '--out', join('alias', 'tt.json')],
      dir,
    );
    expect(overProfile.code).toBe(1);
    expect(overProfile.stderr).toContain('đó chính là tệp thể thức tt.json');
    expect(readFileSync(join(dir, 'tt.json'), 'utf8')).toBe(profile);
  });

  it("never writes into the data folder, the library's own meeting file included", () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    expect(runCli(['library', 'import', '--data-dir', data, SEED]).code).toBe(0);
    const own = join(data, 'meetings', 'long-bien-2021-02-23.json');
    const before = readFileSync(own, 'utf8');
    for (const [meeting, out] of [
      ['long-bien-2021-02-23', own],
      [SEED, join(data, 'index.json')],
      [SEED, join(data, 'backups', 'tb.docx')],
    ] as const) {
      const r = runCli(['export', meeting, '--data-dir', data, '--document', 'notice', '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Không ghi ra ${out}: tệp nằm trong thư mục dữ liệu của Biên Bản (${data})`);
    }
    expect(readFileSync(own, 'utf8')).toBe(before);
    expect(existsSync(join(data, 'backups', 'tb.docx'))).toBe(false);
  });

  it('replaces an existing output whole', () => {
    const dir = tempDir();
    const out = join(dir, 'tb.docx');
    writeFileSync(out, 'bản cũ');
    expect(runCli(['export', SEED, '--document', 'notice', '--out', out]).code).toBe(0);
    expect(documentText(out)).toContain('THÔNG BÁO');
    expect(readdirSync(dir)).toEqual(['tb.docx']);
  });
});
