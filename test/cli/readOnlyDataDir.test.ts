/**
 * A data folder the user may read but not write, for real: the built `bienban` run as an
 * unprivileged user (`nobody`, through setpriv) on a folder without write permission. Root ignores
 * permissions, so this needs a root test run to switch users; skipped elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ensureCliBuilt, removeTempDirs, runCli, SEED, tempDir } from './cliRunner';

const NOBODY = 65534;
const canSwitchUser = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');

function runAsNobody(args: string[]) {
  const r = spawnSync(
    '/usr/bin/setpriv',
    [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, CLI, ...args],
    { encoding: 'utf8', env: { ...process.env, BIENBAN_DEBUG: '' } },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Everything under `dir` readable and enterable by all, writable by no one but root. */
function makeReadOnly(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    chmodSync(path, entry.isDirectory() ? 0o555 : 0o444);
  }
  chmodSync(dir, 0o555);
}

beforeAll(() => {
  ensureCliBuilt();
});
afterAll(removeTempDirs);

describe.runIf(canSwitchUser)('a read-only data folder', () => {
  it('reading commands work; a writing command names the folder and says reading still works', () => {
    const root = tempDir();
    chmodSync(root, 0o755);
    const data = join(root, 'data');
    expect(runCli(['library', 'import', '--data-dir', data, SEED]).code).toBe(0);
    makeReadOnly(data);
    const before = readFileSync(join(data, 'meetings', 'long-bien-2021-02-23.json'), 'utf8');

    const list = runAsNobody(['library', 'list', '--data-dir', data]);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^long-bien-2021-02-23\t2021-02-23/);

    const search = runAsNobody(['library', 'list', '--search', 'long bien', '--json', '--data-dir', data]);
    expect(JSON.parse(search.stdout)).toHaveLength(1);

    const out = join(root, 'ra');
    chmodSync(root, 0o777); // somewhere nobody may write the document
    const exported = runAsNobody(['export', 'long-bien-2021-02-23', '--data-dir', data, '-d', 'notice', '-o', out]);
    // No error; only what the seed's official copy still lacks (its signer's name, signed by hand).
    expect(exported.stderr).toBe(
      'Thông báo kết luận còn thiếu 1 mục để thành bản chính thức:\n  notice.signers.0.name: Người ký 1 chưa có họ tên.\n',
    );
    expect(exported.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(0);

    const check = runAsNobody(['library', 'check', '--data-dir', data]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(`Thư mục dữ liệu ${data} chỉ cho phép đọc`);

    const imported = runAsNobody(['library', 'import', '--data-dir', data, SEED]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).not.toMatch(/EACCES/);
    // Replacing a meeting snapshots it first: that is the first write refused.
    expect(imported.stderr).toContain(
      `Không tạo được bản chụp: thư mục dữ liệu ${data} chỉ cho phép đọc: vẫn xem, tìm và xuất văn bản được, nhưng không lưu được thay đổi`,
    );
    const asNew = runAsNobody(['library', 'import', '--as-new', '--data-dir', data, SEED]);
    expect(asNew.code).toBe(1);
    expect(asNew.stderr).toContain(`Không lưu được buổi làm việc: thư mục dữ liệu ${data} chỉ cho phép đọc`);
    expect(readFileSync(join(data, 'meetings', 'long-bien-2021-02-23.json'), 'utf8')).toBe(before);
    chmodSync(data, 0o755); // let the clean-up in
  });
});
