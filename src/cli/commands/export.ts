/** `bienban export`: render one document of a meeting file to .docx. */
import { resolve } from 'node:path';
import { outputRefusal } from '../../backend/storage/outputTarget';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../shared/model/meeting';
import { type CliCommand, expectPositionals, parseCommandArgs } from '../command';
import { CliError, UsageError } from '../errors';
import { formatWarningLines, missingLines } from '../findings';
import { meetingProfile, resolveProfileOption } from '../meetingFile';
import { writeOutputFile } from '../outputFile';
import { defaultDataDir, resolveMeetingArg } from './libraryData';

const KINDS: readonly DocumentKind[] = ['notice', 'minutes'];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Xuất thông báo kết luận hoặc biên bản của một cuộc họp ra tệp Word (.docx)',
  usage: `Cách dùng:
  bienban export <tệp-cuộc-họp.json | mã trong thư viện> --document notice|minutes --out <tệp.docx> [--profile <thể thức>]

Tùy chọn:
  -d, --document notice|minutes   Văn bản cần xuất: notice = thông báo kết luận, minutes = biên bản
  -o, --out <tệp.docx>            Tệp Word sẽ ghi (ghi đè nếu đã có)
  -p, --profile <thể thức>        nd30-2020 (Nghị định 30), hd36-2018 (Hướng dẫn 36), tệp thể thức .json
                                  hoặc mã thể thức của thư viện (khi xuất theo mã trong thư viện);
                                  mặc định: thể thức ghi trong cuộc họp
  --data-dir <thư mục>            Thư mục dữ liệu khi chỉ định buổi làm việc bằng mã trong thư viện
  -h, --help                      Hiện hướng dẫn này

Ví dụ:
  bienban export resources/examples/long-bien-2021-02-23.json --document notice --out thong-bao.docx`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      document: { type: 'string', short: 'd' },
      out: { type: 'string', short: 'o' },
      profile: { type: 'string', short: 'p' },
      'data-dir': { type: 'string' },
    });
    if (values.help) {
      io.out(this.usage);
      return 0;
    }
    const [meetingPath = ''] = expectPositionals(this, positionals, ['tệp cuộc họp (.json)']);
    const kind = values.document as DocumentKind | undefined;
    if (kind === undefined) throw new UsageError('Thiếu --document (notice hoặc minutes).', this.usage);
    if (!KINDS.includes(kind))
      throw new UsageError(`--document chỉ nhận notice hoặc minutes, không nhận "${kind}".`, this.usage);
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('Thiếu --out <tệp.docx>.', this.usage);
    if (resolve(out) === resolve(meetingPath))
      throw new UsageError(`--out trùng với tệp cuộc họp ${meetingPath}; hãy chọn tệp .docx khác.`, this.usage);

    const dataDir = values['data-dir'] as string | undefined;
    const source = await resolveMeetingArg(meetingPath, dataDir, io);
    const profileOption = values.profile as string | undefined;
    const { profile, note } = profileOption
      ? { profile: await resolveProfileOption(profileOption, source.profiles, this.usage), note: undefined }
      : meetingProfile(source.meeting, source.profiles);
    // One slip of the keyboard must not replace the meeting file or the library with a Word document,
    // however the path is spelled (the text check above only catches the plain case early).
    const inputs = [{ path: source.file, what: 'tệp cuộc họp' }];
    if (profileOption && profileOption !== profile.id) inputs.push({ path: profileOption, what: 'tệp thể thức' });
    const refusal = await outputRefusal(out, { inputs, dataDir: dataDir ?? defaultDataDir() });
    if (refusal) throw new CliError(refusal);
    if (note) io.err(`Chú ý: ${note}`);

    const frozen = source.issued?.[kind];
    if (frozen) {
      // Issued: the bytes kept when it was issued, never a new rendering of data edited since.
      await writeOutputFile(out, frozen);
      if (profileOption)
        io.err('Chú ý: văn bản đã phát hành nên được xuất đúng bản đã phát hành; --profile không được dùng.');
      io.out(`Đã xuất ${DOCUMENT_KIND_LABELS[kind].toLowerCase()} đã phát hành ra ${out}.`);
      return 0;
    }
    // Loaded only here so `validate` and `--help` start without docx.
    const { renderDocx } = await import('../../backend/export/renderDocx');
    const { bytes } = await renderDocx(source.meeting, kind, profile);
    await writeOutputFile(out, bytes);
    // What the copy still lacks is said once the file is written, never enforced: a draft may be
    // exported to be finished by hand.
    for (const line of [...formatWarningLines(source.meeting, profile), ...missingLines(source.meeting, kind)])
      io.err(line);
    io.out(`Đã xuất ${DOCUMENT_KIND_LABELS[kind].toLowerCase()} (thể thức ${profile.id}) ra ${out}.`);
    return 0;
  },
};
