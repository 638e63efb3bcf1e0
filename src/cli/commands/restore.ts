/** `bienban restore FILE.zip`: check and stage every file of a backup, keep a safety backup, then switch the library in one step. */
import { type CliCommand, expectPositionals, parseCommandArgs } from '../command';
import { DATA_DIR_HELP, withLibrary } from './libraryData';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Khôi phục thư viện từ một tệp sao lưu .zip (kiểm tra trước, giữ bản an toàn)',
  usage: `Cách dùng:
  bienban restore <tệp.zip>

Mọi tệp trong bản sao lưu được kiểm tra trước; nếu có lỗi, thư viện không bị thay đổi. Trước khi thay,
thư viện hiện tại được sao lưu vào thư mục backups; buổi làm việc không có trong bản sao lưu được
chuyển vào thùng rác, không bị xóa. Thư viện mới được chuẩn bị đầy đủ bên cạnh thư viện cũ rồi mới
thay trong một bước: nếu bị ngắt giữa chừng (mất điện, đầy ổ đĩa), lần mở thư viện sau sẽ hoàn tất
hoặc hủy việc khôi phục, thư viện luôn là bản cũ hoặc bản mới, nguyên vẹn.

Tùy chọn:
${DATA_DIR_HELP}
  -h, --help                      Hiện hướng dẫn này`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, { 'data-dir': { type: 'string' } });
    if (values.help) {
      io.out(this.usage);
      return 0;
    }
    const [zip = ''] = expectPositionals(this, positionals, ['tệp sao lưu (.zip)']);
    return withLibrary(
      values['data-dir'] as string | undefined,
      io,
      async (s) => {
        const { meetings, safetyBackup } = await s.backup.restoreFrom(zip);
        io.out(`Đã khôi phục ${meetings} buổi làm việc từ ${zip}.`);
        io.out(`Thư viện trước khi khôi phục được giữ tại ${safetyBackup}.`);
        return 0;
      },
      { write: true },
    );
  },
};
