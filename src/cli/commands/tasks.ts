/** `bienban tasks`: follow-up of every task of the library (list, update, report, reminder letter). */
import { userInfo } from 'node:os';
import { type FollowupFilter, TASK_STATE_LABELS, TASK_STATES, type TaskState } from '../../shared/followup';
import { DirectiveStatus } from '../../shared/model/meeting';
import { isIsoDate } from '../../shared/text/vietnamese';
import { type CliCommand, expectPositionals, parseCommandArgs } from '../command';
import { outputRefusal } from '../../backend/storage/outputTarget';
import { CliError, UsageError } from '../errors';
import { writeOutputFile } from '../outputFile';
import { DATA_DIR_HELP, defaultDataDir, withLibrary } from './libraryData';

const STATUSES = DirectiveStatus.options;

/** Who changed a task: the account running the command (there are no user accounts in the app). */
function whoAmI(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

export const tasksCommand: CliCommand = {
  name: 'tasks',
  summary: 'Theo dõi nhiệm vụ của các thông báo kết luận: liệt kê, cập nhật, báo cáo, đôn đốc',
  usage: `Cách dùng:
  bienban tasks [--unit <đơn vị>] [--state <tình trạng>] [--due-before <ngày>] [--json]
  bienban tasks set <mã buổi làm việc> <mã nhiệm vụ> --status open|in_progress|done|paused
                [--done-on <ngày>] [--note <nội dung>] [--deadline <ngày>] [--decided-by <ai>]
                [--reason <lý do tạm dừng>]
  bienban tasks report --from <ngày> --to <ngày> [--unit <đơn vị>] [--presiding <người chủ trì>]
                --out <báo-cáo.docx | bảng.xlsx>
  bienban tasks remind --unit <đơn vị> --out <công-văn.docx>

Lệnh con:
  (không có)  Liệt kê nhiệm vụ, hạn sớm nhất trước
  set         Cập nhật một nhiệm vụ; mỗi thay đổi được ghi vào lịch sử của nhiệm vụ
  report      Báo cáo tình hình thực hiện các kết luận ban hành trong khoảng ngày (Word hoặc Excel)
  remind      Công văn đôn đốc một đơn vị thực hiện các nhiệm vụ quá hạn và sắp đến hạn

Tùy chọn:
  -u, --unit <đơn vị>             Đơn vị chủ trì hoặc phối hợp chứa cụm này (không cần dấu)
  --state <tình trạng>            ${TASK_STATES.join(', ')}
                                  (nhiều tình trạng: cách nhau bằng dấu phẩy)
  --due-before <YYYY-MM-DD>       Chỉ nhiệm vụ có hạn trước ngày này
  --json                          In một mảng JSON
  --today <YYYY-MM-DD>            Tính tình trạng theo ngày này thay cho hôm nay
  --status <trạng thái>           open (chưa thực hiện), in_progress (đang thực hiện),
                                  done (đã hoàn thành), paused (tạm dừng)
  --done-on <YYYY-MM-DD>          Ngày hoàn thành (mặc định: hôm nay)
  --note <nội dung>               Ghi chú tiến độ, lưu vào lịch sử nhiệm vụ
  --deadline <YYYY-MM-DD>         Gia hạn: thời hạn mới (thời hạn trong thông báo giữ nguyên)
  --decided-by <ai>               Gia hạn theo ý kiến của ai (Chủ tịch UBND huyện, ...)
  --reason <lý do>                Lý do tạm dừng
  --from, --to <YYYY-MM-DD>       Khoảng ngày của các thông báo giao nhiệm vụ (báo cáo)
  --presiding <tên>               Chỉ kết luận do người này chủ trì (báo cáo)
  -o, --out <tệp>                 Tệp sẽ ghi (.docx; báo cáo nhận cả .xlsx)
${DATA_DIR_HELP}
  -h, --help                      Hiện hướng dẫn này`,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(this, argv, {
      unit: { type: 'string', short: 'u' },
      state: { type: 'string' },
      'due-before': { type: 'string' },
      json: { type: 'boolean' },
      today: { type: 'string' },
      status: { type: 'string' },
      'done-on': { type: 'string' },
      note: { type: 'string' },
      deadline: { type: 'string' },
      'decided-by': { type: 'string' },
      reason: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      presiding: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'data-dir': { type: 'string' },
    });
    if (values.help) {
      io.out(this.usage);
      return 0;
    }
    const date = (name: string): string | undefined => {
      const v = values[name as keyof typeof values] as string | undefined;
      if (v !== undefined && !isIsoDate(v))
        throw new UsageError(`--${name} phải là một ngày có thật dạng YYYY-MM-DD, không phải "${v}".`, this.usage);
      return v;
    };
    const today = date('today');
    const dataDir = values['data-dir'] as string | undefined;
    const [sub, ...rest] = positionals;

    if (sub === undefined) {
      const filter: FollowupFilter = {};
      if (values.unit) filter.unit = values.unit as string;
      const dueBefore = date('due-before');
      if (dueBefore) filter.dueBefore = dueBefore;
      if (values.state) {
        const states = (values.state as string).split(',').map((s) => s.trim());
        const bad = states.find((s) => !(TASK_STATES as readonly string[]).includes(s));
        if (bad !== undefined)
          throw new UsageError(`--state không nhận "${bad}"; chọn một trong: ${TASK_STATES.join(', ')}.`, this.usage);
        filter.states = states as TaskState[];
      }
      return withLibrary(dataDir, io, async (s) => {
        const { rows } = await s.followup.list(filter, today);
        if (values.json) {
          const out = rows.map((r) => ({
            meetingId: r.meetingId,
            taskId: r.taskId,
            text: r.text,
            lead: r.lead,
            support: r.support,
            deadline: r.deadline,
            dueDate: r.dueDate,
            state: r.state,
            source: r.source,
          }));
          io.out(JSON.stringify(out, null, 2));
          return 0;
        }
        for (const r of rows) {
          const first = r.text.split('\n')[0] ?? '';
          io.out(
            `${r.meetingId}\t${r.taskId}\t${r.dueDate || r.deadline || '(không thời hạn)'}\t${TASK_STATE_LABELS[r.state]}\t${r.lead}\t${first}`,
          );
        }
        io.out(`${rows.length} nhiệm vụ.`);
        return 0;
      });
    }

    if (sub === 'set') {
      const [meetingId = '', taskId = ''] = expectPositionals(this, rest, ['mã buổi làm việc', 'mã nhiệm vụ']);
      const status = values.status as string | undefined;
      if (status !== undefined && !(STATUSES as readonly string[]).includes(status))
        throw new UsageError(`--status không nhận "${status}"; chọn một trong: ${STATUSES.join(', ')}.`, this.usage);
      const change = {
        ...(status ? { status: status as DirectiveStatus } : {}),
        ...(date('done-on') ? { doneOn: date('done-on') } : {}),
        ...(values.note !== undefined ? { note: values.note as string } : {}),
        ...(date('deadline') ? { deadline: date('deadline') } : {}),
        ...(values['decided-by'] !== undefined ? { decidedBy: values['decided-by'] as string } : {}),
        ...(values.reason !== undefined ? { pauseReason: values.reason as string } : {}),
      };
      if (change.doneOn && (change.status ?? 'done') !== 'done')
        throw new UsageError('--done-on chỉ dùng với --status done.', this.usage);
      return withLibrary(
        dataDir,
        io,
        async (s) => {
          const row = await s.followup.setTask(meetingId, taskId, change, { by: whoAmI(), today });
          io.out(
            `Đã cập nhật nhiệm vụ ${taskId} (${meetingId}): ${TASK_STATE_LABELS[row.state]}${row.dueDate ? `, hạn ${row.dueDate}` : ''}.`,
          );
          return 0;
        },
        { write: true },
      );
    }

    if (sub === 'report' || sub === 'remind') {
      expectPositionals(this, rest, []);
      const out = values.out as string | undefined;
      const ext = /\.(docx|xlsx)$/i.exec(out ?? '')?.[1]?.toLowerCase();
      if (!out) throw new UsageError('Thiếu --out <tệp>.', this.usage);
      if (!ext || (sub === 'remind' && ext !== 'docx'))
        throw new UsageError(
          sub === 'remind' ? '--out phải là tệp .docx.' : '--out phải là tệp .docx hoặc .xlsx.',
          this.usage,
        );
      const unit = values.unit as string | undefined;
      if (sub === 'remind' && !unit?.trim()) throw new UsageError('Thiếu --unit <đơn vị> cần đôn đốc.', this.usage);
      const from = date('from');
      const to = date('to');
      if (sub === 'report' && (!from || !to)) throw new UsageError('Thiếu --from hoặc --to (YYYY-MM-DD).', this.usage);
      if (from && to && from > to) throw new UsageError(`--from ${from} sau --to ${to}.`, this.usage);
      const dir = dataDir ?? defaultDataDir();
      const refusal = await outputRefusal(out, { inputs: [], dataDir: dir });
      if (refusal) throw new CliError(refusal);
      return withLibrary(dataDir, io, async (s) => {
        if (sub === 'remind') {
          const { bytes, tasks } = await s.followup.remind(unit!, today);
          await writeOutputFile(out, bytes);
          io.out(`Đã lập công văn đôn đốc (${tasks} nhiệm vụ) ra ${out}.`);
          return 0;
        }
        const o = { from: from!, to: to!, unit, presiding: values.presiding as string | undefined };
        const bytes = await s.followup.report({ ...o, format: ext as 'docx' | 'xlsx' }, today);
        const count = (await s.followup.reportRowsOf(o, today)).length;
        await writeOutputFile(out, bytes);
        io.out(`Đã lập báo cáo tình hình thực hiện các kết luận (${count} nhiệm vụ) ra ${out}.`);
        return 0;
      });
    }

    throw new UsageError(`Không có lệnh con "${sub}" (set, report hoặc remind).`, this.usage);
  },
};
