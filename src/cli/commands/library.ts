/** `bienban library import|list|check`: the app's library from the command line. */
import { SWITCH_DIR } from '../../backend/storage/librarySwitch';
import { CliError, UsageError } from '../errors';
import { type CliCommand, expectPositionals, parseCommandArgs } from '../command';
import { readJsonFile } from '../jsonFile';
import { DATA_DIR_HELP, printNotices, withLibrary } from './libraryData';

const STATUS_LABELS = { draft: 'nháp', issued: 'đã ban hành' } as const;

export const libraryCommand: CliCommand = {
  name: 'library',
  summary: 'Quản lý thư viện buổi làm việc của ứng dụng: nhập, liệt kê, kiểm tra',
  usage: `Cách dùng:
  bienban library import [--as-new] <tệp-cuộc-họp.json>...
  bienban library list [--search <từ khóa>] [--json]
  bienban library check

Lệnh con:
  import   Nhập tệp cuộc họp vào thư viện (cùng mã thì thay thế, bản cũ được chụp lại trước)
  list     Liệt kê các buổi làm việc, mới nhất trước; tìm không cần dấu (long bien = Long Biên)
  check    Kiểm tra mọi tệp, khôi phục hoặc cách ly tệp hỏng, dựng lại chỉ mục

Tùy chọn:
  --as-new                        Nhập thành buổi làm việc mới (mã mới), không thay bản đã có
  -s, --search <từ khóa>          Chỉ liệt kê buổi làm việc khớp từ khóa
  --json                          In danh sách dạng JSON
${DATA_DIR_HELP}
  -h, --help                      Hiện hướng dẫn này`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      'as-new': { type: 'boolean' },
      search: { type: 'string', short: 's' },
      json: { type: 'boolean' },
      'data-dir': { type: 'string' },
    });
    if (values.help) {
      io.out(this.usage);
      return 0;
    }
    const [sub, ...rest] = positionals;
    const dataDir = values['data-dir'] as string | undefined;

    if (sub === 'import') {
      if (rest.length === 0) throw new UsageError('Thiếu tệp cuộc họp cần nhập.', this.usage);
      return withLibrary(
        dataDir,
        io,
        async (s) => {
          let failed = 0;
          for (const file of rest) {
            try {
              const { meeting, replaced } = await s.library.import(
                await readJsonFile(file, 'tệp cuộc họp'),
                values['as-new'] === true,
              );
              io.out(
                `${replaced ? 'Đã thay thế' : 'Đã nhập'} ${meeting.id}: ${meeting.subject || '(chưa có nội dung)'} (${file})`,
              );
            } catch (e) {
              failed++;
              io.err(`Lỗi: ${file}: ${e instanceof Error ? e.message : String(e)}`);
            }
          }
          if (failed > 0) throw new CliError(`${failed}/${rest.length} tệp không nhập được.`);
          return 0;
        },
        { write: true },
      );
    }

    if (sub === 'list') {
      expectPositionals(this, rest, []);
      return withLibrary(dataDir, io, async (s) => {
        const items = s.library.list(values.search ? { search: values.search as string } : {});
        if (values.json) {
          io.out(JSON.stringify(items, null, 2));
          return 0;
        }
        for (const m of items) {
          io.out(
            `${m.id}\t${m.date || '(chưa có ngày)'}\t${STATUS_LABELS[m.status]}\t${m.subject || m.title || '(chưa có nội dung)'}`,
          );
        }
        io.out(`${items.length} buổi làm việc.`);
        return 0;
      });
    }

    if (sub === 'check') {
      expectPositionals(this, rest, []);
      return withLibrary(dataDir, io, async (s) => {
        const { meetings, notices } = await s.checkAll();
        printNotices(io, notices);
        const listed = s.library.list().length;
        io.out(`Đã kiểm tra ${meetings} tệp buổi làm việc; ${listed} dùng được. Chỉ mục đã được dựng lại.`);
        if (s.readOnly)
          io.out(
            `Thư mục dữ liệu ${s.dataDir} chỉ cho phép đọc: tệp hỏng chỉ được báo, không được cách ly hay khôi phục; chỉ mục chỉ được dựng lại trong bộ nhớ.`,
          );
        // A settled restore (finished or rolled back) is reported above but is not a damaged file.
        const all = s.notices().filter((n) => n.file !== `${SWITCH_DIR}/`).length;
        io.out(
          all === 0
            ? 'Không phát hiện tệp hỏng.'
            : `${all} thông báo khôi phục (xem ở trên); tệp hỏng nằm trong thư mục quarantine, không bị xóa.`,
        );
        return all === 0 ? 0 : 1;
      });
    }

    throw new UsageError(
      sub === undefined ? 'Thiếu lệnh con (import, list hoặc check).' : `Không có lệnh con "${sub}".`,
      this.usage,
    );
  },
};
