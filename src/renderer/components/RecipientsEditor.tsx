/** Recipients (nơi nhận) with their note: (b/c) để báo cáo, (t/h) để thực hiện. */
import type { Recipient } from '../../shared/model/meeting';
import { newRecipient } from '../lib/factories';
import { moveItem, removeAt } from '../lib/reorder';
import { altArrowMove, ItemControls, useItemKeys } from '../editor/ItemControls';
import { addThenFocus } from '../editor/jumpToField';
import { Labeled } from './fields';

export function RecipientsEditor(props: {
  prefix: string;
  recipients: readonly Recipient[];
  onChange: (key: string, next: Recipient[]) => void;
  /** The meeting path of the list (`notice.recipients`), for the checks to jump to. */
  field?: string;
}) {
  const { recipients, prefix } = props;
  const items = useItemKeys(recipients.length);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= recipients.length) return;
    items.move(from, to);
    props.onChange('', moveItem(recipients, from, to));
  };
  const remove = (i: number) => {
    items.remove(i);
    props.onChange('', removeAt(recipients, i));
  };
  const set = (i: number, field: keyof Recipient, v: string) =>
    props.onChange(
      `${prefix}.recipient.${i}.${field}`,
      recipients.map((r, j) => (j === i ? { ...r, [field]: v } : r)),
    );
  return (
    <div className="item-list">
      {recipients.map((r, i) => (
        <div key={items.keys[i]} className="row tight" onKeyDown={(e) => altArrowMove(e, i, move)}>
          <Labeled label={`Nơi nhận ${i + 1} (${prefix})`} shown={`Nơi nhận ${i + 1}`}>
            {(id) => (
              <input
                id={id}
                aria-label={`Nơi nhận ${i + 1} (${prefix})`}
                type="text"
                spellCheck={false}
                data-field={props.field && `${props.field}.${i}.text`}
                value={r.text}
                onChange={(e) => set(i, 'text', e.target.value)}
              />
            )}
          </Labeled>
          <Labeled className="note" label={`Ghi chú ${i + 1} (${prefix})`} shown="Ghi chú">
            {(id) => (
              <input
                id={id}
                aria-label={`Ghi chú ${i + 1} (${prefix})`}
                type="text"
                list="recipient-notes"
                spellCheck={false}
                value={r.note}
                onChange={(e) => set(i, 'note', e.target.value)}
              />
            )}
          </Labeled>
          <ItemControls
            index={i}
            count={recipients.length}
            noun="nơi nhận"
            where={prefix}
            onMove={move}
            onRemove={() => remove(i)}
          />
        </div>
      ))}
      <div className="actions">
        <button
          type="button"
          aria-label={`Thêm nơi nhận (${prefix})`}
          onClick={() => {
            addThenFocus(
              () => props.onChange('', [...recipients, newRecipient()]),
              props.field && `${props.field}.${recipients.length}.text`,
            );
          }}
        >
          Thêm nơi nhận
        </button>
      </div>
    </div>
  );
}
