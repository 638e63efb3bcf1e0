/**
 * The conclusions as an outline: parts (optional heading, `I. ĐÁNH GIÁ CHUNG`), numbered items,
 * sub-items, each a plain text area where a line is a paragraph and a line starting `- ` a bullet;
 * each entry's task tracking data in a row of its own; then the paragraphs after the tasks. The
 * numbers are shown as the previewed document prints them. Keyboard: Alt+↑/↓ move, Alt+→ indent,
 * Alt+← outdent, Alt+Enter adds an entry below; Tab stays focus navigation.
 */
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { outlineNumbers } from '../../shared/layout/outlineNumbers';
import type { DocumentKind, Item, Meeting, SubItem, Task } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';
import { Card, TextArea, TextField } from '../components/fields';
import { editorProfile } from '../lib/editorProfile';
import { sessionName } from '../lib/carry';
import { newItem, newPart, newSubItem } from '../lib/factories';
import { indent, insertAfter, move, outdent, remove, type EntryAt } from '../lib/outline';
import { moveItem } from '../lib/reorder';
import { ItemControls, altArrowMove } from './ItemControls';
import { addThenFocus } from './jumpToField';
import { TaskRow } from './TaskRow';
import { sectionOf, type Edit, type SectionProps } from './types';

type Op = 'up' | 'down' | 'indent' | 'outdent' | 'add' | 'remove';
type RunOp = (op: Op, pi: number, ii: number, si?: number) => void;

const KEY_OPS: Record<string, Op> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'indent',
  ArrowLeft: 'outdent',
  Enter: 'add',
};

/** Rows that fit the text typed so far (the field also grows with its content where supported). */
const rowsFor = (text: string) => Math.min(14, Math.max(2, text.split('\n').length + 1));

interface EntryProps {
  entry: Item | SubItem;
  subs?: readonly SubItem[];
  pi: number;
  ii: number;
  si?: number;
  name: string;
  numbers: ReadonlyMap<string, string>;
  first: boolean;
  last: boolean;
  /** The item is the last of its part (its last sub-item cannot move further down). */
  lastInPart?: boolean;
  meetingDate: string;
  noticeDate: string;
  edit: Edit;
  run: RunOp;
}

/**
 * The numbers are a new map after every keystroke; an entry re-renders only when its own number
 * or its sub-items' numbers change, so typing in one of 300 items leaves the others alone.
 */
function sameEntry(a: EntryProps, b: EntryProps): boolean {
  for (const k of Object.keys(b) as (keyof EntryProps)[]) if (k !== 'numbers' && a[k] !== b[k]) return false;
  const ids = [b.entry.id, ...(b.subs ?? []).map((s) => s.id)];
  return ids.every((id) => a.numbers.get(id) === b.numbers.get(id));
}

const Entry = memo(function Entry(props: EntryProps) {
  const { entry: e, pi, ii, si, name, numbers, edit, run } = props;
  const isSub = si !== undefined;
  const at = (d: Meeting): Item | SubItem => {
    const item = d.conclusions.parts[pi]!.items[ii]!;
    return isSub ? item.items[si]! : item;
  };
  const setTask = useCallback(
    (field: string, change: (t: Task) => void) => edit(`entry.${e.id}.${field}`, (d) => change(at(d).task)),
    // `at` reads only pi, ii and si.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [edit, e.id, pi, ii, si],
  );
  const label = numbers.get(e.id);
  const title = isSub ? `Ý nhỏ ${si + 1}` : `Mục ${ii + 1}`;
  // Its path in the meeting, marked for the pre-export check to jump to.
  const path = `conclusions.parts.${pi}.items.${ii}${isSub ? `.items.${si}` : ''}`;
  return (
    <div
      className={`entry${isSub ? ' sub' : ''}`}
      data-entry-id={e.id}
      role="group"
      aria-label={`${title} (${name})`}
      onKeyDown={(ev) => {
        if (!ev.altKey || ev.ctrlKey || ev.metaKey || ev.nativeEvent.isComposing || ev.keyCode === 229) return;
        const op = KEY_OPS[ev.key];
        if (!op) return;
        ev.preventDefault();
        ev.stopPropagation(); // a sub-item's keys must not move the item around it too
        run(op, pi, ii, si);
      }}
    >
      <div className="entry-head">
        <span
          className={`number${label ? '' : ' none'}`}
          title={label ? 'Số thứ tự khi in' : 'Mục trống: không được in, không chiếm số'}
        >
          {label ?? '(trống)'}
        </span>
        <span className="title">{title}</span>
        <span className="actions">
          <button
            type="button"
            className="small"
            aria-label={`Đưa ${name} lên (Alt+↑)`}
            aria-keyshortcuts="Alt+ArrowUp"
            title="Lên (Alt+↑)"
            disabled={props.first}
            onClick={() => run('up', pi, ii, si)}
          >
            ↑
          </button>
          <button
            type="button"
            className="small"
            aria-label={`Đưa ${name} xuống (Alt+↓)`}
            aria-keyshortcuts="Alt+ArrowDown"
            title="Xuống (Alt+↓)"
            disabled={props.last}
            onClick={() => run('down', pi, ii, si)}
          >
            ↓
          </button>
          {isSub ? (
            <button
              type="button"
              className="small"
              aria-label={`Lùi ${name} ra thành mục (Alt+←)`}
              aria-keyshortcuts="Alt+ArrowLeft"
              title="Lùi ra thành mục (Alt+←)"
              onClick={() => run('outdent', pi, ii, si)}
            >
              ← Lùi ra
            </button>
          ) : (
            <button
              type="button"
              className="small"
              aria-label={`Thụt ${name} vào thành ý nhỏ của mục trên (Alt+→)`}
              aria-keyshortcuts="Alt+ArrowRight"
              title="Thụt vào thành ý nhỏ của mục trên (Alt+→)"
              disabled={ii === 0}
              onClick={() => run('indent', pi, ii, si)}
            >
              Thụt vào →
            </button>
          )}
          <button
            type="button"
            className="small"
            aria-label={`Thêm ${isSub ? 'ý nhỏ' : 'mục'} sau ${name} (Alt+Enter)`}
            aria-keyshortcuts="Alt+Enter"
            title="Thêm ngay sau (Alt+Enter)"
            onClick={() => run('add', pi, ii, si)}
          >
            + Thêm sau
          </button>
          <button
            type="button"
            className="small danger"
            aria-label={`Xóa ${name}${!isSub && props.subs?.length ? ' và các ý nhỏ' : ''}`}
            onClick={() => run('remove', pi, ii, si)}
          >
            Xóa
          </button>
        </span>
      </div>
      {e.task.carriedFrom && (
        <p className="carried-note">
          <span className="carried" title="Ghi chú theo dõi, không in ra văn bản">
            chuyển từ {sessionName(e.task.carriedFrom.date)}
          </span>
        </p>
      )}
      <TextArea
        className="entry-text"
        label={`Nội dung ${name} (mỗi dòng một đoạn, dòng bắt đầu bằng "- " là gạch đầu dòng)`}
        field={`${path}.text`}
        shown={isSub ? 'Nội dung ý nhỏ' : 'Nội dung mục'}
        rows={rowsFor(e.text)}
        placeholder={
          isSub ? 'VD: Bộ Tài chính:\n- Chủ trì rà soát ...' : 'Dòng đầu in sau số thứ tự; mỗi dòng sau là một đoạn'
        }
        value={e.text}
        onChange={(v) => edit(`entry.${e.id}.text`, (d) => void (at(d).text = v))}
      />
      <TaskRow
        task={e.task}
        text={e.text}
        name={name}
        meetingDate={props.meetingDate}
        noticeDate={props.noticeDate}
        set={setTask}
      />
      {!isSub && (
        <>
          {props.subs?.map((sub, k) => (
            <Entry
              key={sub.id}
              entry={sub}
              pi={pi}
              ii={ii}
              si={k}
              name={`ý ${k + 1} ${name}`}
              numbers={numbers}
              first={ii === 0 && k === 0}
              last={!!props.lastInPart && k === props.subs!.length - 1}
              meetingDate={props.meetingDate}
              noticeDate={props.noticeDate}
              edit={edit}
              run={run}
            />
          ))}
          <div className="actions">
            <button
              type="button"
              className="small"
              onClick={() => {
                addThenFocus(
                  () => edit('', (d) => void d.conclusions.parts[pi]!.items[ii]!.items.push(newSubItem())),
                  `${path}.items.${props.subs?.length ?? 0}.text`,
                );
              }}
            >
              Thêm ý nhỏ ({name})
            </button>
          </div>
        </>
      )}
    </div>
  );
}, sameEntry);

function ConclusionsSectionView({
  m,
  edit,
  kind,
  profiles,
}: SectionProps & { kind: DocumentKind; profiles: readonly FormatProfile[] }) {
  const c = m.conclusions;
  const profile = editorProfile(m, profiles);
  const numbers = useMemo(() => outlineNumbers(c, profile, kind), [c, profile, kind]);
  const root = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);

  // After an outline operation the entry re-renders elsewhere (often remounted): keep the focus on it.
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    root.current?.querySelector<HTMLTextAreaElement>(`[data-entry-id="${CSS.escape(id)}"] textarea`)?.focus();
  });

  const run: RunOp = useCallback(
    (op, pi, ii, si) => {
      const at: EntryAt = { pi, ii, si };
      if (op === 'remove') {
        edit('', (d) => remove(d.conclusions, at));
        return;
      }
      const fresh = newItem();
      edit('', (d) => {
        const item = d.conclusions.parts[pi]?.items[ii];
        const target = op === 'add' ? fresh.id : (si === undefined ? item : item?.items[si])?.id;
        const done =
          op === 'indent'
            ? indent(d.conclusions, at)
            : op === 'outdent'
              ? outdent(d.conclusions, at)
              : op === 'add'
                ? insertAfter(d.conclusions, at, fresh)
                : move(d.conclusions, at, op === 'up' ? -1 : 1);
        if (done) focusNext.current = target ?? null;
      });
      // A move the outline cannot make (first item of the first part up) changes nothing; the focus stays.
    },
    [edit],
  );

  const movePart = useCallback(
    (from: number, to: number) => edit('', (d) => void (d.conclusions.parts = moveItem(d.conclusions.parts, from, to))),
    [edit],
  );
  const docName = kind === 'notice' ? 'thông báo' : 'biên bản';
  return (
    <Card title="Kết luận" id="sec-conclusions">
      <div ref={root} className="outline">
        <p className="hint outline-help">
          Số thứ tự hiển thị như khi in {docName}. Phím tắt trong một mục: <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> di
          chuyển, <kbd>Alt</kbd>+<kbd>→</kbd> thụt vào thành ý nhỏ, <kbd>Alt</kbd>+<kbd>←</kbd> lùi ra thành mục,{' '}
          <kbd>Alt</kbd>+<kbd>Enter</kbd> thêm ngay sau. Nhóm theo đơn vị: mục “Các bộ, cơ quan:”, mỗi đơn vị một ý nhỏ
          “Bộ Tài chính:” rồi các dòng “- ”.
        </p>
        {c.parts.length === 0 && <p className="hint">Chưa có phần kết luận nào. Bấm “Thêm phần” để bắt đầu.</p>}
        {c.parts.map((part, pi) => {
          const pn = `phần ${pi + 1}`;
          const partNo = numbers.get(part.id);
          return (
            <section key={part.id} className="outline-part" aria-label={`Phần ${pi + 1}`}>
              <div className="part-head" onKeyDown={(e) => altArrowMove(e, pi, movePart)}>
                <span className="item-head">
                  <span className="title">Phần {pi + 1}</span>
                  <ItemControls
                    index={pi}
                    count={c.parts.length}
                    noun="phần"
                    onMove={movePart}
                    onRemove={() => edit('', (d) => void d.conclusions.parts.splice(pi, 1))}
                  />
                </span>
                <div className="part-heading">
                  <span className={`number${partNo ? '' : ' none'}`} title="Số thứ tự khi in">
                    {partNo ?? ''}
                  </span>
                  <TextField
                    label={`Tiêu đề ${pn} (để trống nếu không chia phần)`}
                    field={`conclusions.parts.${pi}.heading`}
                    shown="Tiêu đề phần (để trống nếu không chia phần)"
                    placeholder="VD: ĐÁNH GIÁ CHUNG"
                    value={part.heading}
                    onChange={(v) =>
                      edit(`part.${part.id}.heading`, (d) => void (d.conclusions.parts[pi]!.heading = v))
                    }
                  />
                </div>
                <TextArea
                  label={`Đoạn mở ${pn} (trước các mục)`}
                  shown="Đoạn mở (trước các mục)"
                  rows={rowsFor(part.text)}
                  value={part.text}
                  onChange={(v) => edit(`part.${part.id}.text`, (d) => void (d.conclusions.parts[pi]!.text = v))}
                />
              </div>
              {part.items.map((item, ii) => (
                <Entry
                  key={item.id}
                  entry={item}
                  subs={item.items}
                  pi={pi}
                  ii={ii}
                  name={`mục ${ii + 1} ${pn}`}
                  numbers={numbers}
                  first={pi === 0 && ii === 0}
                  last={pi === c.parts.length - 1 && ii === part.items.length - 1}
                  lastInPart={ii === part.items.length - 1}
                  meetingDate={m.date}
                  noticeDate={m.notice.date}
                  edit={edit}
                  run={run}
                />
              ))}
              <div className="actions">
                <button
                  type="button"
                  onClick={() => {
                    addThenFocus(
                      () => edit('', (d) => void d.conclusions.parts[pi]!.items.push(newItem())),
                      `conclusions.parts.${pi}.items.${part.items.length}.text`,
                    );
                  }}
                >
                  Thêm mục ({pn})
                </button>
              </div>
            </section>
          );
        })}
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              addThenFocus(
                () => edit('', (d) => void d.conclusions.parts.push(newPart())),
                `conclusions.parts.${c.parts.length}.heading`,
              );
            }}
          >
            Thêm phần
          </button>
        </div>
        <TextArea
          label="Đoạn sau các nhiệm vụ (VD: Trên đây là kết luận của ...)"
          rows={rowsFor(c.after)}
          value={c.after}
          onChange={(v) => edit('conclusions.after', (d) => void (d.conclusions.after = v))}
        />
      </div>
    </Card>
  );
}

// The numbers shown depend on the profile and on the document previewed (props).
export const ConclusionsSection = sectionOf(ConclusionsSectionView, ['conclusions', 'profile', 'date', 'notice']);
