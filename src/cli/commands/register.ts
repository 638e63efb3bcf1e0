/** `bienban register`: the outgoing register, listed, as JSON, or written to .docx / .xlsx; `void` a number. */
import { extname } from 'node:path';
import { ENTRY_STATUS_LABELS, type RegisterEntry } from '../../shared/register/schema';
import { entryNote } from '../../shared/register/entry';
import { formatShortDate } from '../../shared/text/vietnamese';
import { type CliCommand, expectPositionals, parseCommandArgs } from '../command';
import { CliError, UsageError } from '../errors';
import { writeOutputFile } from '../outputFile';
import { outputRefusal } from '../../backend/storage/outputTarget';
import { registerFile } from '../../backend/services/register';
import { DATA_DIR_HELP, withLibrary } from './libraryData';

/** The JSON shape the issue names; `id` added so a number can be voided. */
function jsonEntry(e: RegisterEntry) {
  return {
    id: e.id,
    number: e.number,
    symbol: e.symbol,
    date: e.date,
    kind: e.kind,
    summary: e.summary,
    signer: e.signer,
    recipients: e.recipients ? e.recipients.split('\n') : [],
    copies: e.copies,
    meetingId: e.meetingId,
    status: e.status,
    series: e.seriesLabel,
    note: entryNote(e),
  };
}

export const registerCommand: CliCommand = {
  name: 'register',
  summary: 'Sổ đăng ký văn bản đi: liệt kê, xuất ra .docx hoặc .xlsx, hủy số đã giữ',
  usage: `Cách dùng:
  bienban register [--year <năm>] [--body <mã cơ quan>] [--json] [--out <tệp.docx | tệp.xlsx>]
  bienban register void <mã số> --reason <lý do>

Tùy chọn:
  -y, --year <năm>                Chỉ các văn bản có ngày trong năm này
  -b, --body <mã cơ quan>         Chỉ các văn bản của cơ quan ban hành có mã này (UBND, ĐU...)
  --json                          In danh sách dạng JSON
  -o, --out <tệp>                 Ghi sổ ra tệp Word (.docx, trang ngang) hoặc Excel (.xlsx)
  --reason <lý do>                Lý do hủy số (với lệnh con void)
${DATA_DIR_HELP}
  -h, --help                      Hiện hướng dẫn này`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      year: { type: 'string', short: 'y' },
      body: { type: 'string', short: 'b' },
      json: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      reason: { type: 'string' },
      'data-dir': { type: 'string' },
    });
    if (values.help) {
      io.out(this.usage);
      return 0;
    }
    const dataDir = values['data-dir'] as string | undefined;
    if (positionals[0] === 'void') {
      const [, id = ''] = expectPositionals(this, positionals, ['lệnh con', 'mã số (cột id của --json)']);
      const reason = (values.reason as string | undefined) ?? '';
      if (!reason.trim()) throw new UsageError('Thiếu --reason <lý do hủy số>.', this.usage);
      return withLibrary(
        dataDir,
        io,
        async (s) => {
          const e = await s.register.void(id, reason);
          io.out(`Đã hủy số ${e.symbol} (sổ ${e.seriesLabel}): ${e.note}.`);
          return 0;
        },
        { write: true, lockWaitMs: 60_000 },
      );
    }
    expectPositionals(this, positionals, []);
    const yearText = values.year as string | undefined;
    if (yearText !== undefined && !/^\d{4}$/.test(yearText))
      throw new UsageError(`--year phải là năm có 4 chữ số, không phải "${yearText}".`, this.usage);
    const out = values.out as string | undefined;
    const ext = out ? extname(out).toLowerCase() : '';
    if (out && ext !== '.docx' && ext !== '.xlsx')
      throw new UsageError(`--out phải là tệp .docx hoặc .xlsx, không phải "${out}".`, this.usage);

    return withLibrary(dataDir, io, async (s) => {
      const filter = {
        ...(yearText === undefined ? {} : { year: Number(yearText) }),
        ...(values.body ? { body: values.body as string } : {}),
      };
      const { entries, gaps } = s.register.list(filter);
      if (out) {
        const refusal = await outputRefusal(out, { inputs: [], dataDir: s.dataDir });
        if (refusal) throw new CliError(refusal);
        const bytes = await registerFile(entries, ext === '.docx' ? 'docx' : 'xlsx', filter);
        await writeOutputFile(out, bytes);
        io.out(`Đã ghi sổ đăng ký (${entries.length} số) ra ${out}.`);
        return 0;
      }
      if (values.json) {
        io.out(JSON.stringify(entries.map(jsonEntry), null, 2));
        return 0;
      }
      for (const e of entries)
        io.out(
          [
            e.symbol,
            formatShortDate(e.date) || '(chưa có ngày)',
            ENTRY_STATUS_LABELS[e.status],
            e.summary,
            entryNote(e),
          ]
            .filter(Boolean)
            .join('\t'),
        );
      io.out(`${entries.length} số trong sổ.`);
      for (const g of gaps) io.out(`Số bị bỏ trống trong sổ ${g.label}: ${g.numbers.join(', ')}.`);
      return 0;
    });
  },
};
