/**
 * A task's tracking data in one compact row: unit in charge, supporting units, deadline, status.
 * It is for follow-up and does not print; the row says so and shows the sentence that would print
 * once `In câu giao nhiệm vụ` is on (then an editable phrase that leaves out what the text says).
 */
import { memo } from 'react';
import { assignmentText, generatedAssignment } from '../../shared/layout/generated';
import { dueDate } from '../../shared/model/deadline';
import { DIRECTIVE_STATUS_LABELS, type Deadline, type DirectiveStatus, type Task } from '../../shared/model/meeting';
import { formatShortDate } from '../../shared/text/vietnamese';
import { Checkbox, DateField, SelectField, TextField, optionsOf } from '../components/fields';
import { PhraseArea } from '../components/PhraseArea';
import { joinList, splitList } from '../lib/text';

const STATUS_OPTIONS = optionsOf(DIRECTIVE_STATUS_LABELS);
const DEADLINE_LABELS: Record<Deadline['kind'], string> = {
  none: 'Không có',
  date: 'Ngày cụ thể',
  relative: 'Tính từ một mốc',
  period: 'Định kỳ, thường xuyên',
};
const DEADLINE_OPTIONS = optionsOf(DEADLINE_LABELS);
const DEADLINE_PLACEHOLDERS: Record<'relative' | 'period', string> = {
  relative: 'VD: trong thời hạn 03 ngày làm việc kể từ ngày kết thúc cuộc họp',
  period: 'VD: hằng quý, thường xuyên',
};

function deadlineOfKind(kind: Deadline['kind'], was: Deadline): Deadline {
  // Switching between a relative phrase and a period keeps what was typed.
  const text = was.kind === 'relative' || was.kind === 'period' ? was.text : '';
  if (kind === 'date') return { kind, date: was.kind === 'date' ? was.date : '' };
  if (kind === 'relative' || kind === 'period') return { kind, text };
  return { kind: 'none' };
}

export const TaskRow = memo(function TaskRow(props: {
  task: Task;
  /** The entry's own text: the sentence leaves out what it already says. */
  text: string;
  /** `mục 2 phần 1`: makes every label unique on the page. */
  name: string;
  /** The dates a relative deadline counts from (strings, so typing elsewhere does not re-render every entry). */
  meetingDate: string;
  noticeDate: string;
  /** Change the task; `field` names it so keystrokes coalesce in undo. */
  set: (field: string, change: (t: Task) => void) => void;
}) {
  const { task: t, text, name, set } = props;
  const d = t.deadline;
  const sentence = generatedAssignment(t, text);
  const printed = assignmentText(t, text);
  const hasData = t.lead.trim() !== '' || t.support.some((x) => x.trim()) || d.kind !== 'none';
  const due = d.kind === 'relative' ? dueDate(d, { date: props.meetingDate, noticeDate: props.noticeDate }) : '';
  return (
    <fieldset className={`task-row${t.printAssignment ? ' printing' : ''}`}>
      <legend>
        Theo dõi nhiệm vụ{' '}
        <span className="task-print-state">
          {t.printAssignment ? '· có in câu giao nhiệm vụ' : '· chỉ để theo dõi, không in vào văn bản'}
        </span>
      </legend>
      <div className="task-fields">
        <TextField
          grow
          label={`Đơn vị chủ trì ${name} (theo dõi)`}
          shown="Chủ trì"
          value={t.lead}
          onChange={(v) => set('lead', (x) => void (x.lead = v))}
        />
        <TextField
          grow
          label={`Đơn vị phối hợp ${name} (theo dõi)`}
          shown="Phối hợp"
          placeholder="đơn vị A; đơn vị B"
          value={joinList(t.support)}
          onChange={(v) => set('support', (x) => void (x.support = splitList(v)))}
        />
        <SelectField<DirectiveStatus>
          label={`Trạng thái ${name}`}
          shown="Trạng thái"
          value={t.status}
          options={STATUS_OPTIONS}
          onChange={(v) => set('status', (x) => void (x.status = v))}
        />
        <SelectField<Deadline['kind']>
          label={`Loại thời hạn ${name}`}
          shown="Thời hạn"
          value={d.kind}
          options={DEADLINE_OPTIONS}
          onChange={(v) => set('deadline', (x) => void (x.deadline = deadlineOfKind(v, x.deadline)))}
        />
        {d.kind === 'date' && (
          <DateField
            label={`Thời hạn ${name}`}
            shown="Ngày hết hạn"
            value={d.date}
            onChange={(v) => set('deadline.date', (x) => void (x.deadline = { kind: 'date', date: v }))}
          />
        )}
        {(d.kind === 'relative' || d.kind === 'period') && (
          <TextField
            className="task-deadline-text"
            label={`Thời hạn ${name}`}
            shown={d.kind === 'relative' ? 'Thời hạn tính từ mốc' : 'Định kỳ'}
            placeholder={DEADLINE_PLACEHOLDERS[d.kind]}
            hint={due ? `Hạn tính được: ${formatShortDate(due)}` : undefined}
            value={d.text}
            onChange={(v) => set('deadline.text', (x) => void (x.deadline = { kind: d.kind, text: v }))}
          />
        )}
      </div>
      <div className="task-print">
        <Checkbox
          label={`In câu giao nhiệm vụ cho ${name} (chỉ in phần nội dung chưa nói)`}
          shown="In câu giao nhiệm vụ"
          checked={t.printAssignment}
          onChange={(v) => set('printAssignment', (x) => void (x.printAssignment = v))}
        />
        {!t.printAssignment && (
          <span className="hint">
            {sentence
              ? `Nếu bật, in thêm: “${sentence}”`
              : hasData
                ? 'Nội dung đã nói đủ đơn vị và thời hạn.'
                : 'Chưa nhập đơn vị hay thời hạn.'}
          </span>
        )}
        {t.printAssignment && !printed && (
          <span className="hint">Nội dung đã nói đủ đơn vị và thời hạn: không in thêm câu nào.</span>
        )}
      </div>
      {t.printAssignment && (
        <PhraseArea
          className="wide"
          label={`Câu giao nhiệm vụ ${name}`}
          shown="Câu giao nhiệm vụ (in sau nội dung)"
          rows={1}
          typed={t.assignment}
          generated={() => generatedAssignment(t, text)}
          onChange={(v) => set('assignment', (x) => void (x.assignment = v))}
        />
      )}
    </fieldset>
  );
});
