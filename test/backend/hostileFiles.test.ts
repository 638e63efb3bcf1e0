/** Hostile content in the data folder or in an imported file: refused or quarantined in Vietnamese, never obeyed. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInProcess as cli, EXAMPLES_DIR, removeDir, tempDir } from '../fixtures/storage/helpers';

let dir: string;
let data: string;
beforeEach(() => {
  dir = tempDir();
  data = join(dir, 'data');
});
afterEach(async () => {
  await removeDir(dir);
});

const LONG_BIEN = join(EXAMPLES_DIR, 'long-bien-2021-02-23.json');
const GIA_LAM = join(EXAMPLES_DIR, 'ubnd-gia-lam-2024-03-12.json');
const seedText = () => readFileSync(LONG_BIEN, 'utf8');
const listIds = async () =>
  (JSON.parse((await cli('library', 'list', '--json', '--data-dir', data)).out) as { id: string }[]).map((m) => m.id);

describe('a meeting file nested 10,000 levels deep', () => {
  it('is quarantined by library check with a Vietnamese reason, and the rest of the library opens', async () => {
    expect((await cli('library', 'import', '--data-dir', data, LONG_BIEN, GIA_LAM)).code).toBe(0);
    const file = join(data, 'meetings', 'ubnd-gia-lam-2024-03-12.json');
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^\{/, `{"thêm": ${deep},`));

    const r = await cli('library', 'check', '--data-dir', data);
    expect(r.err).not.toMatch(/call stack|Maximum/i);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ubnd-gia-lam-2024-03-12.*lồng nhau quá sâu/);
    expect(readdirSync(join(data, 'quarantine'))).toEqual([
      expect.stringMatching(/meetings__ubnd-gia-lam-2024-03-12\.json$/),
    ]);
    // Recovered from the import snapshot; the other meeting was never in doubt.
    expect((await listIds()).sort()).toEqual(['long-bien-2021-02-23', 'ubnd-gia-lam-2024-03-12']);
  });

  it('is refused as an input file with the same reason', async () => {
    const file = join(dir, 'sau.json');
    writeFileSync(file, seedText().replace(/^\{/, `{"x": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)},`));
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `Lỗi: Tệp cuộc họp ${file} không dùng được: dữ liệu lồng nhau quá sâu (quá 64 tầng), không phải tệp do Biên Bản tạo ra.`,
    );
  });
});

describe('invalid UTF-8', () => {
  it('is an error naming the byte offset, not a silently replaced character', async () => {
    const good = Buffer.from(seedText(), 'utf8');
    const at = good.indexOf(Buffer.from('"subject"'));
    // A lone 0xC3 (the first byte of "ê") followed by ASCII: what a cut-and-paste across encodings leaves.
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xc3, 0x41]), good.subarray(at)]);
    const file = join(dir, 'hong.json');
    writeFileSync(file, bad);
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `Lỗi: Tệp cuộc họp ${file} không dùng được: tệp không phải văn bản UTF-8 hợp lệ (byte lỗi ở vị trí ${at}).`,
    );
  });

  it('in a library file is quarantined like any damaged file', async () => {
    await cli('library', 'import', '--data-dir', data, LONG_BIEN);
    const file = join(data, 'meetings', 'long-bien-2021-02-23.json');
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from('Long Biên')) + 'Long Bi'.length;
    bytes[at] = 0xff; // first byte of "ê" overwritten
    writeFileSync(file, bytes);
    const r = await cli('library', 'check', '--data-dir', data);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`tệp không phải văn bản UTF-8 hợp lệ (byte lỗi ở vị trí ${at})`);
    expect(readdirSync(join(data, 'quarantine'))).toHaveLength(1);
    expect(await listIds()).toEqual(['long-bien-2021-02-23']);
  });
});

describe('a __proto__ key', () => {
  it('never fills the fields the meeting lacks', async () => {
    const seed = JSON.parse(seedText()) as Record<string, unknown>;
    delete seed.subject;
    const text = JSON.stringify(seed).replace(/^\{/, '{"__proto__": {"subject": "Nội dung cài cắm"},');
    const file = join(dir, 'proto.json');
    writeFileSync(file, text);
    expect((await cli('library', 'import', '--data-dir', data, file)).code).toBe(0);
    const saved = readFileSync(join(data, 'meetings', 'long-bien-2021-02-23.json'), 'utf8');
    expect(saved).not.toContain('Nội dung cài cắm');
    expect(saved).not.toContain('__proto__');
    expect((await cli('library', 'list', '--data-dir', data)).out).not.toContain('Nội dung cài cắm');
  });

  it('inside a library file never reaches the model either', async () => {
    await cli('library', 'import', '--data-dir', data, LONG_BIEN);
    const file = join(data, 'meetings', 'long-bien-2021-02-23.json');
    const seed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete seed.host;
    writeFileSync(file, JSON.stringify(seed).replace(/^\{/, '{"__proto__": {"host": "Cơ quan giả"},'));
    const r = await cli('library', 'check', '--data-dir', data);
    expect(r.code).toBe(0);
    const list = await cli('library', 'list', '--json', '--data-dir', data);
    expect(list.out).not.toContain('Cơ quan giả');
  });
});

describe('an id with a NUL character', () => {
  it('is refused, never shortened into the id of another meeting', async () => {
    const seed = JSON.parse(seedText()) as Record<string, unknown>;
    const other = join(dir, 'ab.json');
    writeFileSync(other, JSON.stringify({ ...seed, id: 'ab', subject: 'Buổi làm việc ab' }));
    expect((await cli('library', 'import', '--data-dir', data, other)).code).toBe(0);
    const before = readFileSync(join(data, 'meetings', 'ab.json'), 'utf8');

    const hostile = join(dir, 'nul.json');
    writeFileSync(hostile, JSON.stringify({ ...seed, id: 'a\u0000b', subject: 'Thay thế' }));
    const r = await cli('library', 'import', '--data-dir', data, hostile);
    expect(r.code).toBe(1);
    expect(r.err).toContain(hostile);
    expect(readFileSync(join(data, 'meetings', 'ab.json'), 'utf8')).toBe(before);
    expect(await listIds()).toEqual(['ab']);
  });
});
