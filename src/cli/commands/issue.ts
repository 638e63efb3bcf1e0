/** `bienban issue`: take a number from the register and issue one document of a library meeting. */
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../shared/model/meeting';
import { formatShortDate } from '../../shared/text/vietnamese';
import { type CliCommand, expectPositionals, parseCommandArgs } from '../command';
import { UsageError } from '../errors';
import { DATA_DIR_HELP, withLibrary } from './libraryData';

const KINDS: readonly DocumentKind[] = ['notice', 'minutes'];
/** Several secretaries may issue at once: each waits its turn for the data folder (one writer). */
const ISSUE_LOCK_WAIT_MS = 60_000;

export const issueCommand: CliCommand = {
  name: 'issue',
  summary: 'Phát hành một văn bản của buổi làm việc: lấy số trong sổ đăng ký, giữ nguyên bản đã phát hành',
  usage: `Cách dùng:
  bienban issue <mã buổi làm việc> --document notice|minutes [--number <số> | --reserve] [--date YYYY-MM-DD]

Tùy chọn:
  -d, --document notice|minutes   Văn bản phát hành: notice = thông báo kết luận, minutes = biên bản
  -n, --number <số>               Dùng số này (bị từ chối nếu số đã dùng, đã giữ hoặc đã hủy)
  --reserve                       Chỉ giữ số tiếp theo cho văn bản, chưa phát hành
  --date <YYYY-MM-DD>             Ngày văn bản; mặc định: hôm nay
  --correct                       Phát hành văn bản đính chính văn bản đã phát hành (số mới)
  --replace                       Phát hành văn bản thay thế văn bản đã phát hành (số mới)
${DATA_DIR_HELP}
  -h, --help                      Hiện hướng dẫn này`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      document: { type: 'string', short: 'd' },
      number: { type: 'string', short: 'n' },
      reserve: { type: 'boolean' },
      date: { type: 'string' },
      correct: { type: 'boolean' },
      replace: { type: 'boolean' },
      'data-dir': { type: 'string' },
    });
    if (values.help) {
      io.out(this.usage);
      return 0;
    }
    const [meetingId = ''] = expectPositionals(this, positionals, ['mã buổi làm việc']);
    const kind = values.document as DocumentKind | undefined;
    if (kind === undefined) throw new UsageError('Thiếu --document (notice hoặc minutes).', this.usage);
    if (!KINDS.includes(kind))
      throw new UsageError(`--document chỉ nhận notice hoặc minutes, không nhận "${kind}".`, this.usage);
    const typed = values.number as string | undefined;
    if (typed !== undefined && !/^\d{1,6}$/.test(typed.trim()))
      throw new UsageError(`--number phải là một số nguyên dương, không phải "${typed}".`, this.usage);
    if (typed !== undefined && values.reserve)
      throw new UsageError('Chỉ dùng một trong hai: --number hoặc --reserve.', this.usage);
    if (values.correct && values.replace)
      throw new UsageError('Chỉ dùng một trong hai: --correct hoặc --replace.', this.usage);
    const relation = values.correct ? 'correction' : values.replace ? 'replacement' : undefined;

    return withLibrary(
      values['data-dir'] as string | undefined,
      io,
      async (s) => {
        const entry = await s.register.issue(meetingId, kind, {
          number: typed === undefined ? undefined : Number(typed),
          reserve: values.reserve === true,
          date: values.date as string | undefined,
          relation,
        });
        const what = DOCUMENT_KIND_LABELS[kind].toLowerCase();
        io.out(
          entry.status === 'reserved'
            ? `Đã giữ số ${entry.symbol} cho ${what} của buổi làm việc ${meetingId} (sổ ${entry.seriesLabel}).`
            : `Đã phát hành ${what} số ${entry.symbol} ngày ${formatShortDate(entry.date)} (sổ ${entry.seriesLabel}).`,
        );
        return 0;
      },
      { write: true, lockWaitMs: ISSUE_LOCK_WAIT_MS },
    );
  },
};
