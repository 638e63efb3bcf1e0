/**
 * "Phiên tiếp theo": the open tasks of the earlier session, listed for the secretary to choose
 * which become tasks of the new one. Nothing is created until the choice is confirmed.
 */
import { useId, useState } from 'react';
import { DIRECTIVE_STATUS_LABELS, type Meeting, openTasks } from '../../shared/model/meeting';
import { upperFirst } from '../../shared/text/vietnamese';
import { outlineNames, sessionName } from '../lib/carry';

export function CarryTasksDialog(props: { from: Meeting; onConfirm: (carry: string[]) => void; onCancel: () => void }) {
  const tasks = openTasks(props.from);
  const names = outlineNames(props.from);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(tasks.map((t) => t.id)));
  const titleId = useId();
  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Chuyển nhiệm vụ sang phiên tiếp theo</h2>
        <p>
          {upperFirst(sessionName(props.from.date))} còn {tasks.length} nhiệm vụ chưa hoàn thành. Chọn những nhiệm vụ
          chuyển sang phiên mới; mỗi nhiệm vụ được chuyển sẽ ghi “chuyển từ {sessionName(props.from.date)}”.
        </p>
        <ul className="carry-list" aria-label="Nhiệm vụ chưa hoàn thành">
          {tasks.map((t) => (
            <li key={t.id} className="carry-task">
              <label>
                <input type="checkbox" checked={chosen.has(t.id)} onChange={(e) => toggle(t.id, e.target.checked)} />
                <span>
                  <strong>{names.get(t.id)}</strong> ({DIRECTIVE_STATUS_LABELS[t.task.status].toLowerCase()}):{' '}
                  {t.text.trim() || '(chưa có nội dung)'}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <div className="actions">
          <button type="button" className="small" onClick={() => setChosen(new Set(tasks.map((t) => t.id)))}>
            Chọn tất cả
          </button>
          <button type="button" className="small" onClick={() => setChosen(new Set())}>
            Bỏ chọn tất cả
          </button>
        </div>
        <div className="actions">
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() => props.onConfirm(tasks.filter((t) => chosen.has(t.id)).map((t) => t.id))}
          >
            Tạo phiên tiếp theo ({chosen.size} nhiệm vụ)
          </button>
          <button type="button" onClick={props.onCancel}>
            Hủy
          </button>
        </div>
      </div>
    </div>
  );
}
