/** Recipients (nơi nhận) with their note: (b/c) để báo cáo, (t/h) để thực hiện. */
import type { Recipient } from '../../shared/model/meeting';
import { newRecipient } from '../lib/factories';
import { moveItem } from '../lib/reorder';
import { Labeled } from './fields';

export function RecipientsEditor(props: {
  prefix: string;
  recipients: readonly Recipient[];
  onChange: (key: string, next: Recipient[]) => void;
}) {
  const { recipients, prefix } = props;
  const set = (i: number, field: keyof Recipient, v: string) =>
    props.onChange(
      `${prefix}.recipient.${i}.${field}`,
      recipients.map((r, j) => (j === i ? { ...r, [field]: v } : r)),
    );
  return (
    <div className="item-list">
      {recipients.map((r, i) => (
        <div key={i} className="row tight">
          <Labeled label={`Nơi nhận ${i + 1} (${prefix})`}>
            {(id) => (
              <input
                id={id}
                type="text"
                spellCheck={false}
                value={r.text}
                onChange={(e) => set(i, 'text', e.target.value)}
              />
            )}
          </Labeled>
          <Labeled className="note" label={`Ghi chú ${i + 1} (${prefix})`}>
            {(id) => (
              <input
                id={id}
                type="text"
                list="recipient-notes"
                spellCheck={false}
                value={r.note}
                onChange={(e) => set(i, 'note', e.target.value)}
              />
            )}
          </Labeled>
          <span className="actions">
            <button
              type="button"
              className="small"
              aria-label={`Đưa nơi nhận ${i + 1} lên (${prefix})`}
              disabled={i === 0}
              onClick={() => props.onChange('', moveItem(recipients, i, i - 1))}
            >
              Lên
            </button>
            <button
              type="button"
              className="small danger"
              aria-label={`Xóa nơi nhận ${i + 1} (${prefix})`}
              onClick={() =>
                props.onChange(
                  '',
                  recipients.filter((_, j) => j !== i),
                )
              }
            >
              Xóa
            </button>
          </span>
        </div>
      ))}
      <div className="actions">
        <button type="button" onClick={() => props.onChange('', [...recipients, newRecipient()])}>
          Thêm nơi nhận ({prefix})
        </button>
      </div>
    </div>
  );
}
