/** `bienban import`: Word notices and minutes (or pasted text) read back into meetings. */
import { importFile } from '../../backend/import/importFile';
import { ServiceError } from '../../backend/errors/serviceError';
import { summarizeRecognition } from '../../shared/import/summary';
import { newId } from '../../shared/model/ids';
import { formatShortDate } from '../../shared/text/vietnamese';
import type { Meeting } from '../../shared/model/meeting';
import { type CliCommand, parseCommandArgs } from '../command';
import { CliError, UsageError } from '../errors';
import { writeOutputFile } from '../outputFile';
import { DATA_DIR_HELP, withLibrary } from './libraryData';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Đọc thông báo, biên bản Word (.docx, .doc) hoặc văn bản dán (.txt) thành buổi làm việc',
  usage: `Cách dùng:
  bienban import <tệp.docx|tệp.doc|tệp.txt>... [--out <tệp-cuộc-họp.json> | --data-dir <thư mục>]

Mỗi tệp được đọc và nhận dạng: cơ quan ban hành, số, ngày, trích yếu, phần mở đầu, thành phần,
báo cáo, ý kiến, kết luận (phần, mục, tiểu mục, đơn vị chủ trì, thời hạn), người ký, nơi nhận.
Lệnh in từng trường tìm được kèm dòng của văn bản gốc, đánh dấu trường cần xem lại, và liệt kê
những trường văn bản không có (để trống, không tự điền). Tệp .doc cần LibreOffice trên máy.

Không có --out: các buổi làm việc được thêm vào thư viện; người dự được ghi vào danh bạ. Văn bản
có số và ngày đầy đủ là văn bản đã phát hành: được ghi vào sổ đăng ký văn bản đi với số đó (tệp
.docx được giữ nguyên làm bản đã phát hành); số đã có trong sổ thì văn bản giữ ở dạng dự thảo.

Mã thoát: 0 nếu đọc được ít nhất một tệp, 1 nếu không đọc được tệp nào.

Tùy chọn:
  -o, --out <tệp.json>            Ghi buổi làm việc ra tệp (chỉ khi nhập một tệp)
${DATA_DIR_HELP}
  -h, --help                      Hiện hướng dẫn này`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      out: { type: 'string', short: 'o' },
      'data-dir': { type: 'string' },
    });
    if (values.help) {
      io.out(this.usage);
      return 0;
    }
    if (!positionals.length) throw new UsageError('Thiếu tệp cần nhập.', this.usage);
    const out = values.out as string | undefined;
    if (out && positionals.length > 1) throw new UsageError('--out chỉ dùng khi nhập một tệp.', this.usage);
    if (out && values['data-dir']) throw new UsageError('Chọn --out hoặc --data-dir, không cả hai.', this.usage);

    const read: { meeting: Meeting; file: string }[] = [];
    const now = new Date().toISOString();
    for (const file of positionals) {
      try {
        const { recognition } = await importFile(file, { id: newId(), now });
        const [head, ...fields] = summarizeRecognition(recognition);
        io.out(`${file}: ${head}`);
        for (const line of fields) io.out(`  ${line}`);
        read.push({ meeting: recognition.meeting, file });
      } catch (e) {
        io.err(`Lỗi: ${file}: ${e instanceof ServiceError || e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (!read.length) throw new CliError(`Không đọc được tệp nào (${positionals.length} tệp).`);

    if (out) {
      await writeOutputFile(out, new TextEncoder().encode(`${JSON.stringify(read[0]!.meeting, null, 2)}\n`));
      io.out(`Đã ghi buổi làm việc ra ${out}.`);
    } else {
      await withLibrary(
        values['data-dir'] as string | undefined,
        io,
        async (s) => {
          for (const { meeting: m, file } of read) {
            const { meeting, refused } = await s.import.accept(m, file);
            io.out(`Đã thêm vào thư viện ${meeting.id}: ${meeting.subject || '(chưa rõ nội dung)'}`);
            for (const kind of ['notice', 'minutes'] as const) {
              const entry = s.register.issuedEntry(meeting.id, kind);
              if (entry) io.out(`  Vào sổ đăng ký văn bản đi: số ${entry.symbol} ngày ${formatShortDate(entry.date)}`);
            }
            for (const message of refused) io.err(`Chú ý: ${message}`);
          }
        },
        { write: true },
      );
    }
    io.out(`Đã đọc ${read.length}/${positionals.length} tệp.`);
    return 0;
  },
};
