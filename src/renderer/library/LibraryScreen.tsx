/** The library: meetings newest first, search as you type, filters, new/next/delete, trash and backups. */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { LibraryPage, MeetingSummary } from '../../shared/model/library';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';
import { call, errorMessage } from '../api';
import { formatShortDate } from '../../shared/text/vietnamese';
import { yearsOf } from '../lib/library';
import { BackupPanel, TrashPanel } from './SidePanels';
import { VirtualList } from './VirtualList';
import { Labeled, SelectField } from '../components/fields';

const ALL = { value: '', label: 'Tất cả' } as const;

export const ROW_HEIGHT = 52;
export const SEARCH_DEBOUNCE_MS = 100;
/** Rows fetched before the whole list: more than any screen shows. */
const FIRST_SCREEN = 200;

type Template = 'blank' | 'example-party' | 'example-state';

export function LibraryScreen(props: {
  profiles: readonly FormatProfile[];
  searchRef: RefObject<HTMLInputElement | null>;
  onOpen: (id: string) => void;
  onCreate: (template: Template) => void;
  onCreateNext: (fromId: string) => void;
  notify: (message: string, error?: boolean) => void;
}) {
  const { notify } = props;
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [year, setYear] = useState('');
  const [profileId, setProfileId] = useState('');
  const [status, setStatus] = useState<'' | 'draft' | 'issued'>('');
  const [items, setItems] = useState<MeetingSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [knownYears, setKnownYears] = useState<number[]>([]);
  // A selection belongs to the search and filters it was made in: a new search starts unselected, at the top.
  const listKey = JSON.stringify([query, year, profileId, status]);
  const [selection, setSelection] = useState({ key: '', id: '' });
  const selectedId = selection.key === listKey ? selection.id : '';
  const setSelectedId = (id: string) => setSelection({ key: listKey, id });
  const [panel, setPanel] = useState<'' | 'trash' | 'backup'>('');
  const [tick, setTick] = useState(0);
  const request = useRef(0);

  // The field updates at once; only the query to the service is debounced.
  useEffect(() => {
    const t = setTimeout(() => setQuery(search), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [search]);

  useEffect(() => {
    const id = ++request.current;
    const input = {
      ...(query.trim() ? { search: query.trim() } : {}),
      ...(year ? { year: Number(year) } : {}),
      ...(profileId ? { profileId } : {}),
      ...(status ? { status } : {}),
    };
    const show = (page: LibraryPage) => {
      setItems(page.items);
      setTotal(page.total);
      if (!year && page.items.length === page.total) setKnownYears((prev) => yearsOf(page.items, prev));
    };
    // The first screenful at once, however large the library; then the rest. Newest first, from the service.
    call('library:list', { ...input, limit: FIRST_SCREEN })
      .then((first) => {
        if (id !== request.current) return; // a newer search answered first
        show(first);
        if (first.items.length < first.total)
          return call('library:list', input).then((all) => id === request.current && show(all));
      })
      .catch((e: unknown) => id === request.current && notify(errorMessage(e), true));
  }, [query, year, profileId, status, tick, notify]);

  const selectedIndex = useMemo(() => (items ? items.findIndex((m) => m.id === selectedId) : -1), [items, selectedId]);
  const selected = selectedIndex >= 0 ? items?.[selectedIndex] : undefined;

  const remove = (m: MeetingSummary) =>
    call('library:delete', { id: m.id }).then(
      () => {
        notify(`Đã chuyển “${m.subject || 'buổi làm việc chưa đặt tên'}” vào thùng rác.`);
        setSelectedId('');
        setTick((t) => t + 1);
      },
      (e) => notify(errorMessage(e), true),
    );

  const filtered = Boolean(query || year || profileId || status);
  return (
    <div className="screen">
      <div className="toolbar" role="search">
        <h1 className="visually-hidden">Thư viện buổi làm việc</h1>
        <Labeled className="grow" label="Tìm kiếm buổi làm việc">
          {(id) => (
            <input
              id={id}
              ref={props.searchRef}
              type="search"
              placeholder="Nội dung, người chủ trì, địa điểm… (Ctrl+F)"
              value={search}
              spellCheck={false}
              onChange={(e) => setSearch(e.target.value)}
            />
          )}
        </Labeled>
        <SelectField
          label="Năm"
          value={year}
          onChange={setYear}
          options={[ALL, ...knownYears.map((y) => ({ value: String(y), label: String(y) }))]}
        />
        <SelectField
          label="Thể thức"
          value={profileId}
          onChange={setProfileId}
          options={[ALL, ...props.profiles.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <SelectField
          label="Trạng thái"
          value={status}
          onChange={setStatus}
          options={[ALL, { value: 'draft', label: 'Nháp' }, { value: 'issued', label: 'Đã ban hành' }] as const}
        />
      </div>
      <div className="toolbar" role="toolbar" aria-label="Thao tác thư viện">
        <button type="button" className="primary" onClick={() => props.onCreate('blank')} aria-keyshortcuts="Control+N">
          Tạo mới
        </button>
        <button type="button" onClick={() => props.onCreate('example-party')}>
          Từ mẫu Đảng
        </button>
        <button type="button" onClick={() => props.onCreate('example-state')}>
          Từ mẫu Nhà nước
        </button>
        <button type="button" disabled={!selected} onClick={() => selected && props.onCreateNext(selected.id)}>
          Phiên tiếp theo
        </button>
        <span className="sep" />
        <button type="button" disabled={!selected} onClick={() => selected && props.onOpen(selected.id)}>
          Mở
        </button>
        <button type="button" className="danger" disabled={!selected} onClick={() => selected && void remove(selected)}>
          Xóa
        </button>
        <span className="grow" />
        <button
          type="button"
          aria-pressed={panel === 'trash'}
          onClick={() => setPanel((p) => (p === 'trash' ? '' : 'trash'))}
        >
          Thùng rác
        </button>
        <button
          type="button"
          aria-pressed={panel === 'backup'}
          onClick={() => setPanel((p) => (p === 'backup' ? '' : 'backup'))}
        >
          Sao lưu
        </button>
      </div>
      <div className="library-body">
        <div className="library-main">
          <div className="row">
            <span className="count" role="status" aria-live="polite">
              {items === null ? 'Đang tải…' : `${total.toLocaleString('vi-VN')} buổi làm việc`}
            </span>
          </div>
          <div className="list-head" aria-hidden="true">
            <span>Ngày</span>
            <span>Nội dung</span>
            <span className="col-presiding">Người chủ trì</span>
            <span>Trạng thái</span>
          </div>
          <VirtualList
            items={items ?? []}
            rowHeight={ROW_HEIGHT}
            resetKey={listKey}
            label="Danh sách buổi làm việc"
            idOf={(m) => m.id}
            selectedIndex={selectedIndex}
            onSelect={(i) => setSelectedId(items?.[i]?.id ?? '')}
            onOpen={(i) => {
              const m = items?.[i];
              if (m) props.onOpen(m.id);
            }}
            onDelete={(i) => {
              const m = items?.[i];
              if (m) void remove(m);
            }}
            empty={
              <div className="empty">
                {items === null
                  ? 'Đang tải…'
                  : filtered
                    ? 'Không tìm thấy buổi làm việc phù hợp.'
                    : 'Chưa có buổi làm việc nào. Nhấn “Tạo mới” (Ctrl+N) để bắt đầu.'}
              </div>
            }
            renderRow={(m) => (
              <>
                <span className="cell">{formatShortDate(m.date) || '—'}</span>
                <span className="subject">
                  {m.subject || m.title || 'Chưa đặt tên'}
                  <div className="sub">
                    {MEETING_KIND_LABELS[m.kind as MeetingKind] ?? m.kind}
                    {m.host ? ` · ${m.host}` : ''}
                  </div>
                </span>
                <span className="cell col-presiding">{m.presidingName || '—'}</span>
                <span>
                  <span className={`badge ${m.status}`}>{m.status === 'issued' ? 'Đã ban hành' : 'Nháp'}</span>
                </span>
              </>
            )}
          />
        </div>
        {panel === 'trash' && (
          <TrashPanel notify={notify} onRestored={() => setTick((t) => t + 1)} onClose={() => setPanel('')} />
        )}
        {panel === 'backup' && (
          <BackupPanel notify={notify} onRestored={() => setTick((t) => t + 1)} onClose={() => setPanel('')} />
        )}
      </div>
    </div>
  );
}
