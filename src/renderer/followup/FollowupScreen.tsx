/**
 * Theo dõi: every task of the library in one virtualised list, filters (unit, state, due window,
 * year, presiding official, search), count tiles that filter when clicked, and keyboard edits of
 * the selected task: 1–4 set its status, Enter opens the update form (Esc back to the list), and
 * the source notice's text and the task's history show beside it.
 */
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  taskOneLine,
  TASK_STATE_LABELS,
  TASK_STATES,
  type FollowupFilter,
  type FollowupRow,
  type TaskState,
} from '../../shared/followup';
import {
  DIRECTIVE_STATUS_LABELS,
  type DirectiveStatus,
  outlineEntries,
  type TaskEvent,
} from '../../shared/model/meeting';
import { formatShortDate, upperFirst } from '../../shared/text/vietnamese';
import { call, errorMessage } from '../api';
import { DateField, Labeled, SelectField, TextArea, optionsOf } from '../components/fields';
import { VirtualList } from '../library/VirtualList';
import { NoticePreviewDialog } from './NoticePreviewDialog';
import { ReportDialog } from './ReportDialog';

export const FOLLOWUP_ROW_HEIGHT = 56;
/** Rows asked for at once, and how far beyond the rows in view. */
const PAGE = 200;
const AHEAD = 60;
const DEBOUNCE_MS = 120;
const ALL = { value: '', label: 'Tất cả' } as const;

/** The tiles, in the order a leader reads them; each filters the list to its state. */
const TILES: ReadonlyArray<{ state: TaskState | ''; label: string }> = [
  { state: '', label: 'Tổng số' },
  { state: 'done_on_time', label: 'Hoàn thành đúng hạn' },
  { state: 'done_late', label: 'Hoàn thành quá hạn' },
  { state: 'not_due', label: 'Đang thực hiện trong hạn' },
  { state: 'due_soon', label: 'Sắp đến hạn' },
  { state: 'overdue', label: 'Quá hạn' },
  { state: 'no_deadline', label: 'Không thời hạn' },
  { state: 'paused', label: 'Tạm dừng' },
];

/** Keys 1–4 on a selected task: its new status. */
const STATUS_KEYS: Record<string, DirectiveStatus> = { '1': 'open', '2': 'in_progress', '3': 'done', '4': 'paused' };

const EVENT_LABELS: Record<TaskEvent['kind'], string> = {
  note: 'Tiến độ',
  done: 'Hoàn thành',
  extension: 'Gia hạn',
  status: 'Trạng thái',
  pause: 'Tạm dừng',
};

const keyOf = (r: Pick<FollowupRow, 'meetingId' | 'taskId'>) => `${r.meetingId}--${r.taskId}`;
const firstLine = (text: string) => text.split('\n')[0] ?? '';

type Counts = Record<TaskState | 'total', number>;

interface Draft {
  status: DirectiveStatus;
  doneOn: string;
  note: string;
  reportNumber: string;
  deadline: string;
  decidedBy: string;
  pauseReason: string;
}

const draftOf = (r: FollowupRow): Draft => ({
  status: r.status,
  doneOn: r.doneOn,
  note: '',
  reportNumber: '',
  deadline: '',
  decidedBy: '',
  pauseReason: r.pauseReason,
});

export function FollowupScreen(props: { notify: (message: string, error?: boolean) => void }) {
  const { notify } = props;
  const [search, setSearch] = useState('');
  const [unit, setUnit] = useState('');
  const [presiding, setPresiding] = useState('');
  const [state, setState] = useState<TaskState | ''>('');
  const [dueFrom, setDueFrom] = useState('');
  const [dueTo, setDueTo] = useState('');
  const [year, setYear] = useState('');
  const [typed, setTyped] = useState({ search: '', unit: '', presiding: '' });
  const [rows, setRows] = useState<(FollowupRow | undefined)[] | null>(null);
  const [total, setTotal] = useState(0);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [years, setYears] = useState<number[]>([]);
  const [today, setToday] = useState('');
  const [selected, setSelected] = useState('');
  const [tick, setTick] = useState(0);
  /** The task whose notice is shown over the list. */
  const [preview, setPreview] = useState<FollowupRow | null>(null);
  const [reporting, setReporting] = useState(false);
  const request = useRef(0);
  const listRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Typed filters reach the service a moment after the last keystroke; the fields update at once.
  useEffect(() => {
    const t = setTimeout(() => setTyped({ search, unit, presiding }), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [search, unit, presiding]);

  const filter = useMemo<FollowupFilter>(() => {
    const f: FollowupFilter = {};
    if (typed.search.trim()) f.search = typed.search.trim();
    if (typed.unit.trim()) f.unit = typed.unit.trim();
    if (typed.presiding.trim()) f.presiding = typed.presiding.trim();
    if (state) f.states = [state];
    if (dueFrom) f.dueFrom = dueFrom;
    if (dueTo) f.dueBefore = nextDay(dueTo);
    if (year) f.year = Number(year);
    return f;
  }, [typed, state, dueFrom, dueTo, year]);

  // The list is loaded in windows of PAGE rows as it scrolls: the first with the counts, the others
  // when they come into view. A new filter or a change starts again (older answers are dropped).
  const loading = useRef(new Set<number>());
  useEffect(() => {
    const id = ++request.current;
    loading.current = new Set([0]);
    call('followup:list', { filter, offset: 0, limit: PAGE })
      .then((first) => {
        if (id !== request.current) return;
        // Filled, not sparse: rows not loaded yet are undefined slots the list draws as loading.
        const all = new Array<FollowupRow | undefined>(first.total).fill(undefined);
        first.rows.forEach((r, k) => (all[k] = r));
        setRows(all);
        setTotal(first.total);
        setCounts(first.counts as Counts);
        setToday(first.today);
        setYears(first.years);
      })
      .catch((e: unknown) => id === request.current && notify(errorMessage(e), true));
  }, [filter, tick, notify]);

  const onRange = useCallback(
    (start: number, end: number) => {
      if (!rows) return;
      const id = request.current;
      for (let p = Math.floor(Math.max(0, start - AHEAD) / PAGE); p * PAGE < Math.min(rows.length, end + AHEAD); p++) {
        if (loading.current.has(p) || rows[p * PAGE] !== undefined) continue;
        loading.current.add(p);
        call('followup:list', { filter, offset: p * PAGE, limit: PAGE })
          .then((page) => {
            if (id !== request.current) return;
            setRows((cur) => {
              if (!cur) return cur;
              const next = cur.slice();
              page.rows.forEach((r, k) => (next[page.offset + k] = r));
              return next;
            });
          })
          .catch((e: unknown) => id === request.current && notify(errorMessage(e), true));
      }
    },
    [rows, filter, notify],
  );

  // The selection is a task; while its row is still loading, its position (`#12`).
  const index = useMemo(() => {
    if (!rows) return -1;
    if (selected.startsWith('#')) return Math.min(Number(selected.slice(1)), rows.length - 1);
    return rows.findIndex((r) => r !== undefined && keyOf(r) === selected);
  }, [rows, selected]);
  const row = index >= 0 ? rows?.[index] : undefined;
  // A row chosen while loading becomes that task once it has loaded, so a reload keeps the task.
  useEffect(() => {
    if (selected.startsWith('#') && row) setSelected(keyOf(row));
  }, [selected, row]);
  // A new filter: a position in the old list means nothing.
  useEffect(() => setSelected((cur) => (cur.startsWith('#') ? '' : cur)), [filter]);

  const change = useCallback(
    async (r: FollowupRow, c: Parameters<typeof applyChange>[1]) => {
      try {
        const updated = await applyChange(r, c);
        notify(
          `Đã cập nhật nhiệm vụ: ${taskOneLine(r.text).slice(0, 60)} — ${TASK_STATE_LABELS[updated.state as TaskState]}.`,
        );
        setTick((t) => t + 1);
        return true;
      } catch (e) {
        notify(errorMessage(e), true);
        return false;
      }
    },
    [notify],
  );

  const onListKey = (e: KeyboardEvent) => {
    // Keys act on the selected task only from the list itself (not from a button beside it).
    const fromList = e.target instanceof HTMLElement && e.target.getAttribute('role') === 'listbox';
    if (!row || !fromList || e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    const status = STATUS_KEYS[e.key];
    if (status) {
      e.preventDefault();
      void change(row, { status });
    } else if (e.key.toLowerCase() === 'g') {
      e.preventDefault();
      focusForm('[data-field="note"]');
    } else if (e.key.toLowerCase() === 'x') {
      e.preventDefault();
      setPreview(row);
    }
  };

  const focusList = () => listRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();

  const focusForm = (selector = 'select') => {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(selector)?.focus());
  };

  const toggleTile = (s: TaskState | '') => setState((cur) => (s === '' || cur === s ? '' : s));
  const filtered = Object.keys(filter).length > 0;

  return (
    <div className="screen followup">
      <div className="toolbar" role="search">
        <h1 className="visually-hidden">Theo dõi thực hiện kết luận</h1>
        <Labeled className="grow" label="Tìm nhiệm vụ">
          {(id) => (
            <input
              id={id}
              type="search"
              placeholder="Nội dung, số thông báo, ghi chú…"
              value={search}
              spellCheck={false}
              onChange={(e) => setSearch(e.target.value)}
            />
          )}
        </Labeled>
        <Labeled label="Đơn vị (chủ trì hoặc phối hợp)">
          {(id) => <input id={id} value={unit} spellCheck={false} onChange={(e) => setUnit(e.target.value)} />}
        </Labeled>
        <SelectField
          label="Tình trạng"
          value={state}
          onChange={setState}
          options={[ALL, ...TASK_STATES.map((s) => ({ value: s, label: upperFirst(TASK_STATE_LABELS[s]) }))]}
        />
        <DateField label="Hạn từ ngày" value={dueFrom} onChange={setDueFrom} />
        <DateField label="Hạn đến ngày" value={dueTo} onChange={setDueTo} />
        <SelectField
          label="Năm giao"
          value={year}
          onChange={setYear}
          options={[ALL, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        />
        <Labeled label="Người chủ trì">
          {(id) => (
            <input id={id} value={presiding} spellCheck={false} onChange={(e) => setPresiding(e.target.value)} />
          )}
        </Labeled>
      </div>
      <div className="tiles" role="group" aria-label="Số nhiệm vụ theo tình trạng">
        {TILES.map((t) => (
          <button
            key={t.label}
            type="button"
            className={`tile ${t.state || 'total'}`}
            aria-pressed={t.state === '' ? state === '' : state === t.state}
            onClick={() => toggleTile(t.state)}
          >
            <span className="tile-count" data-state={t.state || 'total'}>
              {counts ? (t.state ? counts[t.state] : counts.total).toLocaleString('vi-VN') : '…'}
            </span>
            <span className="tile-label">{t.label}</span>
          </button>
        ))}
      </div>
      <div className="library-body">
        <div className="library-main" onKeyDown={onListKey} ref={listRef}>
          <div className="row">
            <span className="count" role="status" aria-live="polite">
              {rows === null
                ? 'Đang tải…'
                : `${total.toLocaleString('vi-VN')} nhiệm vụ${today ? ` · tính đến ngày ${formatShortDate(today)}` : ''}`}
            </span>
            <button type="button" className="small" disabled={!today} onClick={() => setReporting(true)}>
              Lập báo cáo, đôn đốc…
            </button>
            <span className="hint">
              ↑/↓ chọn · 1 Chưa thực hiện · 2 Đang thực hiện · 3 Hoàn thành hôm nay · 4 Tạm dừng · G ghi chú · X xem
              thông báo · Enter cập nhật
            </span>
          </div>
          <div className="list-head task-cols" aria-hidden="true">
            <span>Nhiệm vụ</span>
            <span>Đơn vị chủ trì</span>
            <span>Thời hạn</span>
            <span>Tình trạng</span>
            <span>Ghi chú mới nhất</span>
          </div>
          <VirtualList
            items={rows ?? []}
            rowHeight={FOLLOWUP_ROW_HEIGHT}
            resetKey={JSON.stringify(filter)}
            label="Danh sách nhiệm vụ"
            idOf={(r, i) => (r ? keyOf(r) : `dang-tai-${i}`)}
            selectedIndex={index}
            onSelect={(i) => setSelected(rows?.[i] ? keyOf(rows[i]) : `#${i}`)}
            onRange={onRange}
            onOpen={() => focusForm()}
            empty={
              <div className="empty">
                {rows === null
                  ? 'Đang tải…'
                  : filtered
                    ? 'Không có nhiệm vụ phù hợp.'
                    : 'Chưa có nhiệm vụ nào: nhiệm vụ là các mục kết luận có đơn vị chủ trì hoặc thời hạn.'}
              </div>
            }
            renderRow={(r) =>
              r === undefined ? (
                <div className="task-cols">
                  <span className="subject hint">Đang tải…</span>
                </div>
              ) : (
                <div className="task-cols">
                  <span className="subject">
                    {taskOneLine(r.text) || '(chưa có nội dung)'}
                    <div className="sub">
                      {r.source.number ? `Số ${r.source.number}` : 'Chưa có số'}
                      {r.source.date ? ` ngày ${formatShortDate(r.source.date)}` : ''}
                      {r.presiding ? ` · ${r.presiding}` : ''}
                    </div>
                  </span>
                  <span className="cell">
                    {r.lead || '—'}
                    {r.support.length > 0 && <div className="sub">Phối hợp: {r.support.join(', ')}</div>}
                  </span>
                  <span className="cell">
                    {r.dueDate ? formatShortDate(r.dueDate) : r.deadline || '—'}
                    {r.extended && <div className="sub">đã gia hạn</div>}
                  </span>
                  <span>
                    <span className={`badge state-${r.state}`}>{upperFirst(TASK_STATE_LABELS[r.state])}</span>
                  </span>
                  <span className="cell sub">{firstLine(r.lastNote)}</span>
                </div>
              )
            }
          />
        </div>
        {row && (
          <TaskPanel
            key={JSON.stringify(row)}
            row={row}
            formRef={formRef}
            notify={notify}
            onSubmit={(c) => change(row, c)}
            onPreview={() => setPreview(row)}
            onDone={focusList}
          />
        )}
        {reporting && (
          <ReportDialog
            today={today}
            unit={unit.trim()}
            presiding={presiding.trim()}
            notify={notify}
            onClose={() => setReporting(false)}
          />
        )}
        {preview && (
          <NoticePreviewDialog
            row={preview}
            onClose={() => {
              setPreview(null);
              focusList();
            }}
          />
        )}
      </div>
    </div>
  );
}

/** `YYYY-MM-DD` of the day after: `Hạn đến ngày` includes that day. */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d! + 1));
  return t.toISOString().slice(0, 10);
}

type Change = Parameters<typeof call<'followup:setTask'>>[1]['change'];

function applyChange(r: FollowupRow, change: Change) {
  return call('followup:setTask', { meetingId: r.meetingId, taskId: r.taskId, change });
}

/** The selected task: its notice's text and history, and the update form. */
function TaskPanel(props: {
  row: FollowupRow;
  onPreview: () => void;
  formRef: RefObject<HTMLFormElement | null>;
  notify: (message: string, error?: boolean) => void;
  onSubmit: (c: Change) => Promise<boolean>;
  onDone: () => void;
}) {
  const { row, notify } = props;
  const [draft, setDraft] = useState<Draft>(() => draftOf(row));
  const [history, setHistory] = useState<TaskEvent[] | null>(null);
  const set =
    <K extends keyof Draft>(k: K) =>
    (v: Draft[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));

  useEffect(() => {
    call('meeting:get', { id: row.meetingId }).then(
      (m) => setHistory(outlineEntries(m.conclusions).find((e) => e.id === row.taskId)?.task.history ?? []),
      (e) => notify(errorMessage(e), true),
    );
  }, [row.meetingId, row.taskId, notify]);

  const submit = async () => {
    const c: Change = {};
    if (draft.status !== row.status) c.status = draft.status;
    if (draft.status === 'done' && draft.doneOn && draft.doneOn !== row.doneOn) {
      c.status = 'done';
      c.doneOn = draft.doneOn;
    }
    if (draft.note.trim()) {
      c.note = draft.note;
      if (draft.reportNumber.trim()) c.reportNumber = draft.reportNumber.trim();
    }
    if (draft.deadline) {
      c.deadline = draft.deadline;
      c.decidedBy = draft.decidedBy;
    }
    if (draft.status === 'paused' && draft.pauseReason !== row.pauseReason) {
      c.status = 'paused';
      c.pauseReason = draft.pauseReason;
    }
    if (Object.keys(c).length === 0) {
      notify('Chưa có thay đổi nào để ghi nhận.', true);
      return;
    }
    if (await props.onSubmit(c)) props.onDone();
  };

  return (
    <aside className="side-panel task-panel" aria-labelledby="task-panel-title">
      <h2 id="task-panel-title">Chi tiết nhiệm vụ</h2>
      <section aria-label="Trích thông báo giao nhiệm vụ" className="source-preview">
        <p className="meta">
          Thông báo {row.source.number ? `số ${row.source.number}` : '(chưa có số)'}
          {row.source.date ? ` ngày ${formatShortDate(row.source.date)}` : ''}
          {row.presiding ? ` · chủ trì: ${row.presiding}` : ''}
        </p>
        <blockquote>
          {row.text.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </blockquote>
        <p className="meta">
          Chủ trì: {row.lead || '—'}
          {row.support.length > 0 ? ` · Phối hợp: ${row.support.join(', ')}` : ''}
          <br />
          Thời hạn:{' '}
          {row.deadline
            ? row.dueDate && row.deadline === row.dueDate
              ? formatShortDate(row.dueDate)
              : row.deadline
            : 'không có'}
          {row.dueDate && row.deadline !== row.dueDate ? ` (đến ngày ${formatShortDate(row.dueDate)})` : ''}
          {row.extended ? ' — đã gia hạn' : ''}
        </p>
        <button type="button" className="small" aria-keyshortcuts="X" onClick={props.onPreview}>
          Xem thông báo
        </button>
      </section>
      <form
        ref={props.formRef}
        aria-label="Cập nhật nhiệm vụ"
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Escape') {
            e.preventDefault();
            props.onDone();
          } else if (e.key === 'Enter' && (e.ctrlKey || !(e.target instanceof HTMLTextAreaElement))) {
            e.preventDefault();
            void submit();
          }
        }}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <SelectField
          label="Trạng thái"
          value={draft.status}
          onChange={set('status')}
          options={optionsOf(DIRECTIVE_STATUS_LABELS)}
        />
        {draft.status === 'done' && <DateField label="Ngày hoàn thành" value={draft.doneOn} onChange={set('doneOn')} />}
        {draft.status === 'paused' && (
          <Labeled label="Lý do tạm dừng">
            {(id) => <input id={id} value={draft.pauseReason} onChange={(e) => set('pauseReason')(e.target.value)} />}
          </Labeled>
        )}
        <TextArea label="Ghi chú tiến độ" field="note" value={draft.note} onChange={set('note')} rows={3} />
        <Labeled label="Số, ngày báo cáo của đơn vị">
          {(id) => <input id={id} value={draft.reportNumber} onChange={(e) => set('reportNumber')(e.target.value)} />}
        </Labeled>
        <DateField label="Gia hạn đến ngày" value={draft.deadline} onChange={set('deadline')} />
        {draft.deadline && (
          <Labeled label="Gia hạn theo ý kiến của">
            {(id) => <input id={id} value={draft.decidedBy} onChange={(e) => set('decidedBy')(e.target.value)} />}
          </Labeled>
        )}
        <div className="row">
          <button type="submit" className="primary" aria-keyshortcuts="Enter">
            Ghi nhận
          </button>
          <button type="button" onClick={props.onDone}>
            Về danh sách (Esc)
          </button>
        </div>
      </form>
      <section aria-label="Lịch sử theo dõi">
        <h3>Lịch sử theo dõi</h3>
        {history === null && <p className="hint">Đang tải…</p>}
        {history?.length === 0 && <p className="hint">Chưa có cập nhật nào.</p>}
        <ol className="task-history">
          {history
            ?.slice()
            .reverse()
            .map((e, i) => (
              <li key={i}>
                <span className="meta">
                  {formatShortDate(e.date)} · {EVENT_LABELS[e.kind]}
                  {e.by ? ` · ${e.by}` : ''}
                </span>
                <div>{eventText(e)}</div>
              </li>
            ))}
        </ol>
      </section>
    </aside>
  );
}

function eventText(e: TaskEvent): string {
  if (e.kind === 'extension')
    return `Thời hạn mới: ${e.deadline?.kind === 'date' ? formatShortDate(e.deadline.date) : ''}${e.decidedBy ? ` (theo ý kiến của ${e.decidedBy})` : ''}`;
  if (e.kind === 'done') return `Hoàn thành ngày ${formatShortDate(e.text) || e.text}`;
  if (e.kind === 'status') return e.status ? DIRECTIVE_STATUS_LABELS[e.status] : '';
  if (e.kind === 'pause') return e.text ? `Lý do: ${e.text}` : 'Tạm dừng';
  return `${e.text}${e.reportNumber ? ` (báo cáo ${e.reportNumber})` : ''}`;
}
