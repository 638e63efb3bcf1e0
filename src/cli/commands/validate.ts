/** `bienban validate`: list every problem of a meeting file with its field path. */
import { type CliCommand, expectPositionals, parseCommandArgs } from '../command';
import { formatWarningLines, missingLines } from '../findings';
import { readMeeting } from '../meetingFile';
import { resolveProfile } from '../../shared/profile/resolve';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Kiểm tra tệp cuộc họp, liệt kê mọi lỗi kèm đường dẫn trường',
  usage: `Cách dùng:
  bienban validate <tệp-cuộc-họp.json>

Mã thoát: 0 nếu hợp lệ, 1 nếu tệp có lỗi (mỗi lỗi một dòng: <trường>: <lỗi>).
Tệp hợp lệ vẫn được liệt kê những gì bản chính thức còn thiếu (số, ngày, người ký, giờ kết thúc,
thành phần dự, mục còn trống) và cảnh báo khi thể thức không hợp với cơ quan ban hành; những dòng
này không làm thay đổi mã thoát.

Tùy chọn:
  -h, --help   Hiện hướng dẫn này`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {});
    if (values.help) {
      io.out(this.usage);
      return 0;
    }
    const [path = ''] = expectPositionals(this, positionals, ['tệp cuộc họp (.json)']);
    const meeting = await readMeeting(path);
    io.out(`Tệp cuộc họp ${path} hợp lệ (thể thức ${meeting.profile.id}, phiên bản ${meeting.profile.version}).`);
    const resolved = resolveProfile(meeting.profile, []);
    const lines = [
      ...(resolved.ok ? formatWarningLines(meeting, resolved.profile) : []),
      ...missingLines(meeting, 'notice'),
      ...missingLines(meeting, 'minutes'),
    ];
    for (const line of lines) io.out(line);
    return 0;
  },
};
