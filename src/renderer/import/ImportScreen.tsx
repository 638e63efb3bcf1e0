/**
 * Import of existing documents: pick a Word file or a folder, see what was read and what needs
 * review, review one document with its original text beside the recognised meeting (each field
 * linked to its lines, guesses marked), and accept it into the library. Nothing is saved before.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { linesFromText } from '../../shared/import/lines';
import { recognize } from '../../shared/import/recognize';
import { fieldValue } from '../../shared/import/summary';
import { newId } from '../../shared/model/ids';
import type { ImportItem } from '../../shared/import/schema';
import { DOCUMENT_KIND_LABELS } from '../../shared/model/meeting';
import { call, errorMessage } from '../api';

type Status = 'pending' | 'accepted' | 'skipped';

const lineRange = (ns: readonly number[]) => {
  if (!ns.length) return '';
  const lo = Math.min(...ns);
  const hi = Math.max(...ns);
  return lo === hi ? `dòng ${lo}` : `dòng ${lo}–${hi}`;
};

const needsReview = (item: ImportItem) => item.recognition?.fields.filter((f) => f.uncertain).length ?? 0;

export function ImportScreen(props: {
  notify: (message: string, error?: boolean) => void;
  onOpenMeeting: (id: string) => void;
  onDirectoryChanged: () => void;
}) {
  const { notify } = props;
  const [items, setItems] = useState<ImportItem[] | null>(null);
  const [status, setStatus] = useState<Status[]>([]);
  const [current, setCurrent] = useState(-1);
  const [active, setActive] = useState('');
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState('');
  /** Per item: why an issued document it held stayed a draft when accepted. */
  const [refused, setRefused] = useState<Record<number, string[]>>({});

  const open = async (folder: boolean) => {
    setBusy(true);
    try {
      const r = await call('import:open', { folder });
      if (r.canceled) return;
      setItems(r.items);
      setStatus(r.items.map(() => 'pending'));
      setRefused({});
      setCurrent(-1);
      setActive('');
    } catch (e) {
      notify(errorMessage(e), true);
    } finally {
      setBusy(false);
    }
  };

  /** Pasted text goes through the same recognition, here in the window (it is pure): nothing is sent or saved. */
  const readPasted = () => {
    try {
      const recognition = recognize(linesFromText(pasted), { id: newId(), now: new Date().toISOString() });
      const item: ImportItem = { file: `Văn bản dán lúc ${new Date().toLocaleTimeString('vi-VN')}`, recognition };
      setItems((prev) => [...(prev ?? []), item]);
      setStatus((prev) => [...prev, 'pending']);
      setCurrent(items?.length ?? 0);
      setActive('');
      setPasted('');
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), true);
    }
  };

  /** Accept the items; the id of the last one, or empty when one stayed a draft (then its warning is read here). */
  const accept = async (indexes: number[]) => {
    let done = 0;
    let lastId = '';
    const warned: string[] = [];
    for (const i of indexes) {
      const meeting = items?.[i]?.recognition?.meeting;
      if (!meeting || status[i] !== 'pending') continue;
      try {
        const { id, refused } = await call('import:accept', { meeting });
        lastId = id;
        done++;
        setStatus((s) => s.map((x, k) => (k === i ? 'accepted' : x)));
        if (refused.length) {
          warned.push(...refused);
          setRefused((r) => ({ ...r, [i]: refused }));
        }
      } catch (e) {
        notify(`${items![i]!.file}: ${errorMessage(e)}`, true);
        return;
      }
    }
    if (done) {
      props.onDirectoryChanged();
      notify(
        done === 1
          ? 'Đã nhận 1 văn bản vào thư viện (bản nháp để chỉnh sửa).'
          : `Đã nhận ${done} văn bản vào thư viện.`,
      );
    }
    if (warned.length) {
      notify(
        warned.length === 1 ? warned[0]! : `${warned.length} văn bản giữ ở dạng dự thảo vì số đã được dùng.`,
        true,
      );
      return '';
    }
    return lastId;
  };

  const read = items?.filter((i) => i.recognition) ?? [];
  const pending = items ? items.map((_, i) => i).filter((i) => items[i]!.recognition && status[i] === 'pending') : [];
  return (
    <div className="screen import-screen">
      <div className="toolbar">
        <h1 className="toolbar-title">Nhập văn bản có sẵn</h1>
        <button type="button" className="primary" disabled={busy} onClick={() => void open(false)}>
          Chọn tệp…
        </button>
        <button type="button" disabled={busy} onClick={() => void open(true)}>
          Chọn thư mục…
        </button>
        {pending.length > 1 && (
          <button type="button" onClick={() => void accept(pending)}>
            Nhận tất cả vào thư viện ({pending.length})
          </button>
        )}
        {busy && <span role="status">Đang đọc văn bản…</span>}
      </div>
      <details className="import-paste">
        <summary>Dán văn bản (thông báo, biên bản, ghi chép, tin bài về buổi làm việc)</summary>
        <textarea
          aria-label="Văn bản dán"
          rows={6}
          value={pasted}
          spellCheck={false}
          placeholder="Dán nội dung văn bản vào đây, mỗi đoạn một dòng"
          onChange={(e) => setPasted(e.target.value)}
        />
        <button type="button" disabled={!pasted.trim()} onClick={readPasted}>
          Đọc văn bản dán
        </button>
      </details>
      {!items && (
        <p className="empty">
          Chọn một văn bản Word (.docx, .doc) hoặc văn bản thường (.txt), hoặc cả một thư mục. Ứng dụng đọc thông báo
          kết luận và biên bản theo cả thể thức Nhà nước và thể thức Đảng; không có gì được lưu cho đến khi bạn nhận văn
          bản vào thư viện.
        </p>
      )}
      {items && (
        <div className="import-body">
          <section className="import-summary" aria-label="Kết quả đọc">
            <h2>
              Đã đọc {read.length}/{items.length} tệp
              {read.some(needsReview) ? `; ${read.filter(needsReview).length} tệp có trường cần xem lại` : ''}
            </h2>
            <ul>
              {items.map((item, i) => (
                <li key={i} className={i === current ? 'current' : undefined}>
                  <button
                    type="button"
                    className="link"
                    disabled={!item.recognition}
                    aria-label={`Xem lại ${item.file}`}
                    onClick={() => {
                      setCurrent(i);
                      setActive('');
                    }}
                  >
                    <strong>{item.file}</strong>
                    {item.recognition ? (
                      <span>
                        {item.recognition.kind ? DOCUMENT_KIND_LABELS[item.recognition.kind] : 'Không rõ loại văn bản'}
                        {item.recognition.meeting.subject ? ` · ${item.recognition.meeting.subject}` : ''}
                      </span>
                    ) : (
                      <span className="error-text">{item.error}</span>
                    )}
                  </button>
                  {item.recognition && (
                    <span
                      className={`badge${status[i] === 'accepted' && !refused[i] ? ' issued' : needsReview(item) || refused[i] ? ' edited' : ''}`}
                    >
                      {status[i] === 'accepted'
                        ? refused[i]
                          ? 'Đã nhận, giữ dự thảo'
                          : 'Đã nhận'
                        : status[i] === 'skipped'
                          ? 'Đã bỏ qua'
                          : needsReview(item)
                            ? `${needsReview(item)} trường cần xem lại`
                            : 'Đọc đủ'}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
          {current >= 0 && items[current]?.recognition && (
            <Review
              key={current}
              item={items[current]!}
              status={status[current]!}
              refused={refused[current] ?? []}
              active={active}
              onActive={setActive}
              onAccept={() => void accept([current]).then((id) => id && props.onOpenMeeting(id))}
              onSkip={() => setStatus((s) => s.map((x, k) => (k === current ? 'skipped' : x)))}
            />
          )}
        </div>
      )}
    </div>
  );
}

function Review(props: {
  item: ImportItem;
  status: Status;
  refused: string[];
  active: string;
  onActive: (field: string) => void;
  onAccept: () => void;
  onSkip: () => void;
}) {
  const r = props.item.recognition!;
  const activeLines = useMemo(
    () => new Set(r.fields.find((f) => f.field === props.active)?.lines ?? []),
    [r, props.active],
  );
  const sourceRef = useRef<HTMLOListElement | null>(null);
  useEffect(() => {
    if (!activeLines.size) return;
    const first = Math.min(...activeLines);
    sourceRef.current?.querySelector(`[data-line="${first}"]`)?.scrollIntoView({ block: 'center' });
  }, [activeLines]);
  const uncertain = r.fields.filter((f) => f.uncertain).length;
  return (
    <div className="import-review">
      <section className="import-source" aria-label="Văn bản gốc">
        <h2>Văn bản gốc: {props.item.file}</h2>
        <ol ref={sourceRef}>
          {r.lines.map((l) => (
            <li
              key={l.n}
              data-line={l.n}
              className={activeLines.has(l.n) ? 'hl' : undefined}
              aria-current={activeLines.has(l.n) ? 'true' : undefined}
            >
              <span className="ln" aria-hidden="true">
                {l.n}
              </span>
              <span className={l.bold ? 'src-text bold' : 'src-text'}>{l.text || '\u00a0'}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="import-fields" aria-label="Buổi làm việc nhận dạng">
        <h2>
          {r.kind ? DOCUMENT_KIND_LABELS[r.kind] : 'Không rõ loại văn bản'}
          {uncertain ? ` · ${uncertain} trường cần xem lại` : ''}
        </h2>
        <ul>
          {r.fields.map((f) => (
            <li key={f.field}>
              <button
                type="button"
                className={`import-field${f.uncertain ? ' uncertain' : ''}`}
                aria-pressed={props.active === f.field}
                onClick={() => props.onActive(f.field)}
                onFocus={() => props.onActive(f.field)}
              >
                <span className="field-label">
                  {f.label}
                  {f.uncertain && <span className="badge edited">Cần xem lại</span>}
                  <span className="field-lines">{lineRange(f.lines)}</span>
                </span>
                <span className="field-value">{fieldValue(r, f.field) || '(trống)'}</span>
              </button>
            </li>
          ))}
        </ul>
        {r.empty.length > 0 && (
          <p className="import-empty">
            <strong>Văn bản không có (để trống):</strong> {r.empty.join(', ')}
          </p>
        )}
        {props.refused.map((m) => (
          <p key={m} className="warning" role="alert">
            {m}
          </p>
        ))}
        <div className="import-actions">
          {props.status === 'accepted' ? (
            <span className="badge issued">Đã nhận vào thư viện</span>
          ) : (
            <>
              <button type="button" className="primary" onClick={props.onAccept}>
                Nhận vào thư viện
              </button>
              <button type="button" onClick={props.onSkip} disabled={props.status === 'skipped'}>
                Bỏ qua văn bản này
              </button>
            </>
          )}
        </div>
      </section>
    </div>
  );
}
