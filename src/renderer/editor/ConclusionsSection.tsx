/**
 * Conclusions as an outline: parts (optional heading), items, sub-items, each a text area where a
 * line is a paragraph and a line starting `- ` a bullet, with the task's tracking data apart (it
 * prints only when `In câu giao nhiệm vụ` is on); then the paragraphs after the tasks.
 */
import { memo, useCallback } from 'react';
import { assignmentText, generatedAssignment } from '../../shared/layout/generated';
import {
  DIRECTIVE_STATUS_LABELS,
  type Deadline,
  type DirectiveStatus,
  type Item,
  type Meeting,
  type SubItem,
} from '../../shared/model/meeting';
import { dueDate } from '../../shared/model/deadline';
import { formatShortDate } from '../../shared/text/vietnamese';
import { Card, Checkbox, DateField, SelectField, TextArea, TextField, optionsOf } from '../components/fields';
import { PhraseArea } from '../components/PhraseArea';
import { sessionName } from '../lib/carry';
import { newItem, newPart, newSubItem } from '../lib/factories';
import { moveItem } from '../lib/reorder';
import { joinList, splitList } from '../lib/text';
import { ItemControls, altArrowMove } from './ItemControls';
import { sectionOf, type Edit, type SectionProps } from './types';

const STATUS_OPTIONS = optionsOf(DIRECTIVE_STATUS_LABELS);
const DEADLINE_LABELS: Record<Deadline['kind'], string> = {
  none: 'Không có',
  date: 'Một ngày cụ thể',
  relative: 'Thời hạn tính từ một mốc (VD: trong thời hạn 03 ngày làm việc kể từ ...)',
  period: 'Định kỳ, thường xuyên (VD: hằng quý)',
};
const DEADLINE_OPTIONS = optionsOf(DEADLINE_LABELS);

function deadlineOfKind(kind: Deadline['kind']): Deadline {
  if (kind === 'date') return { kind, date: '' };
  if (kind === 'relative' || kind === 'period') return { kind, text: '' };
  return { kind: 'none' };
}

/** The text and the tracking data of one item or sub-item; `at` finds it in a draft. */
const EntryFields = memo(function EntryFields(props: {
  entry: Item | SubItem;
  name: string;
  /** Its path in the meeting (`conclusions.parts.0.items.2`), marked for the checks to jump to. */
  path: string;
  edit: Edit;
  at: (m: Meeting) => Item | SubItem;
  /** The dates a relative deadline counts from (strings, so typing elsewhere does not re-render every entry). */
  meetingDate: string;
  noticeDate: string;
}) {
  const { entry: e, name, edit, at } = props;
  const t = e.task;
  const set = (field: string, change: (x: Item | SubItem) => void) =>
    edit(`entry.${e.id}.${field}`, (m) => change(at(m)));
  const d = t.deadline;
  const due = d.kind === 'relative' ? dueDate(d, { date: props.meetingDate, noticeDate: props.noticeDate }) : '';
  return (
    <div className="grid">
      {t.carriedFrom && (
        <p className="wide">
          <span className="carried" title="Ghi chú theo dõi, không in ra văn bản">
            chuyển từ {sessionName(t.carriedFrom.date)}
          </span>
        </p>
      )}
      <TextArea
        className="wide"
        label={`Nội dung ${name} (mỗi dòng một đoạn, dòng bắt đầu bằng "- " là gạch đầu dòng)`}
        field={`${props.path}.text`}
        rows={3}
        value={e.text}
        onChange={(v) => set('text', (x) => void (x.text = v))}
      />
      <TextField
        label={`Đơn vị chủ trì ${name} (theo dõi)`}
        value={t.lead}
        onChange={(v) => set('lead', (x) => void (x.task.lead = v))}
      />
      <TextField
        label={`Đơn vị phối hợp ${name} (theo dõi)`}
        hint="Cách nhau bằng dấu ;"
        value={joinList(t.support)}
        onChange={(v) => set('support', (x) => void (x.task.support = splitList(v)))}
      />
      <SelectField<Deadline['kind']>
        label={`Loại thời hạn ${name}`}
        value={d.kind}
        options={DEADLINE_OPTIONS}
        onChange={(v) => set('deadline', (x) => void (x.task.deadline = deadlineOfKind(v)))}
      />
      {d.kind === 'date' && (
        <DateField
          label={`Thời hạn ${name}`}
          value={d.date}
          onChange={(v) => set('deadline.date', (x) => void (x.task.deadline = { kind: 'date', date: v }))}
        />
      )}
      {(d.kind === 'relative' || d.kind === 'period') && (
        <TextField
          label={`Thời hạn ${name}`}
          hint={due ? `Hạn tính được: ${formatShortDate(due)}` : undefined}
          value={d.text}
          onChange={(v) => set('deadline.text', (x) => void (x.task.deadline = { kind: d.kind, text: v }))}
        />
      )}
      <SelectField<DirectiveStatus>
        label={`Trạng thái ${name}`}
        value={t.status}
        options={STATUS_OPTIONS}
        onChange={(v) => set('status', (x) => void (x.task.status = v))}
      />
      <Checkbox
        label={`In câu giao nhiệm vụ cho ${name} (chỉ in phần nội dung chưa nói)`}
        checked={t.printAssignment}
        onChange={(v) => set('printAssignment', (x) => void (x.task.printAssignment = v))}
      />
      {t.printAssignment && (
        <PhraseArea
          className="wide"
          label={`Câu giao nhiệm vụ ${name}`}
          rows={2}
          typed={t.assignment}
          generated={() => generatedAssignment(t, e.text)}
          onChange={(v) => set('assignment', (x) => void (x.task.assignment = v))}
        />
      )}
      {t.printAssignment && !assignmentText(t, e.text) && (
        <p className="hint">Nội dung đã nêu đủ đơn vị và thời hạn: không in thêm câu giao nhiệm vụ.</p>
      )}
    </div>
  );
});

function ConclusionsSectionView({ m, edit }: SectionProps) {
  const c = m.conclusions;
  const movePart = useCallback(
    (from: number, to: number) => edit('', (d) => void (d.conclusions.parts = moveItem(d.conclusions.parts, from, to))),
    [edit],
  );
  return (
    <Card title="Kết luận" id="sec-conclusions">
      {c.parts.length === 0 && <p className="hint">Chưa có phần kết luận nào.</p>}
      {c.parts.map((part, pi) => {
        const pn = `phần ${pi + 1}`;
        const moveItemIn = (from: number, to: number) =>
          edit('', (d) => void (d.conclusions.parts[pi]!.items = moveItem(d.conclusions.parts[pi]!.items, from, to)));
        return (
          <section
            key={part.id}
            className="item-list"
            aria-label={`Phần ${pi + 1}`}
            onKeyDown={(e) => altArrowMove(e, pi, movePart)}
          >
            <div className="item-head">
              <span className="title">Phần {pi + 1}</span>
              <ItemControls
                index={pi}
                count={c.parts.length}
                noun="phần"
                onMove={movePart}
                onRemove={() => edit('', (d) => void d.conclusions.parts.splice(pi, 1))}
              />
            </div>
            <TextField
              label={`Tiêu đề ${pn} (để trống nếu không chia phần)`}
              placeholder="VD: ĐÁNH GIÁ CHUNG"
              value={part.heading}
              onChange={(v) => edit(`part.${part.id}.heading`, (d) => void (d.conclusions.parts[pi]!.heading = v))}
            />
            <TextArea
              label={`Đoạn mở ${pn} (trước các mục)`}
              rows={2}
              value={part.text}
              onChange={(v) => edit(`part.${part.id}.text`, (d) => void (d.conclusions.parts[pi]!.text = v))}
            />
            <ol className="plain-list" aria-label={`Các mục của ${pn}`}>
              {part.items.map((item, ii) => {
                const name = `mục ${ii + 1} ${pn}`;
                return (
                  <li key={item.id} aria-label={`Mục ${ii + 1}`} onKeyDown={(e) => altArrowMove(e, ii, moveItemIn)}>
                    <div className="item-head">
                      <span className="title">Mục {ii + 1}</span>
                      <ItemControls
                        index={ii}
                        count={part.items.length}
                        noun={`mục (${pn})`}
                        onMove={moveItemIn}
                        onRemove={() => edit('', (d) => void d.conclusions.parts[pi]!.items.splice(ii, 1))}
                      />
                    </div>
                    <EntryFields
                      entry={item}
                      name={name}
                      path={`conclusions.parts.${pi}.items.${ii}`}
                      edit={edit}
                      meetingDate={m.date}
                      noticeDate={m.notice.date}
                      at={(d) => d.conclusions.parts[pi]!.items[ii]!}
                    />
                    <ol className="plain-list" aria-label={`Các ý nhỏ của ${name}`}>
                      {item.items.map((sub, si) => (
                        <li key={sub.id} aria-label={`Ý ${si + 1}`}>
                          <div className="item-head">
                            <span className="title">Ý {si + 1}</span>
                            <ItemControls
                              index={si}
                              count={item.items.length}
                              noun={`ý (${name})`}
                              onMove={(from, to) =>
                                edit('', (d) => {
                                  const it = d.conclusions.parts[pi]!.items[ii]!;
                                  it.items = moveItem(it.items, from, to);
                                })
                              }
                              onRemove={() =>
                                edit('', (d) => void d.conclusions.parts[pi]!.items[ii]!.items.splice(si, 1))
                              }
                            />
                          </div>
                          <EntryFields
                            entry={sub}
                            name={`ý ${si + 1} ${name}`}
                            path={`conclusions.parts.${pi}.items.${ii}.items.${si}`}
                            edit={edit}
                            meetingDate={m.date}
                            noticeDate={m.notice.date}
                            at={(d) => d.conclusions.parts[pi]!.items[ii]!.items[si]!}
                          />
                        </li>
                      ))}
                    </ol>
                    <div className="actions">
                      <button
                        type="button"
                        onClick={() =>
                          edit('', (d) => void d.conclusions.parts[pi]!.items[ii]!.items.push(newSubItem()))
                        }
                      >
                        Thêm ý nhỏ ({name})
                      </button>
                    </div>
                  </li>
                );
              })}
            </ol>
            <div className="actions">
              <button
                type="button"
                onClick={() => edit('', (d) => void d.conclusions.parts[pi]!.items.push(newItem()))}
              >
                Thêm mục ({pn})
              </button>
            </div>
          </section>
        );
      })}
      <div className="actions">
        <button type="button" onClick={() => edit('', (d) => void d.conclusions.parts.push(newPart()))}>
          Thêm phần
        </button>
      </div>
      <TextArea
        label="Đoạn sau các nhiệm vụ (VD: Trên đây là kết luận của ...)"
        rows={3}
        value={c.after}
        onChange={(v) => edit('conclusions.after', (d) => void (d.conclusions.after = v))}
      />
    </Card>
  );
}

export const ConclusionsSection = sectionOf(ConclusionsSectionView, ['conclusions', 'date', 'notice']);
