/** The directory of people (name, position, unit): edit, remove. */
import { useMemo, useState } from 'react';
import type { DirectoryEntry } from '../../shared/model/library';
import { foldVietnamese } from '../../shared/text/vietnamese';
import { call, errorMessage } from '../api';
import { Card, Labeled } from '../components/fields';

type Notify = (message: string, error?: boolean) => void;

function EntryRow(props: { entry: DirectoryEntry; notify: Notify; onChanged: () => void }) {
  const [e, setE] = useState(props.entry);
  const dirty = e.name !== props.entry.name || e.position !== props.entry.position || e.unit !== props.entry.unit;
  const who = props.entry.name || 'người chưa có tên';
  return (
    <li className="row tight">
      <Labeled label={`Họ tên (${who})`}>
        {(id) => (
          <input
            id={id}
            type="text"
            spellCheck={false}
            value={e.name}
            onChange={(x) => setE({ ...e, name: x.target.value })}
          />
        )}
      </Labeled>
      <Labeled label={`Chức vụ (${who})`}>
        {(id) => (
          <input
            id={id}
            type="text"
            spellCheck={false}
            value={e.position}
            onChange={(x) => setE({ ...e, position: x.target.value })}
          />
        )}
      </Labeled>
      <Labeled label={`Đơn vị (${who})`}>
        {(id) => (
          <input
            id={id}
            type="text"
            spellCheck={false}
            value={e.unit}
            onChange={(x) => setE({ ...e, unit: x.target.value })}
          />
        )}
      </Labeled>
      <span className="actions">
        <button
          type="button"
          className="small"
          disabled={!dirty || !e.name.trim()}
          aria-label={`Lưu ${who}`}
          onClick={() =>
            call('directory:upsert', { entry: e }).then(
              () => {
                props.notify(`Đã cập nhật ${e.name}.`);
                props.onChanged();
              },
              (err) => props.notify(errorMessage(err), true),
            )
          }
        >
          Lưu
        </button>
        <button
          type="button"
          className="small danger"
          aria-label={`Xóa ${who} khỏi danh bạ`}
          onClick={() =>
            call('directory:remove', { id: props.entry.id }).then(
              () => {
                props.notify(`Đã xóa ${who} khỏi danh bạ.`);
                props.onChanged();
              },
              (err) => props.notify(errorMessage(err), true),
            )
          }
        >
          Xóa
        </button>
      </span>
    </li>
  );
}

export function DirectoryEditor(props: {
  directory: readonly DirectoryEntry[];
  notify: Notify;
  onChanged: () => void;
}) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const q = foldVietnamese(filter);
    const list = q
      ? props.directory.filter((d) => foldVietnamese(`${d.name} ${d.position} ${d.unit}`).includes(q))
      : props.directory;
    return [...list].sort((a, b) => a.name.localeCompare(b.name, 'vi')).slice(0, 200);
  }, [props.directory, filter]);
  return (
    <Card title="Danh bạ cán bộ">
      <Labeled label="Lọc danh bạ">
        {(id) => (
          <input id={id} type="search" spellCheck={false} value={filter} onChange={(e) => setFilter(e.target.value)} />
        )}
      </Labeled>
      {props.directory.length === 0 && (
        <p className="hint">
          Danh bạ trống. Người mới trong thành phần dự được thêm vào danh bạ khi lưu buổi làm việc.
        </p>
      )}
      {props.directory.length > shown.length && !filter && (
        <p className="hint">Hiển thị 200 người đầu tiên; dùng ô lọc để tìm.</p>
      )}
      <ul className="plain-list" aria-label="Danh bạ">
        {shown.map((d) => (
          <EntryRow
            key={`${d.id}-${d.name}-${d.position}-${d.unit}`}
            entry={d}
            notify={props.notify}
            onChanged={props.onChanged}
          />
        ))}
      </ul>
    </Card>
  );
}
