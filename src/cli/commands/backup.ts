/** `bienban backup --out FILE.zip`: the whole library in one zip (the app restores it too). */
import { type CliCommand, expectPositionals, parseCommandArgs } from '../command';
import { UsageError } from '../errors';
import { DATA_DIR_HELP, withLibrary } from './libraryData';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Sao lưu toàn bộ thư viện ra một tệp .zip',
  usage: `Cách dùng:
  bienban backup --out <tệp.zip>

Tùy chọn:
  -o, --out <tệp.zip>             Tệp sao lưu sẽ ghi
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
    expectPositionals(this, positionals, []);
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('Thiếu --out <tệp.zip>.', this.usage);
    if (!/\.zip$/i.test(out)) throw new UsageError('Tệp sao lưu phải có đuôi .zip.', this.usage);
    return withLibrary(values['data-dir'] as string | undefined, io, async (s) => {
      const { meetings } = await s.backup.createTo(out);
      io.out(`Đã sao lưu ${meetings} buổi làm việc ra ${out}.`);
      return 0;
    });
  },
};
